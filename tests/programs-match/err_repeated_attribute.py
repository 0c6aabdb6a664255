# A keyword attribute named twice in a class pattern is a SyntaxError.
print("never printed")
match 5:
    case int(real=1, imag=0, real=2):
        pass
