# The compiler's checks on assignment expressions in comprehensions, raised through exec() as
# SyntaxErrors (CPython's symtable messages), and a walrus that binds in the enclosing scope.
cases = [
    "[i for i in (i := range(5))]",
    "{i: 1 for i in [2, 3, j := range(5)]}",
    "{i for i in range(5) for j in (k := range(5))}",
    "[i for i in (lambda: (j := range(5)))()]",
    "[i for i in {(j := True) for j in range(5)}]",
    "[i := 0 for i in range(5)]",
    "[(j := 0) for i in range(5) for j in range(5)]",
    "[i for i in range(5) if (j := 0) for j in range(5)]",
    "class C:\n    [(y := 1) for x in range(3)]",
    "class Foo:\n    def bar(self):\n        [[(__x := 2) for _ in range(2)] for __x in range(2)]",
    "def f():\n    nonlocal q",
]
for code in cases:
    try:
        exec(code, {})
        print("compiled:", code.splitlines()[0])
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno})")

values = [y := 5, y ** 2]
print(values, y)
total = 0
print([total := total + n for n in range(5)], total)


def last_even(numbers):
    found = None
    if any((found := n) % 2 == 0 for n in numbers):
        return found
    return None


print(last_even([1, 3, 4, 5]), last_even([1, 3]))
