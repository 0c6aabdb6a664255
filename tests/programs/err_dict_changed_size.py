# RuntimeError: dictionary changed size during iteration.
d = {1: "a", 2: "b", 3: "c"}
for k in d:
    print(k, d[k])
    if k == 2:
        d[4] = "d"
