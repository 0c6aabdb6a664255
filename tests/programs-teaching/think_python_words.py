# Think Python style word exercises on a small built-in word list: predicates, histograms, inverted dicts
WORDS = """abecedarian almost accept biopsy chintz aegilops abhors begins chimps first
listen silent enlist tinsel inlets google banana bookkeeper committee mississippi
noon level rotor racecar stats deed civic radar madam refer kayak python monty
cheese tomato unapproachable zebra quiz jazz buzz fuzz fizz pizza puzzle""".split()


def has_no_e(word):
    return "e" not in word


def avoids(word, forbidden):
    return not any(ch in forbidden for ch in word)


def uses_only(word, available):
    return all(ch in available for ch in word)


def uses_all(word, required):
    return uses_only(required, word)


def is_abecedarian(word):
    return all(a <= b for a, b in zip(word, word[1:]))


def is_palindrome(word):
    return word == word[::-1]


def double_letters(word):
    count, i = 0, 0
    while i < len(word) - 1:
        if word[i] == word[i + 1]:
            count += 1
            i += 2
        else:
            i += 1
    return count


def histogram(s):
    d = {}
    for c in s:
        d[c] = d.get(c, 0) + 1
    return d


def invert_dict(d):
    inverse = {}
    for key, val in d.items():
        inverse.setdefault(val, []).append(key)
    return inverse


def rotate_word(word, n):
    return "".join(chr((ord(c) - ord("a") + n) % 26 + ord("a")) for c in word)


def signature(word):
    return "".join(sorted(word))


print("no e:", [w for w in WORDS if has_no_e(w)][:8], f"{sum(map(has_no_e, WORDS)) / len(WORDS):.1%}")
print("avoids 'aeiou':", [w for w in WORDS if avoids(w, "aeiou")])
print("uses only 'acefhlo':", [w for w in WORDS if uses_only(w, "acefhlo")])
print("uses all 'aeiou':", [w for w in WORDS if uses_all(w, "aeiou")])
print("abecedarian:", [w for w in WORDS if is_abecedarian(w)])
print("palindromes:", sorted(w for w in WORDS if is_palindrome(w)))
print("three doubles:", [w for w in WORDS if double_letters(w) >= 3])
h = histogram("brontosaurus")
print(h, sorted(h.items()), max(h, key=h.get))
print(invert_dict(h))
print(rotate_word("cheer", 7), rotate_word("melon", -10), rotate_word("sleep", 9))
pairs = sorted({tuple(sorted((w, rotate_word(w, n)))) for w in WORDS for n in range(1, 26) if rotate_word(w, n) in WORDS})
print("rotate pairs:", pairs)
groups = {}
for w in WORDS:
    groups.setdefault(signature(w), []).append(w)
for sig, ws in sorted(groups.items(), key=lambda kv: -len(kv[1])):
    if len(ws) > 1:
        print(f"{sig:>10}: {' '.join(ws)}")
lengths = histogram(len(w) for w in WORDS)
for n in sorted(lengths):
    print(f"{n:2d} {'*' * lengths[n]}")
print(sorted(WORDS, key=lambda w: (-len(w), w))[:5])
word = "Mississippi"
print(word.lower().count("ss"), word.find("ss"), word.rfind("ss"), word.index("p"), word.replace("ss", "SS", 1), word.partition("ss"), word.rpartition("ss"))
print(word.upper(), word.swapcase(), word.center(17, "~"), word.startswith("Miss"), word.endswith(("pi", "po")), word.split("s"), word.split("s", 2))
s = "  The quick brown fox  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.split(), s.title(), s.strip().capitalize(), "-".join(s.split()))
print("fox" in s, s.count("o"), "Python".ljust(10, ".") + "|", "3".zfill(3), "a,b,,c".split(","), "a b\tc\nd".split(), "line1\nline2\r\nline3".splitlines())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "  ".isspace(), "Title Case".istitle(), "lower".islower(), "½".isnumeric(), "½".isdigit(), "x".isidentifier())
print(ord("A"), chr(97), [ord(c) - 96 for c in "hello"], "".join(chr(ord(c) + 1) for c in "HAL"), str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print(", ".join(f"{w}:{len(w)}" for w in sorted(set(WORDS))[:6]), sorted(set("".join(WORDS)) - set("abcdefghijklmnopqrstuvwxyz")))
