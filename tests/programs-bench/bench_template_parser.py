"""A tomli-like config parser and a mini template engine (own versions)."""
import re
from dataclasses import dataclass
from typing import Any


class ParseError(ValueError):
    def __init__(self, msg, line):
        super().__init__(f"{msg} (at line {line})")
        self.line = line


_KEY = re.compile(r"[A-Za-z0-9_-]+")


def parse_value(text, line):
    text = text.strip()
    if text.startswith('"'):
        if not text.endswith('"') or len(text) < 2:
            raise ParseError("unterminated string", line)
        return text[1:-1].encode().decode("unicode_escape") if "\\" in text else text[1:-1]
    if text in ("true", "false"):
        return text == "true"
    if text.startswith("["):
        inner = text[1:-1].strip()
        return [parse_value(p, line) for p in inner.split(",")] if inner else []
    try:
        return int(text.replace("_", ""), 0) if not re.search(r"[.eE]", text) or text.startswith("0x") else float(text)
    except ValueError:
        raise ParseError(f"invalid value {text!r}", line) from None


def loads(src):
    root: dict[str, Any] = {}
    table = root
    for n, raw in enumerate(src.splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if '"' not in raw else raw.strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            table = root
            for part in line[1:-1].split("."):
                table = table.setdefault(part.strip(), {})
                if not isinstance(table, dict):
                    raise ParseError("not a table", n)
            continue
        key, sep, val = line.partition("=")
        key = key.strip()
        if not sep or not _KEY.fullmatch(key):
            raise ParseError(f"bad key {key!r}", n)
        if key in table:
            raise ParseError(f"duplicate key {key!r}", n)
        table[key] = parse_value(val, n)
    return root


CONFIG = """
# service config
title = "bench"
version = 3
ratio = 0.75
debug = false
hex = 0xff
big = 1_000_000
[server]
host = "localhost"
ports = [8080, 8081, 8082]
[server.tls]
enabled = true
ciphers = ["a", "b"]
[[weird]]
"""


class Template:
    TOKEN = re.compile(r"\{\{\s*(.+?)\s*\}\}|\{%\s*(\w+)\s*(.*?)\s*%\}")

    def __init__(self, text):
        self.parts = []
        pos = 0
        for m in self.TOKEN.finditer(text):
            self.parts.append(("text", text[pos:m.start()]))
            if m.group(1):
                self.parts.append(("expr", m.group(1)))
            else:
                self.parts.append((m.group(2), m.group(3)))
            pos = m.end()
        self.parts.append(("text", text[pos:]))

    def render(self, ctx):
        out, _ = self._render(0, dict(ctx), None)
        return "".join(out)

    def _eval(self, expr, ctx):
        value_path, *filters = [p.strip() for p in expr.split("|")]
        head, *rest = value_path.split(".")
        value = ctx[head]
        for attr in rest:
            value = value[attr] if isinstance(value, dict) else getattr(value, attr)
        for f in filters:
            value = {"upper": str.upper, "len": len, "title": str.title, "repr": repr}[f](value)
        return value

    def _render(self, i, ctx, stop):
        out = []
        while i < len(self.parts):
            kind, arg = self.parts[i]
            if kind == stop:
                return out, i
            if kind == "text":
                out.append(arg)
            elif kind == "expr":
                out.append(str(self._eval(arg, ctx)))
            elif kind == "for":
                var, _, seq = arg.partition(" in ")
                end = i
                for item in self._eval(seq, ctx):
                    ctx[var.strip()] = item
                    body, end = self._render(i + 1, ctx, "endfor")
                    out.extend(body)
                if end == i:  # an empty loop: skip its body unrendered
                    end = next(k for k in range(i + 1, len(self.parts)) if self.parts[k][0] == "endfor")
                i = end
            elif kind == "if":
                body, end = self._render(i + 1, ctx, "endif")
                if self._eval(arg, ctx):
                    out.extend(body)
                i = end
            i += 1
        return out, i


@dataclass
class User:
    name: str
    admin: bool


def main():
    try:
        loads(CONFIG)
    except ParseError as e:
        print("ParseError:", e, e.line, isinstance(e, ValueError))
    cfg = loads(CONFIG.replace("[[weird]]", ""))
    print(cfg)
    print(cfg["server"]["tls"]["ciphers"], type(cfg["ratio"]).__name__, cfg["hex"], cfg["big"])
    for bad in ('x = "unterminated', "= 1", "a = 1\na = 2", "k = nope"):
        try:
            loads(bad)
        except ParseError as e:
            print("error:", e)
    t = Template("Hello {{ user.name | title }}!{% if user.admin %} [admin]{% endif %}\n"
                 "{% for p in ports %}- port {{ p }}\n{% endfor %}total {{ ports | len }} {{ title | upper | repr }}")
    print(t.render({"user": User("ada lovelace", True), "ports": cfg["server"]["ports"], "title": cfg["title"]}))
    print(t.render({"user": User("bob", False), "ports": [], "title": "x"}))


if __name__ == "__main__":
    main()
