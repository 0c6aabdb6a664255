# ValueError from int() of a bad literal.
for s in ["12", "-7", "0x10", " 42 "]:
    try_base = 16 if s.startswith("0x") else 10
    print(s, int(s, try_base) if try_base == 10 else int(s[2:], 16))
print(int("12abc"))
