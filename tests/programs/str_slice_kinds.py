# str slicing over every storage kind: steps, negative steps, clamped bounds, results that
# need a narrower kind than their source (they must equal and hash like literals), adjacent
# surrogate code points (they stay two code points), identity of whole and 1-char slices.
pair = chr(0xD83D) + chr(0xDE00)
texts = ["hello, world", "caf\xe9 cr\xe8me \xff", "abc\u20acdef\u4e2dxyz", "ab\U0001f600cd\U0001f601ef",
         "x" + pair + "y" + pair, ("0123456789" * 5) + "\u0101" + ("abcdefghij" * 4), ""]
slices = [(None, None, None), (1, None, None), (None, -1, None), (2, 8, None), (-5, None, None),
          (None, None, 2), (1, None, 3), (None, None, -1), (-2, 0, -1), (8, 2, -2), (100, None, None),
          (-100, 3, None), (3, 3, None), (0, 50, 7), (3, 4, None)]
d = {}
for t in texts:
    row = []
    for a, b, c in slices:
        u = t[a:b:c]
        row.append([ord(ch) for ch in u] if len(u) < 8 else (len(u), ord(u[0]), ord(u[-1]), sum(map(ord, u))))
        d[u] = d.get(u, 0) + 1
    print(len(t), row)
ascii_tail = texts[2][6:]
print(ascii_tail == "f\u4e2dxyz", texts[2][4:6] == "de", texts[2][4:6] in {"de": 1}, hash(texts[2][4:6]) == hash("de"))
print(texts[5][:10] == "0123456789", {texts[5][:10]: 1}["0123456789"], texts[5][-3:] + "!" == "hij!")
print(texts[4][1:3] == pair, len(texts[4][1:3]), [hex(ord(c)) for c in texts[4][::-1]])
print(texts[3][2:3] == "\U0001f600", texts[3][2:3] is texts[3][2:3] or True, len(d))
s = "some text"
print(s[:] is s, s[0:len(s)] is s, s[0:1] is s[0], s[::-1])
total = 0
line = "record 000123, value 42; " * 8
for i in range(2000):
    total += len(line[i % 50:i % 50 + 17]) + ord(line[i % 7:][0]) + len(line[::3])
print(total)
