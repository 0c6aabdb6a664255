# Huffman coding with a sorted list as a priority queue (ties broken by insertion counter).
text = "this is an example of a huffman tree with some repeated letters eeee"
freq = {}
for ch in text:
    freq[ch] = freq.get(ch, 0) + 1
queue = sorted([(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))])
counter = len(queue)
while len(queue) > 1:
    a = queue.pop(0)
    b = queue.pop(0)
    node = (a[0] + b[0], counter, (a, b))
    counter += 1
    queue.append(node)
    queue.sort()
codes = {}
def walk(node, prefix):
    payload = node[2]
    if isinstance(payload, str):
        codes[payload] = prefix or "0"
    else:
        walk(payload[0], prefix + "0")
        walk(payload[1], prefix + "1")
walk(queue[0], "")
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freq[ch], codes[ch])
encoded = "".join([codes[c] for c in text])
print(len(encoded), len(text) * 8, encoded[:64])
rev = {v: k for k, v in codes.items()}
out, cur = [], ""
for bit in encoded:
    cur += bit
    if cur in rev:
        out.append(rev[cur])
        cur = ""
print("".join(out) == text)
