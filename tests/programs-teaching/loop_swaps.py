# Loop idioms from CS1 notes whose variables trade values each pass: tuple swaps, rotations, walking to a list's end
def swap_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a
    return a, b
def rotate(n):
    x, y, z = 1, 2, 3
    i = 0
    while i < n:
        x, y, z = y, z, x
        i += 1
    return x, y, z
def fib(n):
    a, b = 0, 1
    while n:
        a, b = b, a + b
        n -= 1
    return a
print(swap_loop(3), swap_loop(4), rotate(1), rotate(2), rotate(5), fib(30))
class N:
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent
def root_name(node):
    parent = node.parent
    last = node
    while parent is not None:
        last = parent
        parent = parent.parent
    return last.name
a = N("a", None)
b = N("b", a)
c = N("c", b)
print(root_name(c), root_name(a))


def gcd_steps(a, b):
    steps = []
    while b:
        steps.append((a, b))
        a, b = b, a % b
    return a, steps


def previous_and_current(items):
    prev, cur = None, None
    pairs = []
    for item in items:
        prev, cur = cur, item
        pairs.append((prev, cur))
    return pairs


print(gcd_steps(1071, 462), previous_and_current("abcd"))
