# Regression (found by bench/programs/spectral_norm.py): a call whose argument is another call
# to the same function, made again with lists the first round returned, lost its int argument
# ("'float' object cannot be interpreted as an integer" from range(n)).
def row_sums(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += v[j] * (i + 1)
        out.append(s)
    return out

def twice(v, n):
    return row_sums(row_sums(v, n), n)

n = 3
u = [1.0] * n
v = u
for k in range(3):
    v = twice(u, n)
    u = twice(v, n)
    print(k, v, u)
print(twice([0.5, 0.25, 0.125], 3), n)
