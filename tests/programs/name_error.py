# NameError for an undefined name, with CPython's suggestion text.
values = [1, 2, 3]
print(sum(values))
print(valuez)
