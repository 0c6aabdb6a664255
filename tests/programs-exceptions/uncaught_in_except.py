# A TypeError from a bad except clause while handling: context chain printed.
try:
    1 / 0
except "not a class": pass
