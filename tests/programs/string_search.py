# Naive and KMP substring search, counting overlapping matches.
def naive(text, pat):
    return [i for i in range(len(text) - len(pat) + 1) if text[i:i + len(pat)] == pat]

def kmp(text, pat):
    fail = [0] * len(pat)
    k = 0
    for i in range(1, len(pat)):
        while k and pat[i] != pat[k]:
            k = fail[k - 1]
        if pat[i] == pat[k]:
            k += 1
        fail[i] = k
    out = []
    k = 0
    for i, ch in enumerate(text):
        while k and ch != pat[k]:
            k = fail[k - 1]
        if ch == pat[k]:
            k += 1
        if k == len(pat):
            out.append(i - k + 1)
            k = fail[k - 1]
    return out, fail

text = "abababcabababcababab abc aaaa😀aa😀"
for pat in ["abab", "abc", "a", "aa", "😀", "zzz", "ababcab"]:
    m, f = kmp(text, pat)
    print(pat, naive(text, pat) == m, m, f, text.count(pat), text.find(pat), text.rfind(pat))
