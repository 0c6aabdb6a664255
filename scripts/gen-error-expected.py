#!/usr/bin/env python3.13
"""Regenerate the expected outputs of the syntax-error corpus (tests/errors/*.py).

For each NAME.py this writes, from CPython 3.13 itself:
  NAME.stderr  exactly what `cd tests/errors && python3.13 NAME.py` prints on stderr
  NAME.json    {"exit": code,
                "run": the SyntaxError's fields {type,msg,filename,lineno,offset,end_lineno,
                       end_offset,text} as that run raised it (captured by a sys.excepthook
                       installed from a throwaway sitecustomize; the stderr is then printed
                       by the original hook, unchanged),
                "compile": the same fields from compile(source_bytes, "NAME.py", "exec"),
                "astParse": true when ast.parse() raises it as well (false: the error comes
                from the compiler's later stages — symtable/codegen — and a parser alone
                must accept the program)}
"run" and "compile" differ in a few places: running a file tokenizes it in file mode, which
reports some end-of-file errors at offset 0 where string mode reports the line's end.
The file name printed is absolute (CPython 3.13 makes the main script's path absolute), so
"run.filename" is what the stderr shows; tests format with that name.

Run with CPython 3.13 from the repository root:
  /root/.pyenv/versions/3.13.0/bin/python3.13 scripts/gen-error-expected.py [NAME ...]
  /root/.pyenv/versions/3.13.0/bin/python3.13 scripts/gen-error-expected.py --mutations
(the second form regenerates tests/errors/mutations.json, see mutations() below).
The committed files are the test oracle; tests never run CPython (CI has none).
"""
import ast
import json
import os
import subprocess
import sys
import tempfile
import warnings

if sys.version_info[:2] != (3, 13):
    sys.exit("gen-error-expected.py must run under CPython 3.13")

HERE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "errors"))


HOOK = """
import json, os, sys
_original_hook = sys.excepthook
def _dump_syntax_error(kind, value, traceback):
    if isinstance(value, SyntaxError):
        with open(os.environ["PYX_ERROR_DUMP"], "w", encoding="utf-8") as f:
            json.dump({"type": kind.__name__, "msg": value.msg, "filename": value.filename,
                       "lineno": value.lineno, "offset": value.offset,
                       "end_lineno": value.end_lineno, "end_offset": value.end_offset,
                       "text": value.text}, f)
    _original_hook(kind, value, traceback)
sys.excepthook = _dump_syntax_error
"""


def fields(exc):
    return {
        "type": type(exc).__name__,
        "msg": exc.msg,
        "lineno": exc.lineno,
        "offset": exc.offset,
        "end_lineno": exc.end_lineno,
        "end_offset": exc.end_offset,
        "text": exc.text,
    }


def one(name, hook_dir):
    path = os.path.join(HERE, name + ".py")
    with open(path, "rb") as f:
        source = f.read()
    env = dict(os.environ, PYTHONUTF8="1", PYTHON_COLORS="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    dump = os.path.join(hook_dir, "dump.json")
    if os.path.exists(dump):
        os.remove(dump)
    env["PYTHONPATH"] = hook_dir
    env["PYX_ERROR_DUMP"] = dump
    run = subprocess.run([sys.executable, name + ".py"], cwd=HERE, env=env,
                         capture_output=True, timeout=30)
    result = {"exit": run.returncode, "run": None, "compile": None, "astParse": False}
    if os.path.exists(dump):
        with open(dump, encoding="utf-8") as f:
            result["run"] = json.load(f)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SyntaxWarnings (invalid escapes) are not errors
        try:
            compile(source, name + ".py", "exec")
        except SyntaxError as exc:
            result["compile"] = fields(exc)
        try:
            ast.parse(source, name + ".py")
        except SyntaxError:
            result["astParse"] = True
    if result["compile"] is None:
        print(f"warning: {name}.py compiles; it does not belong in the corpus", file=sys.stderr)
    with open(os.path.join(HERE, name + ".stderr"), "wb") as f:
        f.write(run.stderr)
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
        f.write("\n")


# Hand-built SyntaxErrors for the formatter's unit test (grammar/error-format.test.ts): each
# is (type, msg, filename, lineno, offset, text, end_lineno, end_offset), formatted by
# CPython's own traceback module. They cover what the corpus rarely reaches: ranges, tabs,
# wide and astral characters, clamping of out-of-range columns, missing text.
FORMAT_CASES = [
    ("SyntaxError", "invalid syntax", "x.py", 3, 5, "x = (1, 2 3)\n", 3, 9),
    ("SyntaxError", "one caret", "x.py", 1, 3, "abcdef\n", 1, 0),
    ("SyntaxError", "end before start", "x.py", 1, 4, "abcdef\n", 1, 2),
    ("SyntaxError", "negative end", "x.py", 1, 4, "abcdef\n", 1, -1),
    ("SyntaxError", "indented", "x.py", 2, 9, "        foo bar\n", 2, 12),
    ("SyntaxError", "caret in the indentation", "x.py", 2, 3, "        foo\n", 2, 4),
    ("SyntaxError", "tab indent", "x.py", 2, 6, "\tx = (1 2)\n", 2, 9),
    ("SyntaxError", "tabs inside", "x.py", 1, 7, "a\tb\t\tc d\n", 1, 8),
    ("SyntaxError", "spaces then tab", "x.py", 1, 7, "  \t  ab cd\n", 1, 9),
    ("SyntaxError", "wide", "x.py", 1, 10, "s = '日本語' + (1 2)\n", 1, 13),
    ("SyntaxError", "astral", "x.py", 1, 8, "s = '😀' + (1 2)\n", 1, 11),
    ("SyntaxError", "combining", "x.py", 1, 7, "e\u0301 = 1 2\n", 1, 8),
    ("SyntaxError", "last line, no newline", "x.py", 4, 5, "y = (2 3)", 4, 8),
    ("SyntaxError", "only whitespace", "x.py", 2, 3, "   \n", 2, 4),
    ("SyntaxError", "only whitespace, no caret", "x.py", 2, 1, "    \n", 2, 2),
    ("SyntaxError", "empty line", "x.py", 2, 1, "\n", 2, 2),
    ("SyntaxError", "empty text", "x.py", 2, 3, "", 2, 4),
    ("SyntaxError", "offset past the end", "x.py", 1, 40, "abc\n", 1, 41),
    ("SyntaxError", "end past the end", "x.py", 1, 2, "abc\n", 1, 30),
    ("SyntaxError", "offset at the newline", "x.py", 1, 4, "abc\n", 1, 5),
    ("SyntaxError", "offset zero", "x.py", 1, 0, "abc\n", 1, 1),
    ("SyntaxError", "multi-line range", "x.py", 1, 5, "x = (1,\n", 3, 2),
    ("SyntaxError", "multi-line range, indented", "x.py", 1, 7, "    f(a,\n", 2, 3),
    ("SyntaxError", "no text", "x.py", 7, 1, None, 7, 2),
    ("SyntaxError", "", "x.py", 1, 1, "a\n", 1, 2),
    ("SyntaxError", "no file name", "", 1, 1, "a\n", 1, 2),
    ("SyntaxError", "form feed", "x.py", 1, 4, "\f  ab c\n", 1, 5),
    ("SyntaxError", "carriage return", "x.py", 1, 3, "ab c\r\n", 1, 4),
    ("SyntaxError", "unicode space kept", "x.py", 1, 5, "a\u3000b c\n", 1, 6),
    ("IndentationError", "unexpected indent", "x.py", 2, 4, "    y = 2\n", 2, -1),
    ("TabError", "inconsistent use of tabs and spaces in indentation", "x.py", 3, 1,
     "        b = 2\n", 3, 0),
]


def format_cases():
    import traceback
    import builtins
    cases = []
    for kind, msg, filename, lineno, offset, text, end_lineno, end_offset in FORMAT_CASES:
        exc = getattr(builtins, kind)(msg, (filename, lineno, offset, text, end_lineno, end_offset))
        cases.append({"type": kind, "msg": msg, "filename": filename, "lineno": lineno,
                      "offset": offset, "text": text, "end_lineno": end_lineno,
                      "end_offset": end_offset,
                      "expected": "".join(traceback.format_exception_only(exc))})
    with open(os.path.join(HERE, "format-cases.json"), "w", encoding="utf-8") as f:
        json.dump(cases, f, indent=1, ensure_ascii=False)
        f.write("\n")


# --- Mutations: a differential corpus ---
# Small windows of standard-library code with one random edit (a token deleted, inserted,
# replaced or doubled; a line deleted, indented, dedented or duplicated), kept when CPython
# rejects them at parse level, with the fields of the error a run as a file raises. The
# seed makes the set reproducible; grammar/syntax-errors.test.ts checks every one.
MUTATION_SEED = 20261126
MUTATION_COUNT = 400
MUTATION_FILES = ["textwrap", "bisect", "colorsys", "argparse", "ast", "dataclasses", "enum",
                  "functools", "inspect", "json/decoder", "pathlib/_local", "shlex", "string",
                  "typing", "zipfile/__init__", "asyncio/tasks", "email/message"]
VOCAB = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "if", "else", "for", "in", "def",
         "class", "return", "lambda", "*", "**", ".", "x", "1", "'s'", "not", "and", "yield",
         "import", "from", "as", "with", "try", "except", ":=", "+", "@", "async", "await",
         "pass", ";", "del", "global", "match", "case", "f'{x}'"]


def mutations(hook_dir):
    import io
    import random
    import tokenize
    rand = random.Random(MUTATION_SEED)
    stdlib = os.path.dirname(os.__file__)
    sources = [open(os.path.join(stdlib, name + ".py"), encoding="utf-8").read() for name in MUTATION_FILES]
    dump = os.path.join(hook_dir, "dump.json")
    env = dict(os.environ, PYTHONUTF8="1", PYTHON_COLORS="0", PYTHONPATH=hook_dir, PYX_ERROR_DUMP=dump)
    cases = []
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "m.py")
        while len(cases) < MUTATION_COUNT:
            lines = rand.choice(sources).splitlines(keepends=True)
            start = rand.randrange(len(lines))
            while start < len(lines) and (lines[start][:1] in " \t#\n" or not lines[start].strip()):
                start += 1
            window = lines[start:start + 12]
            if not window:
                continue
            text = "".join(window)
            try:
                tokens = [t for t in tokenize.generate_tokens(io.StringIO(text).readline)
                          if t.type in (tokenize.NAME, tokenize.OP, tokenize.NUMBER, tokenize.STRING)]
            except (tokenize.TokenError, SyntaxError):
                continue
            if not tokens:
                continue
            mutated = mutate(rand, text, window, rand.choice(tokens))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    ast.parse(mutated)
                    continue
                except SyntaxError:
                    pass
                except Exception:
                    continue
            with open(path, "w", encoding="utf-8") as f:
                f.write(mutated)
            if os.path.exists(dump):
                os.remove(dump)
            subprocess.run([sys.executable, path], env=env, capture_output=True, timeout=30)
            if not os.path.exists(dump):
                continue
            with open(dump, encoding="utf-8") as f:
                run = json.load(f)
            del run["filename"]
            cases.append({"source": mutated, "run": run})
    with open(os.path.join(HERE, "mutations.json"), "w", encoding="utf-8") as f:
        json.dump(cases, f, indent=0, ensure_ascii=False)
        f.write("\n")


def mutate(rand, text, window, token):
    starts = [0]
    for line in window:
        starts.append(starts[-1] + len(line))
    a = starts[token.start[0] - 1] + token.start[1]
    b = starts[token.end[0] - 1] + token.end[1]
    choice = rand.random()
    if choice < 0.5:
        if choice < 0.15:
            return text[:a] + text[b:]
        if choice < 0.3:
            return text[:a] + rand.choice(VOCAB) + " " + text[a:]
        if choice < 0.4:
            return text[:a] + rand.choice(VOCAB) + text[b:]
        return text[:b] + " " + text[a:b] + text[b:]
    lines = list(window)
    i = rand.randrange(len(lines))
    if choice < 0.6:
        lines[i] = ""
    elif choice < 0.75:
        lines[i] = "    " + lines[i]
    elif choice < 0.85:
        lines[i] = lines[i][min(4, len(lines[i]) - len(lines[i].lstrip(" "))):]
    elif choice < 0.9:
        lines[i] = "\t" + lines[i]
    else:
        lines.insert(i, lines[i])
    return "".join(lines)


def main():
    if sys.argv[1:] == ["--mutations"]:
        with tempfile.TemporaryDirectory() as hook_dir:
            with open(os.path.join(hook_dir, "sitecustomize.py"), "w", encoding="utf-8") as f:
                f.write(HOOK)
            mutations(hook_dir)
        print(f"{MUTATION_COUNT} mutated programs written to {os.path.join(HERE, 'mutations.json')}")
        return
    format_cases()
    names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(HERE) if n.endswith(".py"))
    with tempfile.TemporaryDirectory() as hook_dir:
        with open(os.path.join(hook_dir, "sitecustomize.py"), "w", encoding="utf-8") as f:
            f.write(HOOK)
        for name in names:
            one(name, hook_dir)
    print(f"{len(names)} expected outputs written to {os.path.normpath(HERE)}")


if __name__ == "__main__":
    main()
