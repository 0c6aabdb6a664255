# ValueError: list.remove(x): x not in list.
items = ["a", "b", "c"]
items.remove("b")
print(items)
items.remove("z")
