# bool as an int subclass and None's behaviour.
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, ~True, True & False, True | False, True ^ True)
print(int(True), float(False), str(True), repr(False), bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool([0]), bool({}), bool(None), bool(0.0), bool(-0.0), bool(0j), bool(range(0)))
print(True == 1, False == 0, True is True, None is None, None == None, None == 0, type(True).__name__, type(None).__name__)
print(isinstance(True, int), isinstance(1, bool), [True, False] * 2, sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]))
print(not None, not 0, not "x", None or "default", 0 or "" or [] or "last", 1 and 2 and 3, 1 and 0 and 3, "" and 1)
def nothing():
    pass
r = nothing()
print(r, repr(r), r is None, str(r), [None, None], {None: 1}, hash(None) == hash(None))
x = None
print("x is None" if x is None else "x is set", x is not None)
print(True > False, False < 0.5, True == 1.0, {True: "a", 1: "b"}, {1, True, 1.0}, (1, True) == (True, 1))
print(f"{True}", f"{True:>6}", f"{True:d}", "%d %s %r" % (True, False, None), format(False, "^7"))
