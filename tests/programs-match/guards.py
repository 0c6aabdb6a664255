# Guards run after the pattern matched and its names were bound; a false guard moves on to
# the next case. Side effects show the order.
log = []


def check(name, result):
    log.append(name)
    return result


def classify(n):
    match n:
        case int(x) if check("negative?", x < 0):
            return "negative"
        case int(x) if check("even?", x % 2 == 0) and check("big?", x > 100):
            return "big even"
        case int(x) if check("even?", x % 2 == 0):
            return "even"
        case int() if check("odd", True):
            return "odd"
        case _:
            return "not an int"


for n in [-5, 200, 4, 7, "s"]:
    log.clear()
    print(n, classify(n), log)


def walrus(values):
    match values:
        case [x, y] if (total := x + y) > 10:
            return f"big sum {total}"
        case [x, y]:
            return f"sum {total}"


print(walrus([5, 6]))
print(walrus([1, 2]))

# An exception in a guard propagates; the names are bound already.
try:
    match [1, 0]:
        case [a, b] if a / b:
            print("wrong")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "a =", a, "b =", b)
