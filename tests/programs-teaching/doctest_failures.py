# A student's exercise file with a few wrong doctests: testmod() reports each failure on stdout
def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> square(-2)
    4
    >>> square(1.5)
    2.5
    """
    return x * x


def words(text):
    """Split text into lowercase words.

    >>> words("Hello World")
    ['hello', 'world']
    >>> words("  spaced   out ")
    ['spaced', 'out']
    >>> words("Tab\\tSeparated")
    ['tab' 'separated']
    """
    return text.lower().split()


def safe_div(a, b):
    """
    >>> safe_div(1, 0)
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    >>> safe_div(6, 3)
    2.0
    >>> safe_div(1, 0)
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ZeroDivisionError: division by zero
    >>> safe_div(1, 0)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.ZeroDivisionError: something else
    >>> safe_div(1, 2)
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """
    return a / b


def greet(name):
    """
    >>> greet("Ann")
    Hello, Ann!
    >>> print(greet("Bob"))
    Hello, Bob!
    >>> greet("Cy")   # prints nothing
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> print("  lots   of   space ")  # doctest: +NORMALIZE_WHITESPACE
    lots of space
    """
    return f"Hello, {name}!"


def report_options():
    '''
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(list(range(20)))
    [0, 1, ..., 19]
    >>> print("one\\ntwo\\nthree\\nfour")  # doctest: +REPORT_NDIFF
    one
    too
    three
    four
    >>> print("a\\nb\\nc\\nd\\ne")  # doctest: +REPORT_UDIFF
    a
    b
    C
    d
    e
    >>> 1 == 1
    1
    >>> raise ValueError("skipped")  # doctest: +SKIP
    '''


if __name__ == "__main__":
    import contextlib, doctest, io, os
    # The report names this file by its full path; print it by its base name instead.
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        results = doctest.testmod()
    print(out.getvalue().replace(__file__, os.path.basename(__file__)), end="")
    print(results, results.skipped)
    print(results.failed, results.attempted)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE | doctest.ELLIPSIS, report=False))
    print(out.getvalue().replace(__file__, os.path.basename(__file__)), end="")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        print(doctest.testmod(verbose=False, report=False, optionflags=doctest.FAIL_FAST | doctest.NORMALIZE_WHITESPACE))
    print(out.getvalue().replace(__file__, os.path.basename(__file__)), end="")
    print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
