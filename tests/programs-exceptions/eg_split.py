# split(), subgroup() and derive(): conditions by class, tuple or predicate; the nesting is kept
# and each part copies the traceback, __cause__, __context__ and notes of its group.
eg = ExceptionGroup("top", [
    ValueError(1),
    ExceptionGroup("mid", [TypeError(2), ValueError(3), ExceptionGroup("low", [KeyError(4)])]),
    ZeroDivisionError(5),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
match, rest = eg.split((TypeError, KeyError))
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, ArithmeticError))))
print(eg.subgroup(OSError), eg.split(OSError)[0], eg.split(OSError)[1] is eg)
print(eg.subgroup(Exception) is eg, eg.split(ExceptionGroup)[0] is eg)
# A predicate sees the groups too, the outermost first.
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "low")))
print(repr(eg.derive([KeyError("new")])), repr(eg.derive([GeneratorExit()])))

cause = RuntimeError("cause")
eg.__cause__ = cause
eg.add_note("a note")
part = eg.subgroup(ValueError)
print(part.__cause__ is cause, part.__suppress_context__, part.__notes__, part.__notes__ is eg.__notes__)
print(part.exceptions[0] is eg.exceptions[0])
for bad in [5, "ValueError", int, (ValueError, 3)]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
