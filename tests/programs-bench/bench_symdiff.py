"""Symbolic differentiation and simplification of expression trees (own sympy-free version)."""
from fractions import Fraction


class Expr:
    def __add__(self, o): return Add(self, lift(o))
    def __radd__(self, o): return Add(lift(o), self)
    def __mul__(self, o): return Mul(self, lift(o))
    def __rmul__(self, o): return Mul(lift(o), self)
    def __sub__(self, o): return Add(self, Mul(Const(-1), lift(o)))
    def __pow__(self, o): return Pow(self, lift(o))
    def __neg__(self): return Mul(Const(-1), self)


def lift(x):
    if isinstance(x, Expr):
        return x
    return Const(Fraction(x))


class Const(Expr):
    __match_args__ = ("v",)
    def __init__(self, v): self.v = Fraction(v)
    def __eq__(self, o): return isinstance(o, Const) and o.v == self.v
    def __hash__(self): return hash(("c", self.v))
    def __str__(self):
        if self.v.denominator == 1:
            return str(self.v.numerator)
        return f"({self.v})"


class Var(Expr):
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name
    def __eq__(self, o): return isinstance(o, Var) and o.name == self.name
    def __hash__(self): return hash(("v", self.name))
    def __str__(self): return self.name


class Add(Expr):
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
    def __eq__(self, o): return isinstance(o, Add) and (o.a, o.b) == (self.a, self.b)
    def __hash__(self): return hash(("+", self.a, self.b))
    def __str__(self): return f"({self.a} + {self.b})"


class Mul(Expr):
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
    def __eq__(self, o): return isinstance(o, Mul) and (o.a, o.b) == (self.a, self.b)
    def __hash__(self): return hash(("*", self.a, self.b))
    def __str__(self): return f"{self.a}*{self.b}"


class Pow(Expr):
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
    def __eq__(self, o): return isinstance(o, Pow) and (o.a, o.b) == (self.a, self.b)
    def __hash__(self): return hash(("^", self.a, self.b))
    def __str__(self): return f"{self.a}^{self.b}"


class Fn(Expr):
    __match_args__ = ("name", "arg")
    def __init__(self, name, arg): self.name, self.arg = name, arg
    def __eq__(self, o): return isinstance(o, Fn) and (o.name, o.arg) == (self.name, self.arg)
    def __hash__(self): return hash(("f", self.name, self.arg))
    def __str__(self): return f"{self.name}({self.arg})"


def sin(e): return Fn("sin", lift(e))
def cos(e): return Fn("cos", lift(e))
def exp(e): return Fn("exp", lift(e))
def ln(e): return Fn("ln", lift(e))


def diff(e, x):
    match e:
        case Const():
            return Const(0)
        case Var(name):
            return Const(1 if name == x.name else 0)
        case Add(a, b):
            return Add(diff(a, x), diff(b, x))
        case Mul(a, b):
            return Add(Mul(diff(a, x), b), Mul(a, diff(b, x)))
        case Pow(a, Const(n)):
            return Mul(Mul(Const(n), Pow(a, Const(n - 1))), diff(a, x))
        case Pow(a, b):
            return diff(exp(Mul(b, ln(a))), x)
        case Fn("sin", a):
            return Mul(cos(a), diff(a, x))
        case Fn("cos", a):
            return Mul(Mul(Const(-1), sin(a)), diff(a, x))
        case Fn("exp", a):
            return Mul(e, diff(a, x))
        case Fn("ln", a):
            return Mul(Pow(a, Const(-1)), diff(a, x))
    raise TypeError(f"cannot differentiate {e!r}")


def simplify(e):
    match e:
        case Add(a, b):
            a, b = simplify(a), simplify(b)
            match (a, b):
                case (Const(0), _): return b
                case (_, Const(0)): return a
                case (Const(p), Const(q)): return Const(p + q)
                case _ if a == b: return simplify(Mul(Const(2), a))
            return Add(a, b)
        case Mul(a, b):
            a, b = simplify(a), simplify(b)
            match (a, b):
                case (Const(0), _) | (_, Const(0)): return Const(0)
                case (Const(1), _): return b
                case (_, Const(1)): return a
                case (Const(p), Const(q)): return Const(p * q)
                case (Const(p), Mul(Const(q), c)): return simplify(Mul(Const(p * q), c))
                case (_, Const()): return simplify(Mul(b, a))
            return Mul(a, b)
        case Pow(a, b):
            a, b = simplify(a), simplify(b)
            match (a, b):
                case (_, Const(0)): return Const(1)
                case (_, Const(1)): return a
                case (Const(p), Const(q)) if q.denominator == 1: return Const(p ** int(q))
            return Pow(a, b)
        case Fn(name, a):
            return Fn(name, simplify(a))
    return e


def evaluate(e, env):
    import math
    match e:
        case Const(v): return float(v)
        case Var(n): return env[n]
        case Add(a, b): return evaluate(a, env) + evaluate(b, env)
        case Mul(a, b): return evaluate(a, env) * evaluate(b, env)
        case Pow(a, b): return evaluate(a, env) ** evaluate(b, env)
        case Fn(name, a): return getattr(math, {"ln": "log"}.get(name, name))(evaluate(a, env))


def size(e):
    match e:
        case Add(a, b) | Mul(a, b) | Pow(a, b): return 1 + size(a) + size(b)
        case Fn(_, a): return 1 + size(a)
    return 1


def main():
    x, y = Var("x"), Var("y")
    exprs = [
        x ** 3 + 2 * x ** 2 - x + 7,
        sin(x) * cos(x),
        exp(2 * x) * ln(x),
        (x + y) ** 4,
        x ** x,
        sin(x ** 2 + y) * exp(-x),
        Fraction(1, 3) * x ** 3 - Fraction(5, 2) * x,
    ]
    for e in exprs:
        d = simplify(diff(e, x))
        d2 = simplify(diff(d, x))
        print(f"d/dx {e}")
        print(f"   = {d}")
        print(f"  size {size(d)} {size(d2)}  at x=1.5,y=0.5: {evaluate(d, {'x': 1.5, 'y': 0.5}):.6f} {evaluate(d2, {'x': 1.5, 'y': 0.5}):.6f}")
    # repeated differentiation grows trees; hashing dedups subtrees
    e = sin(x) * exp(x)
    seen = set()
    for n in range(6):
        e = simplify(diff(e, x))
        seen.add(e)
        print(n, size(e), round(evaluate(e, {"x": 0.3}), 9))
    print("distinct", len(seen))
    # numeric check of derivative by finite differences
    f = x ** 3 * sin(x) + exp(x)
    df = simplify(diff(f, x))
    for xv in (0.1, 0.7, 1.3):
        h = 1e-6
        num = (evaluate(f, {"x": xv + h}) - evaluate(f, {"x": xv - h})) / (2 * h)
        print(f"{xv}: {evaluate(df, {'x': xv}):.5f} ~ {num:.5f}")
    try:
        diff(object(), x)
    except TypeError as err:
        print("TypeError", str(err).split(" object at")[0])


main()
