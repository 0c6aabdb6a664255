# ZeroDivisionError from a call nested in an expression: anchors on the call and the division.
def mean(xs):
    return sum(xs) / len(xs)
data = {"a": [1, 2, 3], "b": []}
for key in data:
    print(key, round(mean(data[key]) * 100) / 100)
