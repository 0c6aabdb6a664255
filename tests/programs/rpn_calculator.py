# A reverse Polish notation calculator and an infix-to-RPN converter (shunting-yard).
OPS = {"+": (1, lambda a, b: a + b), "-": (1, lambda a, b: a - b), "*": (2, lambda a, b: a * b),
       "/": (2, lambda a, b: a / b), "//": (2, lambda a, b: a // b), "%": (2, lambda a, b: a % b), "^": (3, lambda a, b: a ** b)}

def rpn(tokens):
    st = []
    for t in tokens:
        if t in OPS:
            b = st.pop()
            a = st.pop()
            st.append(OPS[t][1](a, b))
        else:
            st.append(float(t) if "." in t else int(t))
    return st[0]

def tokenize(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            out.append(s[i:j]); i = j
        elif s[i:i + 2] == "//":
            out.append("//"); i += 2
        else:
            out.append(c); i += 1
    return out

def to_rpn(tokens):
    out, st = [], []
    for t in tokens:
        if t in OPS:
            while st and st[-1] in OPS and (OPS[st[-1]][0] > OPS[t][0] or (OPS[st[-1]][0] == OPS[t][0] and t != "^")):
                out.append(st.pop())
            st.append(t)
        elif t == "(":
            st.append(t)
        elif t == ")":
            while st[-1] != "(":
                out.append(st.pop())
            st.pop()
        else:
            out.append(t)
    return out + st[::-1]

for expr in ["3 + 4 * 2", "(1 + 2) * (3 + 4)", "2 ^ 3 ^ 2", "100 // 7 % 4", "7 / 2 - 0.5", "2 ^ 100", "((15 / (7 - (1 + 1))) * 3) - (2 + (1 + 1))", "-7 // 2" if False else "17 % 5 * 3"]:
    r = to_rpn(tokenize(expr))
    print(expr, "=>", " ".join(r), "=", rpn(r))
print(rpn("5 1 2 + 4 * + 3 -".split()), rpn("2 0.5 ^".split()), rpn("10 3 //".split()))
