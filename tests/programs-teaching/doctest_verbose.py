# doctest.testmod(verbose=True) prints every example it tries, then a summary
def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    """
    return a + b


class Greeter:
    """Says hello.

    >>> Greeter("World").greet()
    'Hello, World'
    """
    def __init__(self, name):
        self.name = name

    def greet(self):
        """
        >>> Greeter("x").greet().upper()
        'HELLO, X'
        """
        return "Hello, " + self.name

    def no_tests(self):
        """No examples here."""


def nothing():
    pass


import doctest
doctest.testmod(verbose=True)
print(doctest.run_docstring_examples.__name__)
doctest.run_docstring_examples(add, {'add': add}, verbose=False)
def bad():
    """
    >>> 1 + 1
    3
    """
import contextlib, io, os
out = io.StringIO()
with contextlib.redirect_stdout(out):
    doctest.run_docstring_examples(bad, {}, name='bad')
print(out.getvalue().replace(__file__, os.path.basename(__file__)), end="")
