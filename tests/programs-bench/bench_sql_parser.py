"""A sqlglot-like SQL front end: tokenizer, Pratt/recursive-descent parser to an AST of
dataclasses, a normalizing pretty-printer, and a tiny evaluator over in-memory tables (own version)."""
from dataclasses import dataclass, field
from typing import Any
import re

KEYWORDS = {"SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "AS", "ORDER", "BY", "ASC", "DESC", "LIMIT",
            "GROUP", "COUNT", "SUM", "IN", "IS", "NULL", "LIKE", "BETWEEN"}
TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\d+)|('(?:[^']|'')*')|([A-Za-z_][A-Za-z_0-9]*)|(<=|>=|<>|!=|[-+*/%(),.=<>]))")


@dataclass
class Tok:
    kind: str
    text: str
    pos: int


def tokenize(sql):
    pos, out = 0, []
    sql = sql.rstrip()
    while pos < len(sql):
        m = TOKEN_RE.match(sql, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad character {sql[pos]!r} at {pos}")
        num, s, word, op = m.groups()
        start = m.start(m.lastindex)
        if num:
            out.append(Tok("NUM", num, start))
        elif s:
            out.append(Tok("STR", s[1:-1].replace("''", "'"), start))
        elif word:
            up = word.upper()
            out.append(Tok("KW", up, start) if up in KEYWORDS else Tok("ID", word, start))
        else:
            out.append(Tok("OP", op, start))
        pos = m.end()
    out.append(Tok("EOF", "", pos))
    return out


@dataclass
class Col:
    name: str
    table: str | None = None


@dataclass
class Lit:
    value: Any


@dataclass
class Bin:
    op: str
    left: Any
    right: Any


@dataclass
class Un:
    op: str
    arg: Any


@dataclass
class Call:
    fn: str
    args: list


@dataclass
class Select:
    cols: list
    table: str
    where: Any = None
    group: list = field(default_factory=list)
    order: list = field(default_factory=list)
    limit: int | None = None


PREC = {"OR": 1, "AND": 2, "=": 4, "<>": 4, "!=": 4, "<": 4, ">": 4, "<=": 4, ">=": 4, "LIKE": 4, "IN": 4,
        "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}


class Parser:
    def __init__(self, sql):
        self.toks = tokenize(sql)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, text=None):
        t = self.toks[self.i]
        if (kind and t.kind != kind) or (text and t.text != text):
            raise SyntaxError(f"expected {text or kind} at {t.pos}, got {t.text or 'end'!r}")
        self.i += 1
        return t

    def accept(self, text):
        if self.peek().text == text:
            self.i += 1
            return True
        return False

    def select(self):
        self.take("KW", "SELECT")
        cols = [self.aliased()]
        while self.accept(","):
            cols.append(self.aliased())
        self.take("KW", "FROM")
        q = Select(cols, self.take("ID").text)
        if self.accept("WHERE"):
            q.where = self.expr(0)
        if self.accept("GROUP"):
            self.take("KW", "BY")
            q.group.append(self.expr(0))
            while self.accept(","):
                q.group.append(self.expr(0))
        if self.accept("ORDER"):
            self.take("KW", "BY")
            while True:
                e = self.expr(0)
                desc = self.accept("DESC") or (self.accept("ASC") and False)
                q.order.append((e, desc))
                if not self.accept(","):
                    break
        if self.accept("LIMIT"):
            q.limit = int(self.take("NUM").text)
        self.take("EOF")
        return q

    def aliased(self):
        e = self.expr(0)
        if self.accept("AS"):
            return (e, self.take("ID").text)
        return (e, None)

    def expr(self, min_prec):
        left = self.unary()
        while True:
            t = self.peek()
            op = t.text
            if op == "NOT" and self.toks[self.i + 1].text in ("IN", "LIKE"):
                self.i += 1
                inner = self.binary_rest(self.peek().text, left)
                left = Un("NOT", inner)
                continue
            if op not in PREC or PREC[op] <= min_prec or t.kind not in ("OP", "KW"):
                return left
            left = self.binary_rest(op, left)

    def binary_rest(self, op, left):
        self.i += 1
        if op == "IN":
            self.take("OP", "(")
            items = [self.expr(0)]
            while self.accept(","):
                items.append(self.expr(0))
            self.take("OP", ")")
            return Bin("IN", left, items)
        return Bin(op, left, self.expr(PREC[op]))

    def unary(self):
        t = self.peek()
        if t.text == "NOT":
            self.i += 1
            return Un("NOT", self.expr(3))
        if t.text == "-":
            self.i += 1
            return Un("-", self.unary())
        if t.text == "(":
            self.i += 1
            e = self.expr(0)
            self.take("OP", ")")
            return e
        if t.kind == "NUM":
            self.i += 1
            return Lit(float(t.text) if "." in t.text else int(t.text))
        if t.kind == "STR":
            self.i += 1
            return Lit(t.text)
        if t.text == "NULL":
            self.i += 1
            return Lit(None)
        if t.text in ("COUNT", "SUM"):
            self.i += 1
            self.take("OP", "(")
            arg = Lit("*") if self.accept("*") else self.expr(0)
            self.take("OP", ")")
            return Call(t.text, [arg])
        if t.kind == "ID":
            self.i += 1
            if self.accept("."):
                return Col(self.take("ID").text, t.text)
            return Col(t.text)
        raise SyntaxError(f"unexpected {t.text or 'end'!r} at {t.pos}")


def render(e):
    match e:
        case Col(name, None): return name
        case Col(name, table): return f"{table}.{name}"
        case Lit(None): return "NULL"
        case Lit(str() as s): return "'" + s.replace("'", "''") + "'"
        case Lit(v): return repr(v)
        case Un("NOT", a): return f"NOT {render(a)}"
        case Un(op, a): return f"{op}{render(a)}"
        case Bin("IN", l, items): return f"{render(l)} IN ({', '.join(map(render, items))})"
        case Bin(op, l, r): return f"({render(l)} {op} {render(r)})"
        case Call(fn, args): return f"{fn}({', '.join(map(render, args))})"
        case Select():
            cols = ", ".join(render(c) + (f" AS {a}" if a else "") for c, a in e.cols)
            out = f"SELECT {cols} FROM {e.table}"
            if e.where is not None:
                out += f" WHERE {render(e.where)}"
            if e.group:
                out += " GROUP BY " + ", ".join(map(render, e.group))
            if e.order:
                out += " ORDER BY " + ", ".join(render(x) + (" DESC" if d else "") for x, d in e.order)
            if e.limit is not None:
                out += f" LIMIT {e.limit}"
            return out
    raise TypeError(e)


def like(s, pat):
    rx = "^" + "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pat) + "$"
    return re.match(rx, s) is not None


def ev(e, row):
    match e:
        case Col(name): return row[name]
        case Lit(v): return v
        case Un("NOT", a): return not ev(a, row)
        case Un("-", a): return -ev(a, row)
        case Bin("AND", l, r): return ev(l, row) and ev(r, row)
        case Bin("OR", l, r): return ev(l, row) or ev(r, row)
        case Bin("IN", l, items): return ev(l, row) in [ev(i, row) for i in items]
        case Bin("LIKE", l, r): return like(ev(l, row), ev(r, row))
        case Bin(op, l, r):
            a, b = ev(l, row), ev(r, row)
            return {"=": a == b, "<>": a != b, "!=": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b,
                    "+": a + b if op == "+" else None, "-": a - b if op == "-" else None,
                    "*": a * b if op == "*" else None, "/": a / b if op == "/" and b else None,
                    "%": a % b if op == "%" and b else None}[op]
    raise TypeError(e)


def run(q, tables):
    rows = [r for r in tables[q.table] if q.where is None or ev(q.where, r)]
    if q.group:
        groups = {}
        for r in rows:
            groups.setdefault(tuple(ev(g, r) for g in q.group), []).append(r)
        out = []
        for key, grp in groups.items():
            rec = {}
            for c, alias in q.cols:
                name = alias or render(c)
                if isinstance(c, Call):
                    vals = [1 if isinstance(c.args[0], Lit) else ev(c.args[0], r) for r in grp]
                    rec[name] = len(vals) if c.fn == "COUNT" else sum(vals)
                else:
                    rec[name] = ev(c, grp[0])
            out.append(rec)
    else:
        out = [{(a or render(c)): ev(c, r) for c, a in q.cols} for r in rows]
    for e, desc in reversed(q.order):
        key = render(e)
        out.sort(key=lambda r: r[key], reverse=desc)
    return out[:q.limit] if q.limit is not None else out


QUERIES = [
    "select name, age from people where age >= 30 and city = 'Oslo' order by age desc, name limit 5",
    "SELECT city, COUNT(*) AS n, SUM(age) AS total FROM people GROUP BY city ORDER BY n DESC, city",
    "select name from people where name like 'A%' or (age between_x) ",
    "select name, age * 2 + 1 as score from people where not age < 40 and city in ('Rome', 'Lima') order by score limit 4",
    "select p.name from people where name not like '%e%' and age % 7 = 0 order by name",
    "select 'it''s', -age from people where age = 21 limit 2",
    "select from people",
    "select name from people where age > 'x' $",
]


def main():
    cities = ["Oslo", "Rome", "Lima", "Pune", "Kyiv"]
    names = ["Ann", "Bob", "Cid", "Dee", "Eve", "Abe", "Ada", "Ike", "Joe", "Kim"]
    people = [{"name": f"{names[i % 10]}{i}", "age": 18 + (i * 37) % 50, "city": cities[(i * 7) % 5]} for i in range(150)]
    tables = {"people": people}
    for sql in QUERIES:
        try:
            q = Parser(sql).select()
        except SyntaxError as e:
            print("SyntaxError:", e)
            continue
        text = render(q)
        again = render(Parser(text).select())
        print(text, text == again)
        try:
            res = run(q, tables)
            print(" ", len(res), res[:3])
        except (KeyError, TypeError) as e:
            print("  error:", type(e).__name__, e)
    total = 0
    for i in range(60):
        q = Parser(f"select name, age from people where age > {i % 50} and (city = 'Oslo' or city = 'Rome') order by age limit 3").select()
        total += len(render(q)) + len(q.cols)
    print("total", total, len(tokenize(QUERIES[3])))


main()
