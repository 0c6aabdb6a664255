# An except* whose handler raises: the uncaught result is ExceptionGroup("") holding the new
# exception (with its context) and the unhandled rest of the original group.
try:
    raise ExceptionGroup("original", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError("raised in the handler")
