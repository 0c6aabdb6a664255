"""Benchmarks Game mandelbrot (as text and as PBM bytes checksum) and binary-trees (own version)."""
import hashlib


def mandel_rows(w, h, iters=50):
    rows = []
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        bits = []
        for x in range(w):
            cr = 2.0 * x / w - 1.5
            zr = zi = 0.0
            inside = True
            for _ in range(iters):
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                if zr * zr + zi * zi > 4.0:
                    inside = False
                    break
            bits.append(inside)
        rows.append(bits)
    return rows


def pbm(rows, w):
    out = bytearray(b"P4\n%d %d\n" % (w, len(rows)))
    for bits in rows:
        byte, n = 0, 0
        for b in bits:
            byte = (byte << 1) | b
            n += 1
            if n == 8:
                out.append(byte)
                byte, n = 0, 0
        if n:
            out.append(byte << (8 - n))
    return bytes(out)


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(d):
    if d == 0:
        return Node(None, None)
    d -= 1
    return Node(make(d), make(d))


def check(n):
    if n.left is None:
        return 1
    return 1 + check(n.left) + check(n.right)


def make_tuple(d):
    return (None, None) if d == 0 else (make_tuple(d - 1), make_tuple(d - 1))


def check_tuple(t):
    l, r = t
    return 1 if l is None else 1 + check_tuple(l) + check_tuple(r)


def binary_trees(maxd):
    mind = 4
    maxd = max(mind + 2, maxd)
    print(f"stretch tree of depth {maxd + 1}\t check: {check(make(maxd + 1))}")
    long_lived = make(maxd)
    for d in range(mind, maxd + 1, 2):
        iters = 2 ** (maxd - d + mind)
        total = sum(check(make(d)) for _ in range(iters))
        print(f"{iters}\t trees of depth {d}\t check: {total}")
    print(f"long lived tree of depth {maxd}\t check: {check(long_lived)}")
    print("tuple trees", check_tuple(make_tuple(12)))


def main():
    rows = mandel_rows(64, 32)
    for bits in rows[::2]:
        print("".join("#" if b else "." for b in bits))
    data = pbm(mandel_rows(120, 120, 40), 120)
    print(len(data), data[:10], hashlib.md5(data).hexdigest())
    binary_trees(10)


main()
