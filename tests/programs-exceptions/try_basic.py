# try/except/else/finally in the basic combinations, with the runtime's own errors caught.
def div(a, b):
    try:
        r = a // b
    except ZeroDivisionError as e:
        print("caught:", e, e.args)
        return None
    else:
        print("else runs", r)
        return r
    finally:
        print("finally", a, b)

print(div(7, 2))
print(div(1, 0))

for bad in ([1, 2], {"a": 1}, "xyz", None):
    try:
        print(bad[5])
    except IndexError as e:
        print("IndexError:", e)
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
    except TypeError as e:
        print("TypeError:", e)

try:
    int("twelve")
except ValueError as e:
    print(type(e).__name__, e)

try:
    undefined_name
except NameError as e:
    print(e)

try:
    pass
except Exception:
    print("not reached")
else:
    print("else without exception")
finally:
    print("finally without exception")

try:
    x = 1 + "a"
except (ValueError, TypeError) as e:
    print("tuple clause:", e)

try:
    [].pop()
except:
    print("bare except")
