# Control flow and scoping corners: format_map with __missing__, finally overriding return, for/while-else, chained and tuple-target assignment order, unpacking errors, star-expressions, late-binding closures, nonlocal, UnboundLocalError, generator return values, comprehensions, f-string forms.
class Default(dict):
    def __missing__(self, key): return '{' + key + '}'
print('{a} and {b}'.format_map(Default(a=1)), '{0[x]}'.format(Default()), '{a.real}'.format_map({'a': 3}))
try:
    '{a}'.format_map({})
except KeyError as e:
    print('KeyError:', e)
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print('fin', i)
    else:
        print('no break')
    return i
print(f(), g(), h())
for x in []:
    pass
else:
    print('for-else on empty')
n = 0
while n < 2:
    n += 1
else:
    print('while-else', n)
a = b = []
a.append(1); print(b, a is b)
x, y = y, x = 1, 2
print(x, y)
i = 0; lst = [0, 0, 0]
i, lst[i] = 1, 5
print(i, lst)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print('ValueError:', e)
try:
    p, *q, r = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    p, q = 5
except TypeError as e:
    print('TypeError:', e)
print([*'ab', *range(2)], {**{'a': 1}, 'b': 2, **{'a': 3}}, (*[1], 2), {*'aa', 'b'} == {'a', 'b'})
print(*[], sep='-'); print(*'abc', sep='-', end='!\n')
fs = [lambda: i for i in range(3)]; gs = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs], [fn() for fn in gs])
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter(); c(); c(5); print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)
x = 10
def read_global(): return x
def shadow():
    try:
        print(x)
        x = 5
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
shadow(); print(read_global())
def gen_with_return():
    x = yield 1
    print('got', x)
    return 'done'
gr = gen_with_return(); next(gr)
try:
    gr.send('hello')
except StopIteration as e:
    print('returned', e.value)
print([y for x in [[1, 2], [3]] for y in x if y != 2], {k: v for k, v in zip('ab', range(2))}, {x % 3 for x in range(10)}, list(x * 2 for x in range(3)))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print([[row[i] for row in matrix] for i in range(3)], [(i, j) for i in range(3) for j in range(i)])
print((lambda *a, **k: (a, k))(1, 2, z=3), (lambda x, /, y=2, *, z: x + y + z)(1, z=3))
print(type(print).__name__, print.__name__)
w = 5
w_str = f'{w!r:>4}|{w:<4}|{w:^5}|{"s"!s:*^7}|{3.14159:.{w - 2}f}|{{literal}}|{w}%'
print(w_str)
print(f"{'nested' + f'{w}'}", f'{"a" if w > 3 else "b"}', f'{[x for x in range(3)]}', f'{ {"k": 1}["k"] }', f'{w = }', f'{w=!s}', f'{w:#x}')
