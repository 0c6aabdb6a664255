import weakref

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
    @property
    def parent(self):
        return self._parent() if self._parent else None
    def method(self):
        return "m:" + self.name
    def __repr__(self):
        return f"Node({self.name})"

root = Node("root")
kid = Node("kid", root)
root.children.append(kid)
print(kid.parent, kid.parent is root, root.parent)
r = weakref.ref(root)
print(r() is root, r == weakref.ref(root), hash(r) == hash(root), weakref.getweakrefcount(root) >= 2)
print(type(r).__name__, isinstance(r, weakref.ref), weakref.ReferenceType is weakref.ref, r.__callback__)
for bad in (1, "s", (1,), [1], {}, None, 2.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
class SlottedWeak:
    __slots__ = ("a", "__weakref__")
class MyList(list):
    pass
for obj in (Slotted(), SlottedWeak(), MyList(), {1, 2}, frozenset(), len, Node, Node.method):
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)
cache = weakref.WeakValueDictionary()
a, b = Node("a"), Node("b")
cache["a"] = a
cache["b"] = b
print(len(cache), cache["a"], sorted(cache.keys()), cache.get("zz", "missing"), "a" in cache)
del cache["a"]
print(len(cache), list(cache.items()))
meta = weakref.WeakKeyDictionary()
meta[a] = 1
meta[b] = 2
print(len(meta), meta[a], a in meta, 5 in meta, sorted(v for v in meta.values()))
ws = weakref.WeakSet([a, b])
ws.add(a)
print(len(ws), a in ws, sorted(n.name for n in ws))
ws.discard(a)
print(len(ws))
p = weakref.proxy(a)
print(p.name, p.method(), p == a)
p.name = "renamed"
print(a.name)
wm = weakref.WeakMethod(a.method)
print(wm()(), wm() == a.method)
calls = []
f = weakref.finalize(b, calls.append, "finalized b")
print(f.alive, f.peek()[0] is b)
f()
print(f.alive, calls)
f2 = weakref.finalize(a, print, "finalizer at exit")
print(f2.atexit)
