"""Spectral norm (own version), with map/zip/generator idioms."""
import sys
from math import sqrt


def eval_A(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def eval_A_times_u(u):
    n = len(u)
    return [sum(eval_A(i, j) * uj for j, uj in enumerate(u)) for i in range(n)]


def eval_At_times_u(u):
    n = len(u)
    return [sum(eval_A(j, i) * uj for j, uj in enumerate(u)) for i in range(n)]


def eval_AtA_times_u(u):
    return eval_At_times_u(eval_A_times_u(u))


def spectral(n):
    u = [1.0] * n
    for _ in range(10):
        v = eval_AtA_times_u(u)
        u = eval_AtA_times_u(v)
    vBv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(map(lambda x: x * x, v))
    return sqrt(vBv / vv)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    for size in (10, 25, n):
        r = spectral(size)
        print("%0.9f" % r, "{:.12g}".format(r), format(r, ".3e"), round(r, 5))
