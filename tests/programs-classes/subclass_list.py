# list subclasses: the instance is a list for every builtin operation; overrides win
# when Python code calls them; super() reaches list's own methods.

class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), type(s).__name__, type(s) is Stack)
print(isinstance(s, list), isinstance(s, Stack), issubclass(Stack, list))
print(sorted(s, reverse=True), sum(s), max(s), min(s), list(reversed(list(s))))
print(s + [5], [0] + s, s * 2, 3 in s, 9 in s, s == [1, 2, 3, 4], s != [1], s < [9])
print(s[1:3], s[::-1], s.index(3), s.count(1), tuple(s), set(s) == {1, 2, 3, 4})
print(str(s), repr(s), f"{s}", "%s" % (s,), Stack.__mro__)
s[0] = 10
del s[1]
s += [7]
s *= 1
s.extend(Stack([8]))
print(s, s.pop(), s, bool(Stack()), bool(s))
for i, x in enumerate(s):
    print(i, x, end="; ")
print()
a, b, *rest = s
print(a, b, rest)


class OneBased(list):
    """Indexes from 1, as some textbooks do; slices and len stay list's."""

    def __getitem__(self, i):
        if isinstance(i, int):
            return super().__getitem__(i - 1)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        super().__setitem__(i - 1, v)

    def __repr__(self):
        return "OneBased(" + super().__repr__() + ")"


o = OneBased("abc")
print(o[1], o[3], o[0:2], len(o), o)
o[2] = "B"
print(o, list(o), [x for x in o], str(o))


class Tracked(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appends = 0

    def append(self, x):
        self.appends += 1
        super().append(x)


t = Tracked([5])
t.append(6)
t.append(7)
print(t, t.appends, t.__dict__, len(t))
t.label = "x"
print(sorted(vars(t).items()))


class Fixed(list):
    __slots__ = ()


f = Fixed([1])
try:
    f.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(f, hasattr(f, "__dict__"))
list.append(s, 99)
list.insert(s, 0, -1)
print(s, list.__getitem__(s, 0), list.index(s, 99), Stack.__len__(s), str.upper(type("S", (str,), {})("up")))
try:
    list.append((1,), 2)
except TypeError as e:
    print("TypeError:", e)
