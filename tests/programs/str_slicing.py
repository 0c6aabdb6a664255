# String indexing and slicing with every sign of start/stop/step.
s = "0123456789abcdef"
for start in (None, 0, 3, -3, 20, -20):
    for stop in (None, 5, -5, 100):
        print(start, stop, s[start:stop], s[start:stop:2], s[start:stop:-1], s[start:stop:-3])
print(s[0], s[-1], s[5], s[-16], s[len(s) - 1])
print(s[::], s[::1], s[::-1], s[::100], s[::-100], s[1:1], s[5:2], s[-1:-2], s[-2:-1])
t = "héllo wörld 😀!"
print([t[i] for i in range(len(t))], t[6:11], t[-2:], t[::-2])
print("".join([s[i:i + 4] + "|" for i in range(0, len(s), 4)]))
print(s[slice(2, 8, 2)], s[slice(None, None, -4)], slice(1, 10, 2), slice(5), slice(1, 2).indices(10) if False else slice(-3, None).indices(10))
print(slice(None, None, -1).indices(5), slice(-100, 100, 3).indices(7), slice(2, 4) == slice(2, 4))
