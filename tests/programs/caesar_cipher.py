# Caesar and Vigenere ciphers with ord/chr arithmetic.
def shift(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - 97 + k) % 26 + 97)
    if "A" <= ch <= "Z":
        return chr((ord(ch) - 65 + k) % 26 + 65)
    return ch

def caesar(s, k):
    return "".join([shift(c, k) for c in s])

def vigenere(s, key, sign=1):
    out = []
    i = 0
    for c in s:
        if c.isalpha():
            out.append(shift(c, sign * (ord(key[i % len(key)].lower()) - 97)))
            i += 1
        else:
            out.append(c)
    return "".join(out)

msg = "The Quick Brown Fox Jumps Over The Lazy Dog! 123"
for k in (0, 1, 3, 13, 25, 26, -1, -27, 100):
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
v = vigenere(msg, "Lemon")
print(v, vigenere(v, "Lemon", -1))
freq = {}
for c in caesar(msg, 7).lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda x: (-x[1], x[0]))[:6])
print(msg.translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")))
