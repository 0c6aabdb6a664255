# a class body with return: "'return' outside function" at compile time, nothing runs, exit status 1
print("never printed")
class Config:
    debug = True
    return debug
