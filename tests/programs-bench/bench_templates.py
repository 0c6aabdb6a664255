"""mako/genshi-like templating: a small template language compiled to Python source with
exec, HTML escaping, loops/conditionals/filters, and rendering a big table (own version)."""
import html
import re

TOKEN = re.compile(r"\{\{(.*?)\}\}|\{%\s*(.*?)\s*%\}", re.S)


class Template:
    def __init__(self, text, filters=None):
        self.filters = {"upper": str.upper, "e": html.escape, "title": str.title, "len": len,
                        "money": lambda v: f"${v:,.2f}"}
        self.filters.update(filters or {})
        self.source = self.compile(text)
        self.code = compile(self.source, "<template>", "exec")

    def compile(self, text):
        lines = ["def render(ctx, _f, _out):", "    _w = _out.append"]
        depth = 1
        pos = 0
        for m in TOKEN.finditer(text):
            if m.start() > pos:
                lines.append("    " * depth + f"_w({text[pos:m.start()]!r})")
            pos = m.end()
            if m.group(1) is not None:
                expr, *filters = [p.strip() for p in m.group(1).split("|")]
                code = f"ctx_eval({expr!r}, ctx)"
                for f in filters:
                    code = f"_f[{f!r}]({code})"
                lines.append("    " * depth + f"_w(str({code}))")
            else:
                stmt = m.group(2)
                word = stmt.split()[0]
                if word in ("for", "if"):
                    if word == "for":
                        var, _, seq = stmt[4:].partition(" in ")
                        lines.append("    " * depth + f"for {var.strip()} in ctx_eval({seq.strip()!r}, ctx):")
                        depth += 1
                        lines.append("    " * depth + f"ctx = dict(ctx, {var.strip()}={var.strip()})")
                    else:
                        lines.append("    " * depth + f"if ctx_eval({stmt[3:].strip()!r}, ctx):")
                        depth += 1
                elif word == "else":
                    lines.append("    " * (depth - 1) + "else:")
                elif word in ("endfor", "endif"):
                    depth -= 1
                else:
                    raise SyntaxError(f"unknown tag {word!r}")
        if pos < len(text):
            lines.append("    " * depth + f"_w({text[pos:]!r})")
        if depth != 1:
            raise SyntaxError("unclosed block")
        return "\n".join(lines) + "\n"

    def render(self, **ctx):
        ns = {"ctx_eval": ctx_eval}
        exec(self.code, ns)
        out = []
        ns["render"](ctx, self.filters, out)
        return "".join(out)


_cache = {}


def ctx_eval(expr, ctx):
    code = _cache.get(expr)
    if code is None:
        code = _cache[expr] = compile(expr, "<expr>", "eval")
    return eval(code, {"__builtins__": {"len": len, "range": range, "sum": sum}}, ctx)


PAGE = """<html><head><title>{{ title | e }}</title></head>
<body><h1>{{ title | upper }}</h1>
<table>
{% for row in rows %}<tr class="{% if row['i'] % 2 %}odd{% else %}even{% endif %}">{% for cell in row['cells'] %}<td>{{ cell | e }}</td>{% endfor %}<td>{{ row['total'] | money }}</td></tr>
{% endfor %}</table>
<p>{{ len(rows) }} rows, {{ sum(r['total'] for r in rows) | money }} total</p>
</body></html>"""


def main():
    t = Template(PAGE)
    print(t.source.count("\n"), t.source.splitlines()[3])
    rows = [{"i": i, "cells": [f"r{i}c{j}" if j % 3 else f"<b>&{i * j}</b>" for j in range(8)], "total": i * 1234.5}
            for i in range(150)]
    out = t.render(title="Report <Q&A> \"2024\"", rows=rows)
    print(len(out), out.count("<tr"), out.count("&lt;b&gt;"))
    print(out[:260])
    print(out[-120:])
    small = Template("Hello {{ name | title }}! {% if items %}{% for x in items %}[{{ x }}]{% endfor %}{% else %}none{% endif %}")
    for name, items in (("ada lovelace", [1, 2, 3]), ("bob", []), ("<eve>", ["<", ">"])):
        print(small.render(name=name, items=items))
    total = 0
    for k in range(30):
        total += len(small.render(name=f"user {k}", items=list(range(k % 7))))
    print("total", total)
    for bad in ("{% for x in y %}", "{% while 1 %}{% endwhile %}"):
        try:
            Template(bad)
        except SyntaxError as e:
            print("SyntaxError:", e)
    print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&gt;&quot;&#39;&eacute;&#x263A;"))


main()
