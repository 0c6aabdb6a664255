# Constants of every kind, displays with unpacking, subscripts and slices, f-strings.
xs = [1, 2.5, 3j, 'four', b'five', True, None, ...]
t = (*xs, 0)
s = {1, *t}
d = {'a': 1, **{'b': 2}, 'c': 3}
print(xs[1], xs[1:], xs[::2], xs[1:-1:2], d['a'])
print(f'{xs[0]!r:>{4}} {d["a"]:04d} {s!s} {t!a} {3.5}')
x = 1, 2
