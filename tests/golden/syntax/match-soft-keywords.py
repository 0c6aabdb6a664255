match = 1
case = 2
match(x)
match[1]
match.attr = case
_ = match
type = 3
print(type)
match match:
    case case:
        pass
match -x:
    case 1:
        pass
match a, b:
    case 1, 2:
        pass
match *a, b:
    case _:
        pass
