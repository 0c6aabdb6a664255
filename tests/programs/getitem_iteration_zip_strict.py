# The old sequence protocol (a class with __getitem__ and no __iter__ is iterable, ending at
# IndexError or StopIteration) and zip(strict=True)'s length checks.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return chr(97 + i)
class Broken:
    def __getitem__(self, i):
        raise KeyError(i)
print(list(Seq()), tuple(Stopper()), 10 in Seq(), 15 in Seq(), sorted(Seq(), reverse=True), sum(Seq()))
print([x for x in Seq()], dict.fromkeys(Stopper()), set(Seq()) == {0, 10, 20}, max(Seq()), ''.join(Stopper()))
a, b, c = Seq(); print(a, b, c, *Stopper())
it = iter(Seq()); print(next(it), next(it), next(it), next(it, 'done'), next(it, 'still done'))
print(list(zip(Seq(), Stopper())), list(enumerate(Stopper())), list(map(str, Seq())))
for x in Seq():
    print('for', x)
try:
    list(Broken())
except KeyError as e:
    print('KeyError', e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print(e)
for args in [([1], [2, 3]), ([1, 2], [3]), ([1, 2], [3, 4], [5]), ([1], [2], [3, 4]), ([], [1]), ([1, 2], [3, 4])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
print(list(zip([1, 2], [3], strict=False)))
z = zip([1, 2], 'a', strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print(e)
print(next(z, 'end'))
