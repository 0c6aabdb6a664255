#!/usr/bin/env python3.13
"""Regenerates the AST goldens from CPython 3.13 (the only source of expected output).

  tests/golden/syntax/NAME.py  -> NAME.dump, NAME.attrs.dump   (one small file per syntax form)
  tests/golden/ast/NAME.py     -> NAME.dump (+ NAME.attrs.dump for ATTRS) (stdlib samples)
  tests/cli/expected/          -> what `pyx parse` must print for examples/hello.py with each
                                  ast.dump option, and CPython's stderr for syntax errors

The stdlib samples are copied from this interpreter's Lib/ so the tests run where CPython
is absent. Sources are parsed as bytes, exactly as `ast.parse(open(f, 'rb').read())`, so
coding declarations, BOMs and \\r\\n line ends are CPython's business, not ours.

Run: /root/.pyenv/versions/3.13.0/bin/python3.13 scripts/gen-golden-ast.py
"""
import ast
import pathlib
import shutil
import sys
import subprocess
import sysconfig
import traceback
import warnings

if sys.version_info[:2] != (3, 13):
    sys.exit(f"gen-golden-ast.py needs CPython 3.13, not {sys.version.split()[0]}")

ROOT = pathlib.Path(__file__).resolve().parent.parent
SYNTAX = ROOT / "tests" / "golden" / "syntax"
SAMPLES = ROOT / "tests" / "golden" / "ast"
CLI = ROOT / "tests" / "cli" / "expected"
STDLIB = pathlib.Path(sysconfig.get_paths()["stdlib"])

# Chosen for syntax variety at a modest size: async (contextlib, types), match
# (dataclasses, symtable), nonlocal/set comprehensions (functools), numbers and operators
# (fractions, colorsys), non-ASCII source (functools, fractions, heapq: byte columns),
# string-heavy code (string, textwrap), plain classes (graphlib).
STDLIB_SAMPLES = [
    "contextlib", "dataclasses", "symtable", "types", "functools", "fractions",
    "colorsys", "textwrap", "graphlib", "heapq", "string",
]
ATTRS = {"contextlib", "symtable", "types", "heapq", "colorsys"}


def write_dumps(source: pathlib.Path, attrs: bool) -> None:
    # Invalid escapes ("\d") warn at parse time: NAME.warnings holds them, "LINE: MESSAGE"
    # per line, and exists only when there are some.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tree = ast.parse(source.read_bytes(), str(source.name))
    stem = source.with_suffix("")
    lines = "".join(f"{w.lineno}: {w.message}\n" for w in caught if w.category is SyntaxWarning)
    warnings_file = pathlib.Path(f"{stem}.warnings")
    if lines:
        warnings_file.write_text(lines, encoding="utf-8")
    elif warnings_file.exists():
        warnings_file.unlink()
    pathlib.Path(f"{stem}.dump").write_text(ast.dump(tree) + "\n", encoding="utf-8")
    if attrs:
        text = ast.dump(tree, include_attributes=True) + "\n"
        pathlib.Path(f"{stem}.attrs.dump").write_text(text, encoding="utf-8")


# `pyx parse` flags -> the ast.dump arguments they stand for (see tests/cli/parse.test.ts).
CLI_DUMPS = {
    "hello.dump": {},
    "hello.indent2.attrs.dump": {"indent": 2, "include_attributes": True},
    "hello.tab-indent.dump": {"indent": "\t"},
    "hello.positional.dump": {"annotate_fields": False},
    "hello.show-empty.dump": {"show_empty": True},
}


def write_cli_expectations() -> None:
    CLI.mkdir(parents=True, exist_ok=True)
    tree = ast.parse((ROOT / "examples" / "hello.py").read_bytes())
    for name, options in CLI_DUMPS.items():
        (CLI / name).write_text(ast.dump(tree, **options) + "\n", encoding="utf-8")
    expression = ast.parse((CLI / "eval-input.txt").read_bytes(), mode="eval")
    (CLI / "eval.attrs.dump").write_text(ast.dump(expression, include_attributes=True) + "\n", encoding="utf-8")
    # What CPython prints for an uncaught SyntaxError (the excepthook shows no traceback
    # for one raised while compiling), with the file named as the test names it.
    for source in sorted(CLI.glob("*.py")):
        try:
            ast.parse(source.read_bytes(), source.name)
        except SyntaxError as error:
            text = "".join(traceback.format_exception_only(error))
            source.with_suffix(".stderr").write_text(text, encoding="utf-8")
        else:
            raise AssertionError(f"{source.name} was meant to be a syntax error")
    # SyntaxWarnings printed while parsing: what `python -m ast FILE` writes to stderr (the
    # warnings module reads the source line back from the file, named as the test names it).
    for source in sorted((CLI / "warnings").glob("*.py")):
        result = subprocess.run([sys.executable, "-m", "ast", source.name], cwd=source.parent, capture_output=True)
        assert result.returncode == 0, result.stderr
        source.with_suffix(".stderr").write_bytes(result.stderr)


def write_utf8_decoder_cases() -> None:
    """Python's utf-8 decoder on seeded random byte strings: every malformed sequence's
    (start, end, reason), which cli/source-utf8.ts must delimit the same way."""
    import codecs
    import json
    import random

    found: list[tuple[int, int, str]] = []

    def record(error: UnicodeDecodeError) -> tuple[str, int]:
        found.append((error.start, error.end, error.reason))
        return ("\ufffd", error.end)

    codecs.register_error("pyx-record", record)
    rng = random.Random(263)
    # Bytes chosen to hit every branch: ASCII, continuation bytes, never-valid leads, and the
    # leads with narrowed second-byte ranges (E0, ED, F0, F4).
    alphabet = [0x41, 0x0A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                0xE1, 0xED, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF]
    cases = []
    for _ in range(400):
        data = bytes(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        found.clear()
        data.decode("utf-8", "pyx-record")
        cases.append({"bytes": list(data), "invalid": [list(item) for item in found]})
    lines = ",\n".join(json.dumps(case) for case in cases)
    (CLI / "utf8-decoder.json").write_text(f"[\n{lines}\n]\n", encoding="utf-8")


def write_utf8_injections() -> None:
    """One malformed sequence inserted at a seeded random offset of a syntax golden, and what
    ast.parse(bytes) raises: [msg, lineno, offset, end_lineno, end_offset], or the name of a
    non-SyntaxError exception (CPython 3.13 raises a bare UnicodeDecodeError in f-strings)."""
    import json
    import random

    rng = random.Random(7)
    files = sorted(SYNTAX.glob("*.py"))
    cases = []
    while len(cases) < 300:
        source = rng.choice(files)
        data = source.read_bytes()
        if not data:
            continue
        at = rng.randrange(len(data))
        insert = rng.choice([b"\xff", b"\xc3", b"\xe2\x82", b"\x80"])
        mutated = data[:at] + insert + data[at:]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                ast.parse(mutated)
                expected = None
            except SyntaxError as error:
                expected = [error.msg, error.lineno, error.offset, error.end_lineno, error.end_offset]
            except Exception as error:  # noqa: BLE001 - recorded, it is CPython's behaviour
                expected = type(error).__name__
        cases.append({"file": source.name, "at": at, "insert": list(insert), "expected": expected})
    lines = ",\n".join(json.dumps(case, ensure_ascii=False) for case in cases)
    (CLI / "utf8-injections.json").write_text(f"[\n{lines}\n]\n", encoding="utf-8")


def main() -> None:
    for name in STDLIB_SAMPLES:
        shutil.copyfile(STDLIB / f"{name}.py", SAMPLES / f"{name}.py")
    for source in sorted(SAMPLES.glob("*.py")):
        write_dumps(source, source.stem in ATTRS)
    for source in sorted(SYNTAX.glob("*.py")):
        write_dumps(source, True)
    write_cli_expectations()
    write_utf8_decoder_cases()
    write_utf8_injections()
    print(f"{len(list(SAMPLES.glob('*.py')))} stdlib samples, {len(list(SYNTAX.glob('*.py')))} syntax files")


if __name__ == "__main__":
    main()
