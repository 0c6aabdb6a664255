# operator.length_hint and __length_hint__ of the builtin iterators (PEP 424): what is left,
# 0 once exhausted or once a dict or set changed size, the default where there is no hint.
import operator

it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it), it.__length_hint__(), list(it), it.__length_hint__())
print(operator.length_hint(iter((1, 2, 3, 4))), operator.length_hint(iter("abc")), operator.length_hint(iter(b"xy")))
r = iter(range(10, 0, -3))
next(r)
print(r.__length_hint__(), iter(range(5, 5)).__length_hint__(), iter(range(0, 10**20, 7)).__length_hint__())
items = [1, 2, 3]
li = iter(items)
items.clear()
print(li.__length_hint__())
rv = reversed([1, 2, 3])
next(rv)
print(rv.__length_hint__(), operator.length_hint(reversed((1, 2))))
d = {1: 2, 3: 4, 5: 6}
di = iter(d)
next(di)
print(di.__length_hint__(), operator.length_hint(iter(d.items())), operator.length_hint(iter(d.values())))
d[7] = 8
print(di.__length_hint__())
s = {1, 2, 3}
si = iter(s)
next(si)
print(si.__length_hint__())
s.add(9)
print(si.__length_hint__())


class G:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


print(operator.length_hint(iter(G()), 7), operator.length_hint(object(), 9), operator.length_hint(map(str, [1]), 2))
print(operator.length_hint([1, 2]), operator.length_hint((x for x in []), 5))


class H:
    def __length_hint__(self):
        return 4


print(operator.length_hint(H()))
