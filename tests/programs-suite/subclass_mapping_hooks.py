# which operations of OrderedDict/dict/defaultdict/Counter/list/UserDict/UserList subclasses go through an overridden __setitem__/append (as CPython does), OrderedDict construction and update errors
import collections
class O(collections.OrderedDict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
o = O(a=1); o.update({"b": 2}); o.update(c=3); o.setdefault("d", 4); o |= {"e": 5}; print(o)
o2 = O([("x", 1)]); print(o2.copy(), type(o2.copy()).__name__)
class D(dict):
    def __setitem__(self, k, v):
        print("dset", k)
        super().__setitem__(k, v)
d = D(a=1); d.update(b=2); d.setdefault("c", 3); d["z"] = 0; d |= {"e": 5}; print(d, D.fromkeys("ab"), type(D.fromkeys("a")).__name__)
class DD(collections.defaultdict):
    def __setitem__(self, k, v):
        print("ddset", k)
        super().__setitem__(k, v)
dd = DD(int); dd["q"] += 1; dd["r"]; print(dd)
class C(collections.Counter):
    def __setitem__(self, k, v):
        print("cset", k, v)
        super().__setitem__(k, v)
c = C("ab"); c.update("a"); c.subtract("b"); print(c, c + C("a"), c.most_common())
class L(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("lset", i)
        super().__setitem__(i, v)
l = L([1]); l.extend([2]); l += [3]; l.append(4); l[0] = 9; l.insert(0, 7); print(l, l.copy(), type(l[:1]).__name__, type(l + l).__name__)
class OD(collections.OrderedDict):
    def __missing__(self, k): return k * 2
print(OD()["ab"], OD(a=1).get("b"))
class DefaultDict2(collections.defaultdict):
    def __repr__(self): return "DD2!"
print(DefaultDict2(list), str(DefaultDict2(list)))
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, od.popitem(), od == {"b": 2}, collections.OrderedDict(b=2) == od)
class U(collections.UserDict):
    def __setitem__(self, k, v):
        print("uset", k)
        super().__setitem__(k, v)
u = U(a=1); u.update(b=2); print(u, u.copy(), type(u.copy()).__name__)
class UL(collections.UserList):
    def append(self, x):
        print("ulappend", x)
        super().append(x)
ul = UL([1]); ul.append(2); ul.extend([3]); print(ul, ul * 2, type(ul[:1]).__name__)
import copy, pickle
O = collections.OrderedDict
class S(O): pass
for f in [lambda: O(1, 2), lambda: O(a=1).update(1, 2), lambda: O([1]), lambda: O(5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
o = O([("b", 1), ("a", 2)], c=3); print(o, o.copy(), copy.copy(o), copy.deepcopy(o), pickle.loads(pickle.dumps(o)), o.setdefault("a", 9), o.setdefault("z", 0), o)
s = S(a=1); s.update([("b", 2)]); print(s, s.copy(), type(s.copy()).__name__, s | {"c": 3}, {"c": 3} | s, type({"c": 3} | s).__name__)
s |= [("d", 4)]; print(s, O.fromkeys("ab", 0), S.fromkeys("x"))
print(type(S.__setitem__ is dict.__setitem__), S.__setitem__ is dict.__setitem__)
for a in [[(1,2,3)], [(1,)], ['ab'], [[1,2]], 5, [()]]:
    try: print(collections.OrderedDict(a))
    except Exception as e: print(type(e).__name__, e)
