# return/break/continue crossing finally and except blocks; return in finally wins.
def f(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "many"
    except ValueError:
        return "from except"
    finally:
        print("finally for", n)

for n in range(3):
    print(f(n))

def override():
    try:
        return "try"
    finally:
        return "finally"

print(override())

def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i == 1:
                break
    return i

print(swallow())

def loop():
    out = []
    for i in range(6):
        try:
            if i % 2 == 0:
                continue
            if i == 5:
                break
            out.append(i)
        finally:
            out.append(-i)
    else:
        out.append("else")
    return out

print(loop())

def nested():
    log = []
    try:
        try:
            try:
                return log
            finally:
                log.append("inner")
        finally:
            log.append("middle")
    finally:
        log.append("outer")

print(nested())

def while_loop():
    i = 0
    while True:
        try:
            i += 1
            if i < 3:
                continue
            break
        finally:
            print("iteration", i)
    return i

print(while_loop())

def in_handler():
    for i in range(3):
        try:
            1 / 0
        except ZeroDivisionError:
            if i == 0:
                continue
            return i
    return -1

print(in_handler())
