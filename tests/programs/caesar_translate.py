# Textbook exercise: Caesar and Atbash ciphers with str.maketrans/translate.
LOWER = "abcdefghijklmnopqrstuvwxyz"
def caesar(text, shift):
    lo, up = LOWER, LOWER.upper()
    k = shift % 26
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)
def atbash(text):
    lo = LOWER
    return text.translate(str.maketrans(lo + lo.upper(), lo[::-1] + lo.upper()[::-1]))
msg = "Attack at Dawn, 5 o'clock!"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg, atbash(msg), atbash(atbash(msg)) == msg)
for s in range(0, 26, 5):
    print(s, caesar("xyz ABC", s))
vowels = str.maketrans("", "", "aeiouAEIOU")
print(msg.translate(vowels), len(msg.translate(vowels)))
