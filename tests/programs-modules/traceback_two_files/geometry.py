def scale(x):
    return 12 / x


def ratio(n):
    total = n + 1
    return scale(n) + total
