"""A small geometry module whose documentation doubles as its tests.

>>> square_area(3)
9
>>> round(circle_area(1), 5)
3.14159
"""
import functools
import math


def square_area(side):
    return side * side


def circle_area(r):
    """
    >>> circle_area(0)
    0.0
    """
    return math.pi * r * r


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def hypotenuse(a, b):
    """Length of the hypotenuse.

    >>> hypotenuse(3, 4)
    5.0
    >>> [hypotenuse(n, n) for n in range(3)]  # doctest: +NORMALIZE_WHITESPACE
    [0.0, 1.4142135623730951,
     2.8284271247461903]
    """
    return math.hypot(a, b)


class Shape:
    """Base class.

    >>> Shape().area()
    Traceback (most recent call last):
      ...
    NotImplementedError: subclasses define area()
    """

    sides = 0

    def area(self):
        raise NotImplementedError("subclasses define area()")

    @property
    def kind(self):
        """The class name, lower case.

        >>> Rect(1, 2).kind
        'rect'
        """
        return type(self).__name__.lower()

    @staticmethod
    def unit():
        """
        >>> Shape.unit()
        'cm'
        """
        return "cm"

    @classmethod
    def named(cls):
        """
        >>> Rect.named()
        'Rect with 4 sides'
        """
        return f"{cls.__name__} with {cls.sides} sides"

    class Meta:
        """
        >>> Shape.Meta.version
        2
        """
        version = 2


class Rect(Shape):
    """
    >>> r = Rect(2, 5)
    >>> r.area()
    10
    >>> r
    Rect(2, 5)
    >>> print(r)
    2 x 5 rectangle
    >>> def describe(shape):
    ...     kind = shape.kind
    ...
    ...     return f"{kind}: {shape.area()}"
    >>> describe(r)
    'rect: 10'
    >>> for w in range(1, 4):
    ...     print(Rect(w, w).area(), end=",")
    1,4,9,
    >>> {"w": r.w, "h": r.h}
    {'w': 2, 'h': 5}
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    """
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"

    def __str__(self):
        return f"{self.w} x {self.h} rectangle"


perimeter = lambda w, h: 2 * (w + h)

__test__ = {
    "perimeter": """
    >>> perimeter(2, 3)
    10
    >>> perimeter(0, 0)
    0
    """,
    "errors": """
    >>> int("x")
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'x'
    >>> raise ValueError("multi\\nline")
    Traceback (most recent call last):
    ValueError: multi
    line
    """,
}

if __name__ == "__main__":
    import doctest
    result = doctest.testmod(verbose=True)
    print(result)
    finder = doctest.DocTestFinder()
    tests = finder.find(Rect)
    print([(t.name, len(t.examples)) for t in tests])
    parser = doctest.DocTestParser()
    examples = parser.get_examples(">>> x = 1\n>>> x + 1\n2\n\ntext\n>>> print('a')\n...   # comment\na\n")
    print([(e.source, e.want, e.lineno, e.indent) for e in examples])
    test = parser.get_doctest(">>> 6 * 7\n42\n>>> 'no'\n'yes'\n", {}, "snippet", "snippet.txt", 0)
    print(test, test.examples[1].want)
    runner = doctest.DocTestRunner(verbose=False)
    print(runner.run(test), runner.failures, runner.tries)
    checker = doctest.OutputChecker()
    print(checker.check_output("[1, ..., 5]\n", "[1, 2, 3, 4, 5]\n", doctest.ELLIPSIS), checker.check_output("1\n", "True\n", 0), checker.check_output("a  b\n", "a b\n", 0))
    try:
        parser.get_examples(">>>print(1)\n")
    except ValueError as e:
        print("ValueError:", e)
