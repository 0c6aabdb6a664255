# Palindrome checks on words, numbers and sentences.
def is_pal(s):
    return s == s[::-1]

def clean(s):
    return "".join([c.lower() for c in s if c.isalnum()])

for w in ["level", "rotor", "python", "", "a", "ab", "abba", "abcba", "Aba"]:
    print(repr(w), is_pal(w), is_pal(w.lower()))

for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "Was it a car or a cat I saw?", "hello, world"]:
    print(clean(s), is_pal(clean(s)))

pals = [n for n in range(10, 2000) if is_pal(str(n))]
print(len(pals), pals[:20], pals[-5:])

best = 0
for i in range(900, 1000):
    for j in range(i, 1000):
        p = i * j
        if p > best and is_pal(str(p)):
            best = p
print(best)

def longest_pal_substring(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best

for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
    print(s, longest_pal_substring(s))
