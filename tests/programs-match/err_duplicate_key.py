# Equal literal keys in a mapping pattern are a SyntaxError (1 and 1.0 and True are equal).
print("never printed")
match {}:
    case {"a": 1, 1: 2, True: 3}:
        pass
