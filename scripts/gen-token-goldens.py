"""Regenerate the tokenizer's expected outputs from CPython 3.13 (never from pyx).

    /root/.pyenv/versions/3.13.0/bin/python3.13 scripts/gen-token-goldens.py

Writes
  tests/tokenize/golden/<name>.json   {"source", "tokens"}: tokenize.generate_tokens rows
      [kind, text, line, col, endLine, endCol, byteCol, endByteCol]; byte columns are the
      UTF-8 length of the line's text before the column (what CPython's AST reports).
  tests/tokenize/errors/cases.json    [{"name", "source", "expected"}]: what
      compile(source, 'x.py', 'exec') raises: type, msg, lineno, offset, end_lineno,
      end_offset, text.
  tests/tokenize/errors/warnings.json [{"name", "source", "expected"}]: the warnings
      compile() emits (category, message, lineno).
Sources are kept inside the JSON so that git never touches their line ends.
"""
import io
import json
import os
import re
import sys
import tokenize
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIB = os.path.dirname(os.__file__)


def lib_slice(path, first, last):
    """Lines first..last (1-based, inclusive) of a stdlib file."""
    with open(os.path.join(LIB, path), encoding='utf-8', newline='') as f:
        lines = f.read().splitlines(keepends=True)
    return ''.join(lines[first - 1:last])


def lib_file(path):
    with open(os.path.join(LIB, path), encoding='utf-8', newline='') as f:
        return f.read()


# Hand-written corner cases; each must tokenize identically in CPython's module.
EDGES = (
    '\ufeff# BOM, tabs, form feeds, CRLF, continuation, non-ASCII\r\n'
    'if x:\r\n'
    '\tif y:\r\n'
    '\t\tz = "é" + \\\r\n'
    '   "ü𝔘"  # comment é\r\n'
    '\x0c\tw = [1,\r\n'
    '  2]\r\n'
    'données = 0x_FF + 0o17 + 0b1_0 + 1_000.5e-3j + .5 + 5. + 1E5 + 0\r\n'
    'αβ = r"\\d" b\'x\' Rb"y" u"z" F"{αβ!r:>{w}}" rf"\\{x}" fR"""{{a}}\r\n'
    '{y=}"""\r\n'
    '\r\n'
    'x = a if b else c;  x @= y; x //= 2; f(**k) -> ...  # no final newline'
)
FSTRINGS = (
    'f"{x}" f\'{x!r}\' f"{x:>10}" f"{x=}" f"{x = !s:^{w}.{p}f}"\n'
    'f"a{{b}}c" f"{{" f"}}" f"{ {1: 2}[1] }" f"{\'nested\' + f"{"deep"}"}"\n'
    'f"""multi\n{x\n  + 1}\nline""" f"\\N{BULLET} {x}" f"\\{x}" rf"\\N{x}"\n'
    'f"{x:{y}}{z}" f"{x:%H:%M}" f"{lambda: 1}" f"{(x:=1)}" f"" f"{x!a}{y!s}"\n'
    "print(f'{a[\"b\"]}', f'''{f'''{f'{x}'}'''}''')\n"
)

GOLDENS = {
    'edges': EDGES,
    'fstrings': FSTRINGS,
    'keyword': lib_file('keyword.py'),
    'future': lib_file('__future__.py'),
    'grammar-literals': lib_slice('test/test_grammar.py', 1, 260),
    'patma-slice': lib_slice('test/test_patma.py', 1, 200),
    'fstring-tests-slice': lib_slice('test/test_fstring.py', 1, 160),
    'type-params-slice': lib_slice('test/test_type_params.py', 1, 120),
    # Limits that are still fine: five nested f-strings; 199 brackets inside a replacement
    # field (with its '{', 200 = CPython's MAXLEVEL).
    'nesting': 'f"{f"{f"{f"{f"{x}"}"}"}"}"\n' + 'f"{' + '(' * 199 + '1' + ')' * 199 + '}"\n',
}

# Tokenizer-level errors, as compile() reports them.
ERRORS = {
    'unterminated-string': "x = 'abc\n",
    'unterminated-string-eof': "x = 'abc",
    'unterminated-string-escaped-quote': "x = 'abc\\'\n",
    'unterminated-string-second-line': "x = 1\ny = b'abc\nz = 2\n",
    'unterminated-triple': 'x = """abc\n\ndef\n',
    'unterminated-triple-no-newline': "x = rb'''abc",
    'unterminated-fstring': 'x = f"abc\n',
    'unterminated-fstring-after-field': 'x = f"{a}bc\n',
    'unterminated-fstring-triple': 'x = f"""abc\n{1}\n',
    'paren-never-closed': 'x = (1,\n2\n',
    'bracket-never-closed-inner': 'foo(a, [1,\n  2\n',
    'brace-never-closed-eof': 'x = {',
    'unmatched-paren': 'x = 1)\n',
    'unmatched-bracket': 'x = ]\n',
    'unmatched-brace-second-line': 'x = 1\n}\n',
    'mismatch': 'x = (1]\n',
    'mismatch-other-line': 'x = (1,\n2]\n',
    'mismatch-crlf': 'x = [1,\r\n2)\r\n',
    'unindent': 'if x:\n    y\n  z\n',
    'unindent-tabs': 'if x:\n\t\ty\n\tz = 1\n',
    'tab-error-same-column': 'if x:\n\ty\n        z\n',
    'tab-error-indent': 'if x:\n        y\n\tz\n',
    'too-deep': ''.join(' ' * i + 'if x:\n' for i in range(101)) + ' ' * 101 + 'pass\n',
    'invalid-character-euro': 'x = 1 € 2\n',
    'invalid-character-in-name': 'a€b = 1\n',
    'invalid-character-emoji': 'x = 😀 + 1\n',
    'invalid-character-after-nonascii': 'é = 1; y = é€\n',
    'non-printable-nbsp': 'x =\u00a01\n',
    'non-printable-ascii': 'x = \x01\n',
    'non-printable-zwsp': 'x = 1\u200b\n',
    'null-byte': 'x = 1\ny = "\x00"\n',
    'invalid-decimal-trailing-underscore': 'x = 1_\n',
    'invalid-decimal-double-underscore': 'x = 1__0\n',
    'invalid-decimal-letter': 'x = 1abc\n',
    'invalid-decimal-exponent': 'x = 1e+\n',
    'invalid-decimal-fraction-underscore': 'x = 1.5_\n',
    'invalid-decimal-zero-underscore': 'x = 0_\n',
    'invalid-hexadecimal-empty': 'x = 0x\n',
    'invalid-hexadecimal-letter': 'x = 0x1g\n',
    'invalid-octal-digit': 'x = 0o18\n',
    'invalid-octal-empty': 'x = 0o\n',
    'invalid-binary-digit': 'x = 0b102\n',
    'invalid-binary-letter': 'x = 0b1a\n',
    'invalid-imaginary': 'x = 1jx\n',
    'leading-zeros': 'x = 0777\n',
    'leading-zeros-underscore': 'x = 00_7\n',
    'leading-zeros-after-nonascii': 's = "é"; x = 0777\n',
    'too-many-parentheses-201': '(' * 201 + ')' * 201 + '\n',
    'too-many-parentheses-1000': 'x = ' + '(' * 1000 + '1' + ')' * 1000 + '\n',
    'line-continuation-character': 'x = 1 \\ 2\n',
    'line-continuation-eof': 'x = 1 + \\\n',
    'line-continuation-eof-no-newline': 'x = 1 + \\',
    'line-continuation-eof-in-brackets': '"\\\n"(1 for c in I,\\\n\\',
    'fstring-single-close-brace': 'f"}"\n',
    'fstring-unmatched-paren': 'f"{)}"\n',
    'fstring-nested-too-deeply': 'f"{x:{y:{z:{w}}}}"\n',
    'fstring-expecting-brace': "f'{a + 'b}'\n",
    'linecont-after-multiline-string': 'x = """a\nb""" \\ 1\n',
    'never-closed-after-continuation': 'async \\\n def f(\n',
    'never-closed-crlf': 'x = [1,\r\n2,\r\n',
    'never-closed-nonascii': 'é = (1,\n2\n',
    'never-closed-nonascii-same-line': 'é = (1,',
    'unindent-nonascii': 'if x:\n    y\n  é = 1\n',
    'unindent-crlf': 'if x:\r\n    y\r\n  z\r\n',
    'eof-continuation-nonascii': 'é = 1 + \\',
    'eof-continuation-blank-line': 'x = 1\n\\\n',
    'linecont-nonascii': 'é = 1 \\é\n',
    'linecont-crlf': 'x = 1 \\ 2\r\n',
    'tab-error-crlf': 'if x:\r\n\ty\r\n        z\r\n',
    'number-zero-underscore-digit': 'x = 0_7\n',
    'number-09': 'x = 09\n',
    'number-0e': 'x = 0e\n',
    'number-1-dot-underscore': 'x = 1._5\n',
    'number-underscore-dot': 'x = 1_.5\n',
    'number-hex-underscore-end': 'x = 0x_\n',
    'number-bin-trailing-underscore': 'x = 0b_1_\n',
    'number-imag-underscore': 'x = 5_j\n',
    'number-exp-underscore': 'x = 1e1_\n',
    'number-exp-letter': 'x = 1e1x\n',
    'number-dot-letter': 'x = 1.5x\n',
    'number-octal-9': 'x = 0o9\n',
    'number-leading-zeros-float-ok-then-letter': 'x = 007.5y\n',
    'string-unterminated-bytes-prefix': "x = rb'abc\n",
    'string-unterminated-crlf': "x = 'abc\r\n",
    'string-unterminated-after-nonascii': "é = 'abc\n",
    'string-unterminated-triple-nonascii': 'é = """abc\n',
    'fstring-unterminated-nested': 'x = f"{f\'a}"\n',
    'fstring-unterminated-raw': 'x = rf"abc\n',
    'fstring-unterminated-in-spec': 'x = f"{a:abc\n',
    'fstring-triple-unterminated-eof': "x = f'''abc",
    'fstring-brace-never-closed': 'x = f"{a"\n',
    'fstring-expecting-brace-nested-quote': 'f"{"a}"\n',
    'fstring-unmatched-bracket': 'f"{a]}"\n',
    'fstring-single-brace-in-spec': 'f"{a:}}"\n',
    'invalid-char-start-of-line': '€ = 1\n',
    'invalid-char-nonbmp-after-nonbmp': '𝔘𝔘😀 = 1\n',
    'invalid-char-in-fstring-expr': 'f"{x€}"\n',
    'non-printable-vt': 'x = 1\x0b\n',
    'non-printable-del': 'x = 1\x7f\n',
    'non-printable-soft-hyphen': 'x = a\xad\n',
    'line-separator': 'x = 1\u2028\n',
    'unmatched-in-fstring-expr': 'f"{a)}"\n',
    'mismatch-paren-in-brace': 'x = {1: (2]}\n',
    'mismatch-nonascii': 'é = (1]\n',
    'unmatched-crlf': 'x\r\n)\r\n',
    'continuation-then-indent-error': 'if x:\n    y\n  \\\n  z\n',
    'dedent-to-unknown-level-in-bracket-ok-then-eof': 'def f():\n    return (\n  1\n',
    'lone-cr-mismatch': 'x = (1,\r2]\r',
    'lone-cr-unterminated-string': "x = 1\ry = 'abc\rz = 2\r",
    'lone-cr-unindent': 'if x:\r    y\r  z\r',
    'lone-cr-never-closed': 'x = (1,\r2\r',
    'lone-cr-linecont': 'x = 1 \\ 2\r',
    'lone-cr-triple-unterminated': 'x = """a\rb\r',
    'lone-cr-fstring-unterminated': 'x = f"a\r',
    'lone-cr-eof-continuation': 'x = 1 + \\\r',
    'mixed-line-ends-mismatch': 'x = (1,\r\n2,\r3,\n4]\n',
}


# SyntaxWarnings from the lexer (sources without other warnings, so that compile()'s
# warnings are exactly the lexer's).
WARNINGS = {
    'number-keywords': 'x = 1if 1 else 2\nz = [0x1for x in y]\nw = 1 if 1_0else 3\n'
                       'u = 0o7and 1j\nv = 1e5or 0b1not in y\nt = 1jif 1else 0\n',
    'fstring-escaped-braces': 'y = f"\\{x}"\nz = f"""\n\\}}"""\nr = rf"\\{x}"\n',
    'none': 'x = 1 if y else 2\nz = [0x1 for x in y]\n',
}


def compile_warnings(source):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        compile(source, 'x.py', 'exec')
    return [{'category': w.category.__name__, 'message': str(w.message), 'lineno': w.lineno}
            for w in caught]


def byte_col(lines, line, col):
    if line - 1 >= len(lines):
        return col
    text = lines[line - 1]
    # Past the text: the newline CPython implies at the end of a file counts one column.
    return len(text[:col].encode('utf-8', 'surrogatepass')) + max(0, col - len(text))


def golden(source):
    text = source[1:] if source.startswith('\ufeff') else source
    lines = re.split(r'(?<=\r\n)|(?<=\n)|(?<=\r)(?!\n)', text)
    rows = []
    for t in tokenize.generate_tokens(io.StringIO(text, newline='').readline):
        (l1, c1), (l2, c2) = t.start, t.end
        rows.append([tokenize.tok_name[t.type], t.string, l1, c1, l2, c2,
                     byte_col(lines, l1, c1), byte_col(lines, l2, c2)])
    return rows


# Sources with lone '\r' line ends. The module cannot read those (it glues the '\r' into an
# OP token) while compile() treats them as newlines; the expected tokens are the module's for
# the same text with every lone '\r' made '\n' (same offsets), with texts taken back from
# the real source.
LONE_CR = {
    'lone-cr': 'if x:\r    y = (1,\r  2)\r# c\r    z = """a\rb\r\n"""\rw = f"{x}\\\rq"\r\r\n',
}


def lone_cr_golden(source):
    translated = re.sub(r'\r(?!\n)', '\n', source)
    starts = [0] + [m.end() for m in re.finditer(r'\r\n|\n', translated)]
    rows = golden(translated)
    for row in rows:
        kind, text, l1, c1, l2, c2 = row[:6]
        if l1 - 1 < len(starts) and l2 - 1 < len(starts):
            a, b = starts[l1 - 1] + c1, starts[l2 - 1] + c2
            if translated[a:b] == text:
                row[1] = source[a:b]
    return rows


def compile_error(source):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            compile(source, 'x.py', 'exec')
        except SyntaxError as e:
            return {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno,
                    'offset': e.offset, 'end_lineno': e.end_lineno,
                    'end_offset': e.end_offset, 'text': e.text}
    sys.exit(f'expected an error from {source!r}')


def write(path, items):
    """A JSON list or object, one entry a line (small diffs, still valid JSON)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    dump = lambda x: json.dumps(x, ensure_ascii=False)
    if isinstance(items, dict):
        body = ',\n'.join(f'{dump(k)}: {dump(v) if k != "tokens" else write_list(v)}'
                           for k, v in items.items())
        text = '{' + body + '}\n'
    else:
        text = write_list(items) + '\n'
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def write_list(items):
    return '[\n' + ',\n'.join(json.dumps(x, ensure_ascii=False) for x in items) + '\n]'


def main():
    warnings.simplefilter('ignore')
    for name, source in GOLDENS.items():
        write(os.path.join(ROOT, 'tests/tokenize/golden', name + '.json'),
              {'source': source, 'tokens': golden(source)})
    for name, source in LONE_CR.items():
        write(os.path.join(ROOT, 'tests/tokenize/golden', name + '.json'),
              {'source': source, 'tokens': lone_cr_golden(source)})
    cases = [{'name': n, 'source': s, 'expected': compile_error(s)} for n, s in ERRORS.items()]
    write(os.path.join(ROOT, 'tests/tokenize/errors/cases.json'), cases)
    warned = [{'name': n, 'source': s, 'expected': compile_warnings(s)} for n, s in WARNINGS.items()]
    write(os.path.join(ROOT, 'tests/tokenize/errors/warnings.json'), warned)
    print(f'{len(GOLDENS) + len(LONE_CR)} golden token dumps, {len(cases)} error cases, {len(warned)} warning cases')


if __name__ == '__main__':
    main()
