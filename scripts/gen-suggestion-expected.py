#!/root/.pyenv/versions/3.13.0/bin/python3.13
"""Writes runtime/builtins/testdata/suggestions.json from CPython 3.13: Levenshtein distances
(traceback._levenshtein_distance, the same costs as Python/suggestions.c) and the suggestion
_suggestions._generate_suggestions picks for a name among candidates, for suggestions.test.ts.

Usage: python3.13 scripts/gen-suggestion-expected.py
"""
import json, os, random, traceback, _suggestions

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
random.seed(13)
WORDS = ["append", "apend", "upper", "uper", "Upper", "print", "prnt", "len", "lem", "values", "valuez", "numbers",
         "numbrs", "bit_length", "bit_lenght", "sqrt", "sqr", "items", "iterms", "__len__", "__lenn__", "__le__",
         "café", "cafe", "naïve", "naive", "x", "y", "", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "a" * 45]
distances = []
for a in WORDS:
    for b in WORDS:
        for cost in (0, 3, 10, 100):
            distances.append([a, b, cost, traceback._levenshtein_distance(a, b, cost)])
alphabet = "abcdeABCDE_1é"
for _ in range(300):
    a = "".join(random.choice(alphabet) for _ in range(random.randint(0, 12)))
    b = "".join(random.choice(alphabet) for _ in range(random.randint(0, 12)))
    distances.append([a, b, 20, traceback._levenshtein_distance(a, b, 20)])
suggestions = []
for wrong in ["apend", "uper", "prnt", "lem", "valuez", "numbrs", "bit_lenght", "sqr", "iterms", "__lenn__", "Tru", "xx", "zzzzzzzz"]:
    cands = sorted(set(WORDS + ["True", "False", "None", "print", "sorted", "sum"]))
    suggestions.append([wrong, cands, _suggestions._generate_suggestions(cands, wrong)])
suggestions.append(["x", ["a%d" % i for i in range(750)] + ["x1"], _suggestions._generate_suggestions(["a%d" % i for i in range(750)] + ["x1"], "x")])
suggestions.append(["x", ["a%d" % i for i in range(749)] + ["x1"], _suggestions._generate_suggestions(["a%d" % i for i in range(749)] + ["x1"], "x")])
os.makedirs(os.path.join(ROOT, "runtime/builtins/testdata"), exist_ok=True)
with open(os.path.join(ROOT, "runtime/builtins/testdata/suggestions.json"), "w", encoding="utf-8") as f:
    json.dump({"distances": distances, "suggestions": suggestions}, f, ensure_ascii=False)
print(len(distances), "distances,", len(suggestions), "suggestions")
