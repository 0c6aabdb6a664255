def f(items):
    for item in items:
        try:
            if item:
                continue
            return item
        finally:
            print(item)
    raise ValueError("none") from None
