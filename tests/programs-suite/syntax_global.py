# a compile-time error anywhere in the file: nothing runs, SyntaxError on stderr, exit status 1
print("never printed")
counter = 0
def bump():
    counter = 1
    global counter
    return counter
