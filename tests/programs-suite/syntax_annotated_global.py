# global after an annotation of the same name: "annotated name 'x' can't be global", exit status 1
x: int = 0
def f():
    x: int = 1
    global x
