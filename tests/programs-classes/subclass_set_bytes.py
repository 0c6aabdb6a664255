# set, frozenset and bytes subclasses.


class Tags(set):
    def add_all(self, *items):
        for x in items:
            self.add(x)
        return self


s = Tags(["a", "b"])
s.add_all("c", "a")
print(sorted(s), len(s), "c" in s, isinstance(s, set), type(s).__name__)
print(sorted(s | {"z"}), sorted(s & {"a", "q"}), sorted(s - {"a"}), sorted(s ^ {"a", "y"}), s == {"a", "b", "c"})
print(Tags(), repr(Tags([1])), Tags([2]) <= {1, 2}, {1, 2} >= Tags([2]))
s |= {"d"}
s -= {"a"}
print(sorted(s), type(s).__name__, sorted(x.upper() for x in s))


class Key(frozenset):
    def describe(self):
        return "+".join(sorted(self))


k = Key(["ctrl", "c"])
print(k.describe(), repr(Key()), Key([3, 1, 2]), k == frozenset(["c", "ctrl"]), hash(k) == hash(frozenset(["c", "ctrl"])))
shortcuts = {k: "copy"}
print(shortcuts[frozenset(["ctrl", "c"])], shortcuts.get(Key(["c", "ctrl"])), len(k), sorted(k | {"alt"}))


class Blob(bytes):
    def hexed(self):
        return self.hex()


b = Blob(b"\x01AB")
print(b, len(b), b[0], b[1:], b.hexed(), b + b"!", b == b"\x01AB", b.decode("latin-1"), list(b), Blob([65, 66]))
print(isinstance(b, bytes), type(b).__name__, hash(b) == hash(b"\x01AB"), b"A" in b)
