# Literal patterns: numbers (negative, complex, floats), strings, bytes, and the singletons
# None/True/False, which compare by identity (so 1 does not match True, but True matches 1).
def kind(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case 3j:
            return "3j"
        case -1 - 2j:
            return "-1-2j"
        case 1 + 2j:
            return "1+2j"
        case "":
            return "empty str"
        case "abc" "def":
            return "concatenated str"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 10:
            return "ten"
    return "no match"


for value in [0, 0.0, -0.0, -1, -1.0, 1.5, -2.5, 3j, complex(-1, -2), 1 + 2j, "", "abcdef", b"raw",
              None, True, False, 1, 10, 10.0, "10", [], 2 ** 70]:
    print(repr(value), "->", kind(value))

# True is 1 but `case 1` is tested before `case True`: order decides.
match True:
    case 1:
        print("True matched case 1")
match 1:
    case True:
        print("wrong")
    case _:
        print("1 is not True")
match 0:
    case False:
        print("wrong")
    case 0:
        print("0 is not False")
