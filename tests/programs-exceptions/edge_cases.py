# Exceptions through comprehensions, else blocks, recursion, del of the as-name, loops with finally, handled stacks after break.
def boom(n):
    return [10 // x for x in range(n, -1, -1)]

try:
    boom(3)
except ZeroDivisionError as e:
    print("comprehension:", e)

def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")

try:
    else_raises()
except ValueError as e:
    print("else:", e, repr(e.__context__))

def deep(n):
    return deep(n + 1)

try:
    deep(0)
except RecursionError as e:
    print("recursion:", e)

def user_del():
    try:
        raise KeyError(1)
    except KeyError as e:
        del e
    return "ok"
print(user_del())

def finally_normal():
    try:
        x = 1
    finally:
        y = x + 1
    return y
print(finally_normal())

def while_with_finally():
    n = 0
    while n < 5:
        n += 1
        try:
            if n == 2:
                continue
            if n == 4:
                return n
        finally:
            print("f", n)
    return -1
print(while_with_finally())

def exc_in_handler_caught_inside():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError as inner:
            return repr(inner.__context__)
print(exc_in_handler_caught_inside())

def gen_finally_exc():
    try:
        try:
            raise ValueError("a")
        finally:
            raise TypeError("b")
    except TypeError as e:
        return repr(e), repr(e.__context__)
print(gen_finally_exc())

def break_in_except():
    for i in range(5):
        try:
            raise IndexError(i)
        except IndexError:
            if i == 2:
                break
    try:
        raise
    except RuntimeError as e:
        return i, str(e)
print(break_in_except())
x = 0
try:
    x = 1
    raise ValueError
except ValueError:
    x += 10
finally:
    x += 100
print(x)
