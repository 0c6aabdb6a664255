# Reversing strings: slicing, reversed(), loops, word order, with non-BMP characters.
texts = ["hello", "", "a", "racecar", "Python 3.13", "naïve café", "emoji 😀🎉 end", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"]
for t in texts:
    r1 = t[::-1]
    r2 = "".join(reversed(t))
    r3 = ""
    for ch in t:
        r3 = ch + r3
    print(repr(t), repr(r1), r1 == r2 == r3, len(t))
sentence = "the quick brown fox jumps over the lazy dog"
print(" ".join(sentence.split()[::-1]))
print(" ".join([w[::-1] for w in sentence.split()]))
print(sentence[::2], sentence[1::3], sentence[-1:-10:-2])
s = "abcdefghij"
for step in (1, 2, 3, -1, -2, -3):
    print(step, s[::step], s[2:8:step], s[8:2:step])
