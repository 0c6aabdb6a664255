# NameError for a standard library module that was not imported.
values = [1, 2, 3]
print(sum(values))
print(math.sqrt(sum(values)))
