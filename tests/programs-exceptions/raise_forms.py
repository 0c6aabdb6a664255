# raise X, raise Class, bare raise, raise ... from ..., from None, and the attributes they set.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")

try:
    raise ValueError("a", 2)
except ValueError as e:
    print(e, repr(e))

try:
    try:
        {}["k"]
    except KeyError:
        raise
except KeyError as e:
    print("re-raised:", repr(e), e.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no context shown") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    try:
        [][0]
    except IndexError:
        raise TypeError("implicit")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    raise 42
except TypeError as e:
    print(e)

try:
    raise ValueError from 3
except TypeError as e:
    print(e)

try:
    raise
except RuntimeError as e:
    print(e)

try:
    raise KeyError("x") from ValueError
except KeyError as e:
    print(repr(e.__cause__))

e = ValueError("kept")
try:
    raise e
except ValueError as caught:
    print(caught is e)
try:
    caught
except NameError as n:
    print(n)
