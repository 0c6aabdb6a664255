# ValueError: negative shift count.
for s in (0, 1, 70):
    print(1 << s, -(2**80) >> s)
print(1 << -1)
