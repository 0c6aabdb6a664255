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


def main():
    names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(HERE) if n.endswith(".py"))
    with tempfile.TemporaryDirectory() as hook_dir:
        with open(os.path.join(hook_dir, "sitecustomize.py"), "w", encoding="utf-8") as f:
            f.write(HOOK)
        for name in names:
            one(name, hook_dir)
    print(f"{len(names)} expected outputs written to {os.path.normpath(HERE)}")


if __name__ == "__main__":
    main()
