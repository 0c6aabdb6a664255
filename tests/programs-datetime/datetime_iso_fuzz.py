# Random differential test of the ISO parsers against CPython: strings assembled from ISO-ish
# fragments (valid and not) through date/time/datetime.fromisoformat, results or exact errors.
import random
from datetime import date, datetime, time

random.seed(99)
PIECES = ["2020", "1999", "0001", "9999", "-", "-", "W", "01", "53", "12", "31", "29", "1", "7", "T", " ", "x",
          "10", "23", "24", ":", ":", "59", "60", ".", ",", "5", "123456", "1234567", "+", "-", "Z", "05", "30", "00"]


def fragment():
    return "".join(random.choice(PIECES) for _ in range(random.randint(1, 9)))


def shaped():
    """A string close to a valid form, with one random change."""
    text = random.choice(["2020-02-29", "20200229", "2020-W09-6", "2020W096", "2020-W09"])
    if random.random() < 0.8:
        text += random.choice("T x") + random.choice(["10", "10:11", "1011", "10:11:12", "101112", "10:11:12.5",
                                                       "10:11:12,123456789", "23:59:59.999999"])
        if random.random() < 0.5:
            text += random.choice(["Z", "+05:30", "-0800", "+01:02:03", "-00:00:00.5", "+24:00", "+5"])
    if random.random() < 0.5:
        at = random.randrange(len(text) + 1)
        text = text[:at] + random.choice(PIECES) + text[at + random.randint(0, 2):]
    return text


for i in range(600):
    text = shaped() if i % 2 else fragment()
    results = []
    for parser in (date.fromisoformat, time.fromisoformat, datetime.fromisoformat):
        try:
            results.append(repr(parser(text)))
        except ValueError as e:
            results.append("ValueError(%s)" % e)
    print(repr(text), "|", " | ".join(results))
