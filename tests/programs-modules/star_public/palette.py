import math
colour = "from palette"
_private = 1
__dunder = 2


def mix(a, b):
    return f"{a}+{b}"
