# Docstrings: the module's is stored to __doc__, a def's kept as its docstring, both cleaned
# as CPython 3.13 does (tabs, first-line and common indentation); an f-string is no docstring.
"""  Module doc.
    indented
	tab line

"""
def f():
    """   First.

        Second indented
      third
    """
lam = lambda: 0
def g():
    x = 1
    """not a doc"""
def h():
    f"""fstring not doc"""
print(repr(__doc__))
print(repr(f.__doc__), repr(g.__doc__), repr(h.__doc__), lam.__doc__)
