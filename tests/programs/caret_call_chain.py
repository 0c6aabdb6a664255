# Carets on a call nested in an argument list and on a method call; none for a whole-line call.
def parse(text):
    return int(text)
def total(items):
    return sum([parse(x) for x in items])
values = ["1", "2", "x3"]
result = total(values)
print(result)
