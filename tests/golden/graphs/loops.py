# Nested loops, a branch, a call between module functions and a builtin call.
def total(n):
    result = 0
    for i in range(n):
        j = 0
        while j < i:
            if (i + j) % 3 == 0:
                result += j
            j += 1
    return result


def report(n):
    value = total(n)
    print("total", value)
    return value


report(2 + 3)
