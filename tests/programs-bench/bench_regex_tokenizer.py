"""A regex-driven SQL-ish tokenizer and some regex_v8/regex_effbot style matching (own version)."""
import re
from enum import Enum
from typing import NamedTuple, Iterator


class TT(Enum):
    NUMBER = "NUMBER"
    STRING = "STRING"
    IDENT = "IDENT"
    KEYWORD = "KEYWORD"
    OP = "OP"
    WS = "WS"
    COMMENT = "COMMENT"


KEYWORDS = {"select", "from", "where", "and", "or", "not", "as", "order", "by", "limit", "join", "on"}

TOKEN_SPEC = [
    (TT.COMMENT, r"--[^\n]*"),
    (TT.NUMBER, r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    (TT.STRING, r"'(?:[^'\\]|\\.|'')*'"),
    (TT.IDENT, r"[A-Za-z_][A-Za-z0-9_]*|\"[^\"]+\""),
    (TT.OP, r"<=|>=|<>|!=|[-+*/%(),.;=<>]"),
    (TT.WS, r"\s+"),
]
MASTER = re.compile("|".join(f"(?P<{tt.name}>{pat})" for tt, pat in TOKEN_SPEC), re.MULTILINE)


class Token(NamedTuple):
    type: TT
    text: str
    line: int
    col: int


class TokenizeError(Exception):
    pass


def tokenize(src: str) -> Iterator[Token]:
    line, line_start, pos = 1, 0, 0
    while pos < len(src):
        m = MASTER.match(src, pos)
        if m is None:
            raise TokenizeError(f"unexpected {src[pos]!r} at {line}:{pos - line_start + 1}")
        kind = TT[m.lastgroup]
        text = m.group()
        if kind is TT.IDENT and text.lower() in KEYWORDS:
            kind = TT.KEYWORD
        if kind not in (TT.WS, TT.COMMENT):
            yield Token(kind, text, line, m.start() - line_start + 1)
        nl = text.count("\n")
        if nl:
            line += nl
            line_start = m.start() + text.rindex("\n") + 1
        pos = m.end()


SQL = """select a.id, b.name as "Full Name", 3.5e2 * count(x) -- total
from accounts a join branch b on a.bid = b.id
where a.balance >= 100.25 and b.city <> 'O''Hare\\n' or not a.flag
order by 2 limit 10;"""


def main():
    toks = list(tokenize(SQL))
    print(len(toks))
    for t in toks[:12]:
        print(t.type.name, repr(t.text), t.line, t.col)
    counts = {}
    for t in toks:
        counts[t.type.value] = counts.get(t.type.value, 0) + 1
    print(sorted(counts.items()))
    try:
        list(tokenize("select # from t"))
    except TokenizeError as e:
        print("error:", e)

    text = "From: alice@example.com, bob.smith@mail.example.org; bad@; carol+tag@x.io"
    emails = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
    print(emails)
    print([m.span() for m in re.finditer(r"\b\w+@", text)])
    print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", text))
    print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
    print(re.split(r"[,;]\s*", text))
    print(re.split(r"(\d)", "a1b2c", maxsplit=1))
    date = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
    m = date.search("on 2024-02-29 and 2023-12-31")
    print(m.group("y"), m["m"], m.groupdict(), m.groups(), m.start("d"), m.re.pattern)
    print(date.sub(r"\g<d>/\g<m>/\g<y>", "2024-02-29 then 2023-12-31"))
    print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
    print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"))
    print(re.findall(r"(\w)(\d)", "a1 b2 c"), re.subn(r"o", "0", "foo boo"))
    print(re.compile(r"^\s*#", re.M).findall("x\n  # c\n#d"), re.I | re.S)
    print(re.escape("a.b*c"), bool(re.search(r"(?i)HELLO", "say hello")))
    words = re.findall(r"\b[a-z]{4,}\b", SQL.lower())
    print(sorted(set(words)))
    print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
    print(re.match(r"(\w+) \1", "hello hello world").group(0))
    pat = re.compile(r"\s+")
    print(pat.split("  a b   c "), pat.sub(" ", "  a b   c ").strip())
    print(repr(date), date.groups, date.groupindex["m"], date.flags & re.UNICODE != 0)


if __name__ == "__main__":
    main()
