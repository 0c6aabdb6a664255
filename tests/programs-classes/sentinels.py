# object() sentinels, callable() on user objects, bound-method and class reprs that do not show addresses.
MISSING = object()
other = object()
print(MISSING is MISSING, MISSING == other, MISSING != other, type(MISSING).__name__, isinstance(MISSING, object))
print(len({MISSING, other, MISSING}), bool(MISSING), str(MISSING).startswith("<object object at 0x"))

def lookup(d, key, default=MISSING):
    value = d.get(key, MISSING)
    if value is MISSING:
        return "absent" if default is MISSING else default
    return value

print(lookup({"a": 1}, "a"), lookup({}, "a"), lookup({}, "a", 0))

class WithCall:
    def __call__(self):
        return "called"

class NoCall:
    def method(self):
        return 1

print(callable(WithCall()), callable(NoCall()), callable(NoCall), callable(NoCall().method), callable(len), callable(3))
print(repr(NoCall)[:22], NoCall.__name__, NoCall.__qualname__, NoCall.method.__qualname__)
print(NoCall().method.__name__, NoCall().method.__func__ is NoCall.method)
try:
    MISSING.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(issubclass(NoCall, object), issubclass(bool, int), isinstance(NoCall, type), type(NoCall) is type)
