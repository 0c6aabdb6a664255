# TypeError from adding str and int.
parts = ["a", "b", 3]
acc = ""
for p in parts:
    print(repr(acc))
    acc = acc + p
