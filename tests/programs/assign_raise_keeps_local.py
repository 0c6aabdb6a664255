# An assignment whose value raises leaves the target as it was; a for loop's variable keeps its
# last item after the loop; comparisons that feed an if/while see every operand type.
def divide_into(x, d):
    try:
        x = x / d
    except ZeroDivisionError:
        print("kept", x)
    return x


def parse_or_keep(y, text):
    try:
        y = int(text)
    except ValueError as e:
        print("kept", y, "-", e)
    return y


def attr_or_keep(obj, z):
    try:
        z = obj.missing
    except AttributeError:
        print("kept", z)
    return z


def last_item(items):
    i = "none"
    for i in items:
        pass
    return i


def count_below(xs, limit):
    n = 0
    for x in xs:
        if x < limit:
            n += 1
        elif x == limit:
            n += 100
    return n


print(divide_into(7, 0), divide_into(7, 2))
print(parse_or_keep(3, "z"), parse_or_keep(3, "42"))
print(attr_or_keep(object(), "old"))
print(last_item([]), last_item([1, 2, 3]), last_item("ab"))
print(count_below([1, 2.5, 3, 10**20, -1, 2], 3), count_below(["a", "b", "c"], "b"))
k = 0
while k < 5:
    k += 2
print(k)
w = 0
while w != 3.0:
    w += 1
print(w)
