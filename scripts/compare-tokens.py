"""Compare pyx's tokenizer with CPython 3.13's tokenize.generate_tokens.

Run with CPython 3.13 from the repository root:
    /root/.pyenv/versions/3.13.0/bin/python3.13 scripts/compare-tokens.py [files...]
Without arguments it checks the 152 top-level stdlib files and seven test files
(test_grammar, test_patma, test_fstring, test_syntax, test_unpack_ex,
test_positional_only_arg, test_type_params); with --all, every stdlib file (1,726; a few
are deliberately broken and reported as such). It compares kind, text, start and end
(line, column) and the UTF-8 columns derived from them, and prints the first difference
per mismatching file and a match count.
"""
import io
import json
import os
import re
import subprocess
import sys
import tokenize

LIB = os.path.dirname(os.__file__)
TESTS = ['test_grammar', 'test_patma', 'test_fstring', 'test_syntax', 'test_unpack_ex',
         'test_positional_only_arg', 'test_type_params']


def default_files():
    files = sorted(os.path.join(LIB, f) for f in os.listdir(LIB) if f.endswith('.py'))
    return files + [os.path.join(LIB, 'test', t + '.py') for t in TESTS]


def all_files():
    """Every .py file of the stdlib, tests included (site-packages left out)."""
    out = []
    for root, dirs, names in os.walk(LIB):
        dirs[:] = sorted(d for d in dirs if d not in ('site-packages', '__pycache__'))
        out += [os.path.join(root, n) for n in sorted(names) if n.endswith('.py')]
    return out


def read_source(path):
    """The file's text as pyx gets it: decoded, BOM kept, line ends untouched."""
    with open(path, 'rb') as f:
        data = f.read()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError:
        return None  # a deliberately broken coding cookie: not a tokenizer test
    if encoding == 'utf-8-sig':
        encoding = 'utf-8'
    return data.decode(encoding)


def byte_col(lines, line, col):
    """UTF-8 column: what CPython's AST reports; the implied final newline counts one."""
    if line - 1 >= len(lines):
        return col
    text = lines[line - 1]
    return len(text[:col].encode('utf-8', 'surrogatepass')) + max(0, col - len(text))


def cpython_tokens(source):
    text = source[1:] if source.startswith('\ufeff') else source
    lines = re.split(r'(?<=\r\n)|(?<=\n)|(?<=\r)(?!\n)', text)
    rows = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(text, newline='').readline):
            (l1, c1), (l2, c2) = t.start, t.end
            rows.append([tokenize.tok_name[t.type], t.string, l1, c1, l2, c2,
                         byte_col(lines, l1, c1), byte_col(lines, l2, c2)])
    except (SyntaxError, tokenize.TokenError) as e:
        return {'error': [type(e).__name__, str(e)], 'tokens': rows}
    return {'tokens': rows}


def pyx_tokens(sources):
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    proc = subprocess.run(['npx', 'tsx', os.path.join(here, 'scripts', 'compare-tokens.ts')],
                          input=json.dumps(sources).encode(), capture_output=True, cwd=here)
    if proc.returncode != 0:
        sys.exit(proc.stderr.decode())
    return json.loads(proc.stdout)


def main():
    args = sys.argv[1:]
    files = all_files() if args == ['--all'] else args or default_files()
    sources = {f: read_source(f) for f in files}
    skipped = [f for f in files if sources[f] is None]
    files = [f for f in files if sources[f] is not None]
    sources = {f: sources[f] for f in files}
    for f in skipped:
        print(f'{f}: skipped (no valid encoding)')
    ours = pyx_tokens(sources)
    matched = 0
    total = 0
    for f in files:
        expected = cpython_tokens(sources[f])
        got = ours[f]
        if 'error' in got or 'error' in expected:
            print(f'{os.path.relpath(f, LIB)}: pyx {got.get("error")} cpython {expected.get("error")}')
            continue
        a, b = expected['tokens'], [list(t) for t in got['tokens']]
        if a == b:
            matched += 1
            total += len(a)
            continue
        i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        print(f'{os.path.relpath(f, LIB)}: token {i}: cpython {a[i] if i < len(a) else None} pyx {b[i] if i < len(b) else None}')
    print(f'{matched}/{len(files)} files match ({total} tokens identical)')


if __name__ == '__main__':
    main()
