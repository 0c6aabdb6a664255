# complex arithmetic and repr.
a = 3 + 4j
b = complex(1, -2)
print(a, b, a + b, a - b, a * b, a / b, -a, +a, abs(a), a.real, a.imag, a.conjugate())
print(1j * 1j, 1j ** 2, (1 + 1j) ** 8, a ** 2, a ** 0, a ** -1, 2 ** (1j), (0j) ** 2)
print(complex(0, 0), complex(-0.0, 0), complex(1, -0.0), complex("1+2j"), complex(" -3.5j "), complex(2), complex(1.5, 2))
print(repr(1e20j), repr(1e-5 + 1e16j), repr(complex(float("inf"), float("nan"))), repr(-1j), repr(0j), repr(-0j))
print(a == 3 + 4j, a != b, 1 + 0j == 1, hash(1 + 0j) == hash(1), hash(2 + 3j), hash(-1j))
print([(1 + 2j) * k for k in range(4)], sum([1j, 2, 3.5]), (2 + 3j) / 2, 4j / (2 + 0j))
print(f"{a}", f"{a:.2f}", f"{b:>20}", format(1 + 2j, "e"), str(1.5 + 0j), str(complex(-1, 1)))
z = 0j
c = -0.75 + 0.1j
for i in range(10):
    z = z * z + c
    print(i, z, abs(z) < 2)
