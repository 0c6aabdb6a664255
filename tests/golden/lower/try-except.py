def f(x):
    try:
        y = 10 // x
    except (ZeroDivisionError, TypeError) as e:
        print(e)
        return None
    except Exception:
        raise
    else:
        return y
