# Runtime errors of except*: exception groups and non-exceptions cannot be caught with it.
for spec in [ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, "x"), "ValueError"]:
    try:
        try:
            raise ValueError(1)
        except* spec:
            print("wrong")
    except TypeError as e:
        print(repr(spec) if not isinstance(spec, type) else spec.__name__, "->", e, "| context:", repr(e.__context__))

# Every clause's type is checked, even when nothing is left for it.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("first clause handled everything")
    except* ExceptionGroup:
        print("wrong")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
print("done")
