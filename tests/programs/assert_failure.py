# A failing assert with a message exits 1 with AssertionError.
def check(n):
    assert n >= 0, f"negative value: {n}"
    return n * 2

for v in [3, 2, 1, 0, -1]:
    print(check(v))
