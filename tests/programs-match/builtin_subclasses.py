# Subclasses of builtin types: list/dict subclasses match sequence/mapping patterns (a dict
# subclass through its own get()), str subclasses do not, and int/str subclasses inherit the
# "match the subject itself" rule of their base in class patterns.
class MyInt(int): pass
class MyList(list): pass
class MyDict(dict):
    def get(self, k, d=None):
        print("MyDict.get", k)
        return super().get(k, d)
class MyStr(str): pass
for s in [MyInt(5), MyList([1, 2]), MyDict(a=1), MyStr("ab")]:
    match s:
        case MyInt(x): print("MyInt", x, type(x).__name__)
        case [a, b]: print("seq", a, b)
        case {"a": v}: print("map", v)
        case str(t): print("str", t, type(t).__name__)
match 7:
    case MyInt(x): print("wrong")
    case int(x): print("int", x)
match MyInt(3):
    case int(x): print("int sub", x, type(x).__name__)
