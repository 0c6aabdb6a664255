# Every augmented operator, @ and the attribute/local stores and deletes.
import math

def f(x, y, m):
    x += y; x -= y; x *= y; x @= m; x /= y; x //= y; x %= y
    x **= y; x <<= y; x >>= y; x &= y; x |= y; x ^= y
    z = m @ m
    math.answer = z
    del math.answer
    del x, z
    return y
