# Tutorial chapter 4: more control flow tools
x = int("42")
if x < 0:
    x = 0
    print('Negative changed to zero')
elif x == 0:
    print('Zero')
elif x == 1:
    print('Single')
else:
    print('More')

words = ['cat', 'window', 'defenestrate']
for w in words:
    print(w, len(w))

users = {'Hans': 'active', 'Éléonore': 'inactive', '景太郎': 'active'}
for user, status in users.copy().items():
    if status == 'inactive':
        del users[user]
print(users)
active_users = {}
for user, status in users.items():
    if status == 'active':
        active_users[user] = status
print(active_users)

for i in range(5):
    print(i, end=' ')
print()
print(list(range(5, 10)), list(range(0, 10, 3)), list(range(-10, -100, -30)))
a = ['Mary', 'had', 'a', 'little', 'lamb']
for i in range(len(a)):
    print(i, a[i])
print(range(10), sum(range(4)))

for n in range(2, 10):
    for x in range(2, n):
        if n % x == 0:
            print(n, 'equals', x, '*', n//x)
            break
    else:
        print(n, 'is a prime number')

for num in range(2, 10):
    if num % 2 == 0:
        print("Found an even number", num)
        continue
    print("Found an odd number", num)

class MyEmptyClass:
    pass

def initlog(*args):
    pass

print(initlog(), MyEmptyClass.__name__)

def http_error(status):
    match status:
        case 400:
            return "Bad request"
        case 401 | 403:
            return "Not allowed"
        case 404:
            return "Not found"
        case 418:
            return "I'm a teapot"
        case _:
            return "Something's wrong with the internet"

for code in (400, 403, 404, 418, 500):
    print(code, http_error(code))

def where(point):
    match point:
        case (0, 0):
            return "Origin"
        case (0, y):
            return f"Y={y}"
        case (x, 0):
            return f"X={x}"
        case (x, y):
            return f"X={x}, Y={y}"
        case _:
            raise ValueError("Not a point")

for p in [(0, 0), (0, 5), (3, 0), (2, 7)]:
    print(where(p))
try:
    where("nope")
except ValueError as e:
    print("ValueError:", e)

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(points):
    match points:
        case []:
            print("No points")
        case [Point(0, 0)]:
            print("The origin")
        case [Point(x, y)]:
            print(f"Single point {x}, {y}")
        case [Point(0, y1), Point(0, y2)]:
            print(f"Two on the Y axis at {y1}, {y2}")
        case _:
            print("Something else")

describe([])
describe([Point(0, 0)])
describe([Point(1, 2)])
describe([Point(0, 1), Point(0, 2)])
describe([Point(1, 1), Point(2, 2), Point(3, 3)])

from enum import Enum
class Color(Enum):
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'

for name in ('red', 'blue', 'green'):
    color = Color(name)
    match color:
        case Color.RED:
            print("I see red!")
        case Color.GREEN:
            print("Grass is green")
        case Color.BLUE:
            print("I'm feeling the blues :(")

def command(cmd):
    match cmd.split():
        case [action]:
            return f"single {action}"
        case ["go", direction] if direction in "nsew":
            return f"going {direction}"
        case ["drop", *objects]:
            return f"dropping {objects}"
        case {"bad": _}:
            return "dict?"
        case _:
            return "unknown"

for c in ["look", "go n", "go up", "drop sword shield lamp"]:
    print(repr(c), '->', command(c))

def fib(n):
    """Print a Fibonacci series less than n."""
    a, b = 0, 1
    while a < n:
        print(a, end=' ')
        a, b = b, a+b
    print()

fib(2000)
f = fib
f(100)
print(fib(0))
print(fib.__doc__)

def fib2(n):
    """Return a list containing the Fibonacci series up to n."""
    result = []
    a, b = 0, 1
    while a < n:
        result.append(a)
        a, b = b, a+b
    return result

print(fib2(100))

def ask_ok(prompt, retries=4, reminder='Please try again!', answers=()):
    it = iter(answers)
    while True:
        reply = next(it, 'n')
        print(prompt, reply)
        if reply in {'y', 'ye', 'yes'}:
            return True
        if reply in {'n', 'no', 'nop', 'nope'}:
            return False
        retries = retries - 1
        if retries < 0:
            raise ValueError('invalid user response')
        print(reminder)

print(ask_ok('Do you really want to quit?', answers=['yes']))
print(ask_ok('OK to overwrite the file?', 2, answers=['maybe', 'no']))
try:
    ask_ok('OK?', 0, 'Come on, only yes or no!', answers=['what', 'huh'])
except ValueError as e:
    print(e)

i = 5
def f(arg=i):
    print(arg)
i = 6
f()

def f(a, L=[]):
    L.append(a)
    return L
print(f(1)); print(f(2)); print(f(3))

def f(a, L=None):
    if L is None:
        L = []
    L.append(a)
    return L
print(f(1)); print(f(2))

def parrot(voltage, state='a stiff', action='voom', type='Norwegian Blue'):
    print("-- This parrot wouldn't", action, end=' ')
    print("if you put", voltage, "volts through it.")
    print("-- Lovely plumage, the", type)
    print("-- It's", state, "!")

parrot(1000)
parrot(voltage=1000)
parrot(voltage=1000000, action='VOOOOOM')
parrot(action='VOOOOOM', voltage=1000000)
parrot('a million', 'bereft of life', 'jump')
parrot('a thousand', state='pushing up the daisies')
for bad in ("parrot()", "parrot(voltage=5.0, 'dead')", "parrot(110, voltage=220)", "parrot(client='John Cleese')"):
    try:
        eval(bad)
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)

def cheeseshop(kind, *arguments, **keywords):
    print("-- Do you have any", kind, "?")
    print("-- I'm sorry, we're all out of", kind)
    for arg in arguments:
        print(arg)
    print("-" * 40)
    for kw in keywords:
        print(kw, ":", keywords[kw])

cheeseshop("Limburger", "It's very runny, sir.",
           "It's really very, VERY runny, sir.",
           shopkeeper="Michael Palin",
           client="John Cleese",
           sketch="Cheese Shop Sketch")

def standard_arg(arg):
    print(arg)
def pos_only_arg(arg, /):
    print(arg)
def kwd_only_arg(*, arg):
    print(arg)
def combined_example(pos_only, /, standard, *, kwd_only):
    print(pos_only, standard, kwd_only)

standard_arg(2); standard_arg(arg=2); pos_only_arg(1); kwd_only_arg(arg=3)
combined_example(1, 2, kwd_only=3); combined_example(1, standard=2, kwd_only=3)
for call in ("pos_only_arg(arg=1)", "kwd_only_arg(3)", "combined_example(1, 2, 3)", "combined_example(pos_only=1, standard=2, kwd_only=3)"):
    try:
        eval(call)
    except TypeError as e:
        print("TypeError:", e)

def foo(name, /, **kwds):
    return 'name' in kwds
print(foo(1, **{'name': 2}))

def write_multiple_items(sep, *args):
    return sep.join(args)
print(write_multiple_items("/", "earth", "mars", "venus"))
def concat(*args, sep="/"):
    return sep.join(args)
print(concat("earth", "mars", "venus"), concat("earth", "mars", "venus", sep="."))

print(list(range(3, 6)))
args = [3, 6]
print(list(range(*args)))
d = {"voltage": "four million", "state": "bleedin' demised", "action": "VOOM"}
parrot(**d)

def make_incrementor(n):
    return lambda x: x + n
f = make_incrementor(42)
print(f(0), f(1))
pairs = [(1, 'one'), (2, 'two'), (3, 'three'), (4, 'four')]
pairs.sort(key=lambda pair: pair[1])
print(pairs)

def my_function():
    """Do nothing, but document it.

    No, really, it doesn't do anything.
    """
    pass
print(my_function.__doc__)

def f(ham: str, eggs: str = 'eggs') -> str:
    print("Annotations:", f.__annotations__)
    print("Arguments:", ham, eggs)
    return ham + ' and ' + eggs
print(f('spam'))
