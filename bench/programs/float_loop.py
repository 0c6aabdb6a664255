# A float-heavy loop: a damped oscillator integrated with semi-implicit Euler, plus a
# polynomial evaluated by Horner's rule, all in local variables.
import sys


def simulate(steps):
    x = 1.0
    v = 0.0
    k = 4.0
    c = 0.05
    dt = 0.001
    acc = 0.0
    for i in range(steps):
        a = -k * x - c * v
        v += a * dt
        x += v * dt
        t = i * dt
        acc += ((0.5 * t - 1.25) * t + 3.0) * t * 1e-9 + x * x
    return x, v, acc


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
x, v, acc = simulate(n)
print(f"{x:.12f} {v:.12f} {acc:.6f}")
