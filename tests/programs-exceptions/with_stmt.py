# with statements: protocol errors, and exceptions leaving a with body.
try:
    with 5:
        pass
except TypeError as e:
    print(e)

try:
    with open_thing:
        pass
except NameError as e:
    print(e)

def f():
    try:
        with [1, 2] as x:
            print(x)
    except TypeError as e:
        return str(e)

print(f())
