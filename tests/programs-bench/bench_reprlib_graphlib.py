import reprlib, graphlib
from collections import deque
import array
r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr(2 ** 200), reprlib.repr(set(range(20))))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr((1,)), reprlib.repr(frozenset()), reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr(deque(range(10))), reprlib.repr(array.array('i', range(10))), reprlib.repr(object)[:20])
r2 = reprlib.Repr(maxlist=2, maxstring=10, indent=2)
print(r2.repr([1, 2, 3]), r2.repr("abcdefghijklmnop"))
class Node:
    def __init__(self): self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.kids})"
n = Node(); n.kids.append(n)
print(n, Node.__repr__.__name__)
ts = graphlib.TopologicalSorter({"d": ["b", "c"], "c": ["a"], "b": ["a"], "e": []})
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter()
ts.add("build", "compile", "link"); ts.add("link", "compile"); ts.add("test", "build")
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    order.append(ready)
    ts.done(*ready)
print(order)
try:
    list(graphlib.TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except graphlib.CycleError as e:
    print("CycleError", e.args)
ts = graphlib.TopologicalSorter({1: [2]})
try: ts.get_ready()
except ValueError as e: print(e)
ts.prepare()
try: ts.done(1)
except ValueError as e: print(e)
try: ts.add(5)
except ValueError as e: print(e)
