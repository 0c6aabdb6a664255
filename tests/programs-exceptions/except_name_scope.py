# `except E as name` unbinds the name at the end of the handler, in functions and modules.
def f():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("inside", e)
    try:
        print(e)
    except UnboundLocalError as u:
        print("UnboundLocalError:", u)

f()
try:
    [][0]
except IndexError as err:
    pass
try:
    print(err)
except NameError as n:
    print("NameError:", n)

def returns_in_handler():
    try:
        raise ValueError("v")
    except ValueError as exc:
        return repr(exc)

print(returns_in_handler())
