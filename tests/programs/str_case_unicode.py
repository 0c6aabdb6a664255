# Case mappings beyond ASCII: German sharp s, Greek final sigma, Turkish dotted I, titlecase digraphs.
for s in ["straße", "ΟΔΥΣΣΕΥΣ", "İstanbul", "ǆemal", "ﬀ ligature", "ÀÉÎÕÜ", "hello WORLD 123", "ǈ", "Σ", "ΑΣ ΣΑ"]:
    print(s, s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), len(s.upper()))
print("ß".isupper(), "ß".islower(), "ǅ".istitle(), "Σ".isupper(), "ⅷ".isnumeric(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
print("١٢٣".isdecimal(), "abc١".isalnum(), "\u00a0".isspace(), "\u2028".isspace(), "x\u0301".isalpha(), "𝒳".isalpha(), "😀".isalpha())
print(sorted("ÄaZzäB"), "é" == "e\u0301", len("e\u0301"), "e\u0301".upper())
