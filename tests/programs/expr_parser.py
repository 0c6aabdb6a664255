# A recursive-descent parser and evaluator for arithmetic with variables.
def parse(text):
    tokens = text.replace("(", " ( ").replace(")", " ) ").split()
    pos = [0]

    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else None

    def take():
        t = tokens[pos[0]]
        pos[0] += 1
        return t

    def expr():
        node = term()
        while peek() in ("+", "-"):
            op = take()
            node = (op, node, term())
        return node

    def term():
        node = factor()
        while peek() in ("*", "/"):
            op = take()
            node = (op, node, factor())
        return node

    def factor():
        t = take()
        if t == "(":
            node = expr()
            take()
            return node
        if t == "-":
            return ("neg", factor())
        if t.isdigit():
            return ("num", int(t))
        return ("var", t)

    return expr()

def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return a + b if kind == "+" else a - b if kind == "-" else a * b if kind == "*" else a / b

def show(node):
    if node[0] in ("num", "var"):
        return str(node[1])
    if node[0] == "neg":
        return "(-" + show(node[1]) + ")"
    return "(" + show(node[1]) + " " + node[0] + " " + show(node[2]) + ")"

env = {"x": 3, "y": 4, "big": 10**20}
for text in ["1 + 2 * 3", "( 1 + 2 ) * 3", "x * x + y * y", "- x + 10", "big * big - 1", "x / y", "2 * ( x + ( y - 1 ) * 2 )"]:
    tree = parse(text)
    print(text, "|", show(tree), "|", evaluate(tree, env))
print(parse("a + b * c"))
