#!/usr/bin/env python3.13
"""CPython's half of scripts/compare-stdlib.sh: writes the expected dumps.

Usage: compare-stdlib.py OUTDIR
For every file in the corpus writes OUTDIR/NNN.dump (ast.dump), OUTDIR/NNN.attrs.dump
(include_attributes=True) and OUTDIR/NNN.warnings (the SyntaxWarnings ast.parse emits, one
"LINE: MESSAGE" per line) and lists the files, in order, in OUTDIR/files.txt. The corpus is
the 152 top-level Lib/*.py files plus the grammar-heavy tests in Lib/test/.
"""
import ast
import pathlib
import sys
import sysconfig
import warnings

GRAMMAR_TESTS = [
    "test_grammar", "test_patma", "test_fstring", "test_syntax", "test_unpack_ex",
    "test_positional_only_arg", "test_type_params",
]


def corpus() -> list[pathlib.Path]:
    stdlib = pathlib.Path(sysconfig.get_paths()["stdlib"])
    files = sorted(stdlib.glob("*.py"))
    files += [stdlib / "test" / f"{name}.py" for name in GRAMMAR_TESTS]
    return files


def main() -> None:
    if sys.version_info[:2] != (3, 13):
        sys.exit(f"compare-stdlib needs CPython 3.13, not {sys.version.split()[0]}")
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    files = corpus()
    for number, path in enumerate(files):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            tree = ast.parse(path.read_bytes(), str(path))
        lines = "".join(f"{w.lineno}: {w.message}\n" for w in caught if w.category is SyntaxWarning)
        (out / f"{number:03}.warnings").write_text(lines, encoding="utf-8")
        (out / f"{number:03}.dump").write_text(ast.dump(tree), encoding="utf-8")
        (out / f"{number:03}.attrs.dump").write_text(ast.dump(tree, include_attributes=True), encoding="utf-8")
    (out / "files.txt").write_text("".join(f"{path}\n" for path in files), encoding="utf-8")


if __name__ == "__main__":
    main()
