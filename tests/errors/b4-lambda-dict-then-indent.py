x = lambda: {'a': 1}
    y = 2
