#!/root/.pyenv/versions/3.13.0/bin/python3.13
"""Writes runtime/modules/testdata/math.json: CPython 3.13's math results on seeded inputs,
for runtime/modules/math-core.test.ts. Floats are written as repr() strings (exact), ints as
decimal strings; an error is written as "!Type: message".

Usage: /root/.pyenv/versions/3.13.0/bin/python3.13 scripts/gen-math-expected.py
"""
import json
import math
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "runtime", "modules", "testdata", "math.json")
rng = random.Random(20261126)


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, tuple):
        return [enc(x) for x in v]
    raise TypeError(type(v))


def call(f, *args):
    try:
        return enc(f(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return f"!{type(e).__name__}: {e}"


def some_floats(n):
    out = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e-310, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
           float("inf"), float("-inf"), float("nan"), 3.0, 10.0, 0.1, 1e16, 1e-16, 123.456, -7.25]
    for _ in range(n):
        kind = rng.random()
        if kind < 0.4:
            out.append(rng.uniform(-10, 10))
        elif kind < 0.7:
            out.append(rng.uniform(-1, 1) * 10 ** rng.randint(-300, 300))
        else:
            out.append(float(rng.randint(-1000, 1000)) / rng.choice([1, 2, 3, 7, 10, 1024]))
    return out


floats = some_floats(200)
cases = {}
for name in ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "frexp", "modf", "ulp", "fabs"]:
    f = getattr(math, name)
    cases[name] = [[enc(x), call(f, x)] for x in floats]
pairs = [(rng.choice(floats), rng.choice(floats)) for _ in range(300)] + [(2.0, 0.5), (-8.0, 1 / 3), (0.0, -1.0), (10.0, 400.0), (-2.0, 3.0)]
for name in ["fmod", "copysign", "atan2", "pow", "hypot"]:
    f = getattr(math, name)
    cases[name] = [[enc(a), enc(b), call(f, a, b)] for a, b in pairs]
cases["ldexp"] = [[enc(x), str(i), call(math.ldexp, x, i)] for x in floats[:80] for i in (0, 1, -1, 52, -1074, 1023, -2000, 5000)]
sums = []
for _ in range(200):
    n = rng.randint(0, 30)
    xs = [rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20) for _ in range(n)]
    if rng.random() < 0.2:
        xs += [1e100, -1e100, 1.0]
    sums.append(xs)
sums += [[0.1] * 10, [1e308, 1e308, -1e308], [float("inf"), 1.0], [float("inf"), float("-inf")], [float("nan"), 1.0], [], [-0.0], [-0.0, 0.0]]
cases["fsum"] = [[[enc(x) for x in xs], call(math.fsum, xs)] for xs in sums]
vecs = [[rng.uniform(-1, 1) * 10 ** rng.randint(-200, 200) for _ in range(rng.randint(0, 5))] for _ in range(200)]
vecs += [[3.0, 4.0], [1e308, 1e308], [5e-324, 5e-324], [float("inf"), float("nan")], [float("nan"), 1.0], [0.0, -0.0]]
cases["hypotN"] = [[[enc(x) for x in v], call(math.hypot, *v)] for v in vecs]
ints = [0, 1, 2, 3, 10, 99, 100, 2**53 + 1, 10**20 + 1, 2**1000 + 12345, 10**400, 7**1000, -1, -(2**70)] + [rng.randint(0, 10**rng.randint(1, 60)) for _ in range(60)]
cases["isqrt"] = [[str(n), call(math.isqrt, n)] for n in ints]
cases["logInt"] = [[str(n), call(math.log, n), call(math.log2, n), call(math.log10, n)] for n in ints]
cases["factorial"] = [[str(n), call(math.factorial, n)] for n in (0, 1, 5, 20, 21, 50, 170, 171, 300, -1)]
cases["comb"] = [[str(n), str(k), call(math.comb, n, k), call(math.perm, n, k)] for n in (0, 1, 5, 10, 52, 100, 1000, -3) for k in (0, 1, 2, 5, 26, 60, -1)]
cases["gcd"] = [[str(a), str(b), call(math.gcd, a, b), call(math.lcm, a, b)] for a, b in [(rng.randint(-10**30, 10**30), rng.randint(-10**20, 10**20)) for _ in range(40)] + [(0, 0), (0, 5), (-4, 6), (2**64, 2**32 * 3)]]
close = [(1.0, 1.0 + 1e-10, 1e-9, 0.0), (1.0, 1.1, 1e-9, 0.0), (0.0, 1e-10, 1e-9, 0.0), (0.0, 1e-10, 1e-9, 1e-9),
         (float("inf"), float("inf"), 1e-9, 0.0), (float("inf"), 1e308, 1e-9, 0.0), (float("nan"), float("nan"), 1e-9, 0.0),
         (100.0, 101.0, 0.05, 0.0), (1.0, 2.0, -1.0, 0.0), (-1.0, -1.0000001, 1e-6, 0.0)]
cases["isclose"] = [[enc(a), enc(b), enc(r), enc(t), call(lambda *p: math.isclose(p[0], p[1], rel_tol=p[2], abs_tol=p[3]), a, b, r, t)] for a, b, r, t in close]
with open(OUT, "w") as f:
    json.dump(cases, f, indent=0)
print(OUT, sum(len(v) for v in cases.values()), "cases")
