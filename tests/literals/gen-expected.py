"""Regenerates tests/literals/*.json: what CPython 3.13 makes of literal tokens.

    /root/.pyenv/versions/3.13.0/bin/python3.13 tests/literals/gen-expected.py

Each case is source text parsed with ast.parse(mode='eval') under the file name
'<unknown>'. Recorded: repr() of the value (and the Constant's kind), or the SyntaxError's
msg/lineno/offset/end_lineno/end_offset, plus every SyntaxWarning as [message, lineno].
strings.json and numbers.json hold single tokens; fstrings.json holds whole string atoms
(implicit concatenation, f-strings) with ast.dump(..., include_attributes=True); names.json
holds [name, code point or None] for `\\N{name}`.
"""

import ast
import json
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 13), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))


def run(source):
    """Parse `source`; return (node or None, error dict or None, warnings)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            node = ast.parse(source, '<unknown>', mode='eval').body
            error = None
        except SyntaxError as e:
            node = None
            error = {'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                     'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
    found = [[str(w.message), w.lineno] for w in caught if w.category is SyntaxWarning]
    return node, error, found


def token_case(text):
    node, error, found = run(text)
    case = {'text': text}
    if error:
        case['error'] = error
    else:
        assert isinstance(node, ast.Constant), (text, ast.dump(node))
        case['repr'] = repr(node.value)
        case['kind'] = node.kind
    case['warnings'] = found
    return case


def atom_case(source):
    # Sources end with a newline, as files do: the error `cannot mix bytes and nonbytes
    # literals` points at the token after the atom, and the NEWLINE that CPython implies
    # at the end of a file without one has no column of its own.
    source += '\n'
    node, error, found = run(source)
    case = {'source': source}
    if error:
        case['error'] = error
    else:
        case['dump'] = ast.dump(node, include_attributes=True)
    case['warnings'] = found
    return case


PREFIXES = ['', 'r', 'u', 'R', 'U', 'b', 'B', 'br', 'bR', 'Br', 'BR', 'rb', 'rB', 'Rb', 'RB']

STRINGS = []
for prefix in PREFIXES:
    for body in ['x', r'\n', r'\x41', r'\d', r'\\', r'\'', '']:
        STRINGS.append(f"{prefix}'{body}'")
    STRINGS.append(f'{prefix}"""a\nb"""')
    STRINGS.append(f"{prefix}'''it's'''")
STRINGS += [
    # quotes
    '"a"', "'a'", '""', "''", '""""""', "''''''", '"""a"b"""', "'''a'b'''", '"it\'s"', "'say \"hi\"'",
    '"""""a"""', "'''a'' '''",
    # every escape
    r'"\\ \' \" \a \b \f \n \r \t \v"', r'"\0\7\77\101\1012\0a\1234"', r'"\400\777"', r'"\8\9"',
    r'"\xff\x41\xAb"', r'"\u00e9\uABCD\uD800"', r'"\U0001F600\U00000041\U0010FFFF"',
    r'"\N{BULLET}"', r'"\N{bullet}"', r'"\N{LATIN CAPITAL LETTER GHA}"', r'"\N{BYTE ORDER MARK}"',
    r'"\N{NUL}\N{SP}\N{VS256}"', r'"\N{HANGUL SYLLABLE GAG}"', r'"\N{HANGUL SYLLABLE A}"',
    r'"\N{hangul syllable GA}"', r'"\N{CJK UNIFIED IDEOGRAPH-4E00}"', r'"\N{cjk unified ideograph-04E00}"',
    r'"\N{CJK UNIFIED IDEOGRAPH-20000}"', r'"\N{CJK UNIFIED IDEOGRAPH-2EBF0}"', r'"\N{CJK COMPATIBILITY IDEOGRAPH-F900}"',
    r'"\N{NUSHU CHARACTER-1B170}"', r'"\N{KHITAN SMALL SCRIPT CHARACTER-18B00}"', r'"\N{GREEK SMALL LETTER ALPHA}x"',
    r'"\N{EM DASH}\N{SNOWMAN}\N{GRINNING FACE}"', r'"a\N{LINE FEED}b"', r'"\N{TANGUT COMPONENT-001}"',
    # \N errors
    r'"\N{foo}"', r'"\N{}"', r'"\N"', r'"\Nx"', r'"\N{BULLET"', r'"\N{ BULLET}"', r'"\N{BULLET }"',
    r'"\N{hangul syllable ga}"', r'"\N{CJK UNIFIED IDEOGRAPH-4e00}"', r'"\N{CJK UNIFIED IDEOGRAPH-4E0}"',
    r'"\N{CJK UNIFIED IDEOGRAPH-0004E00}"', r'"\N{CJK UNIFIED IDEOGRAPH-A000}"', r'"\N{TANGUT IDEOGRAPH-17000}"',
    r'"\N{KEYCAP NUMBER SIGN}"', r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', r'"\N{HANGUL SYLLABLE }"',
    r'"\N{é}"', r'"é\N{foo}"',
    # truncated and illegal escapes
    r'"\x"', r'"\x1"', r'"\xg0"', r'"ab\x1"', r'"\u12"', r'"\u12345"', r'"\u12g4"', r'"\U1234"',
    r'"\U00110000"', r'"\UFFFFFFFF"', r'"é\x1"', r'"😀\x1"', '"\\x\u00e9"', r'"\x4\d"',
    # invalid escapes: warned once per token, kept literally
    r'"\d"', r'"\e\q\z"', r'"\ "', '"\\\t"', r'"\8"', r'"a\Ab"', r'"\c\777"', r'"\777\c"', r'"\{"',
    '"\\\u00e9"', '"\\\u00e9\\d"', r'"\N{BULLET}\d"', r'"\400"',
    # line continuation and newlines
    '"a\\\nb"', '"""a\nb"""', '"""a\r\nb"""', '"""a\rb"""', '"a\\\r\nb"', '"""a\\\nb"""',
    '"""\n\\d"""', '"""a\n\\x1"""', '"abc\\\n\\x"',
    # non-ASCII
    '"é"', '"😀"', '"日本語"', r'"é\x41"', '"\\x41é"', '"é\\d"', r'"\u00e9é"', '"\U0001F600\\N{SNOWMAN}"',
    # bytes
    r'b"\x41\xff\x00"', r'b"\xg"', r'b"\x4"', r'b"ab\x4"', r'b"\x"', r'b"\777"', r'b"\400"', r'b"\N{BULLET}"',
    r'b"\u1234"', r'b"\U00012345"', r'b"\d\e"', r'b"\0\12\123\1234"', r'b"\a\b\f\n\r\t\v\\\'\""', 'b"é"',
    'rb"é"', 'b"a\\\nb"', 'b"""a\r\nb"""', r'b"\8"', r'B"\x4g"', r'b"\xé"', r'br"\xé"',
]

NUMBERS = [
    '0', '00', '0_0', '000', '0_00_0', '7', '1_000_000', '0x_ff', '0XFF', '0xdead_BEEF', '0o17', '0O_17',
    '0b1010', '0B_1', '0b1_0', '0x' + 'f' * 40, '1' + '0' * 30, '1' * 4300, '1' + '0' * 4300, '1_' * 4300 + '0',
    '123456789' * 100, '9007199254740993', '18446744073709551616', '1.', '.5', '1.5', '1e10', '1E-5', '1_000.5',
    '1e309', '1e-400', '2.5e-324', '5e-324', '0.1', '1.7976931348623157e308', '1.7976931348623159e308',
    '09.5', '0e0', '00.0', '1_0e1_0', '1e+5', '1.e5', '9007199254740993.0', '0.30000000000000004',
    '123456789012345678901234567890.5', '2.2250738585072011e-308', '4.9406564584124654e-324', '1_0.0_1',
    '1j', '1J', '1_000_000j', '.5j', '1.e5j', '0j', '00j', '1e309j', '1.5J', '09j', '0_0j', '1e-400j',
    '123456789012345678901234567890j',
]

ATOMS = [
    # implicit concatenation
    '"a" "b"', '"a" \'b\' """c"""', 'u"x" "y"', '"y" u"x"', 'U"x" "y"', 'u"x"', 'U"x"', 'b"a" b"c"',
    'b"a" Rb"c"', 'B"" b""', '"" ""', '("ab"\n "cd")', '("a"\n\n "b")', '"é" "ß"',
    # f-strings
    'f"a{{b}}c"', 'f"{{"', 'f"}}"', 'f"a{x}b"', 'f"{x}"', 'f""', 'F"a"', 'rf"a"', 'fR"\\d"', 'f"{x}{y}"',
    'f"{x=}"', 'f"{x = }"', 'f"{ x  =  }"', 'f"{x=!s}"', 'f"{x=!r:>5}"', 'f"{x = :>5}"', 'f"{x=:{y}}"',
    'f"{x = !s:>{w}}"', "f'{x=!s:>{w=}}'", 'f"{x:{y=}}"', "f'{3.0=}'", "f\"{'a#b'=}\"", 'f"""{x # c\n=}"""',
    'f"""{x\r\n=}"""', 'f"""{\nx\n=}"""', 'f"{x!r}"', 'f"{x!s}"', 'f"{x!a}"', 'f"{x:}"', 'f"{x!r:}"',
    'f"{x:>10}"', 'f"{x:{w}.{p}f}"', 'f"{x:{{}}>5}"', 'f"{x:a{y}b}"', 'f"a{{{x}"', 'f"{x}}}b"', 'f"{x}}}"',
    'f"é{{{x}"', 'f"é{x}ß"', 'f"{x}é"', "f\"{f'{x}'}\"", "f\"{'''a'''}\"", 'f"{1}"', 'f"{x}" "" f"{y}"',
    # concatenation with f-strings
    '"a" f"b{x}" "c"', 'u"a" f"b"', 'f"a" u"b"', 'u"" f"{x}"', 'f"" ""', 'f"{x}" ""', '"" f"{x}" ""',
    '"a" f"" "b"', 'f"a" f"b"', '("a"\n f"{x}"\n "b")', 'f"a\\\nb"', 'f"""a\nb"""', 'f"""a\r\nb{x}"""',
    # escapes in f-strings
    'f"\\n{x}\\t"', 'f"\\d{x}\\e"', 'f"\\d{1}\\e"', 'f"\\d{{\\e"', 'f"""a\n\\d{3}\n\\e"""',
    'f"""a\n\\d{3:\n\\e}\n"""', 'rf"\\d{x}"', 'f"{x:\\d}"', 'rf"{3:\\x41>5}"', 'f"{3:\\x41>5}"',
    'f"\\N{BULLET}{{"', 'f"\\N{BULLET}}}"', 'rf"\\N{x}"', 'f"\\}}"', 'f"\\{{x"', 'f"\\{x}"', 'f"\\\\{x}"',
    'f"{x!r:\\d}"', 'f"""\n{x:\n\\d}"""', 'f"\\x41{x}\\u00e9"', 'f"\\N{SNOWMAN}{x}"', 'f"\\777{x}"',
    # errors
    '"a" b"b"', 'b"a" "b"', '"a" b"b"  # c', 'b"a" "é"  # ü', '("a"\n b"b")', 'b"a" f"{x}"', 'f"{x}" b"a"', '"\\x1"', '("ab"\n "\\x1")', '("\\x1"\n "ab")',
    'f"\\x1{a}"', 'f"{a}\\x1"', 'f"""\\x1\n{a}"""', 'f"{x!z}"', 'f"{x!rr}"', 'f"{x! r}"', 'b"\\x1"', 'b"é"',
    '"\\N{foo}"', 'f"\\N{foo}"', 'f"{x:\\{y}}"', 'rf"{x:\\{y}}"', 'f"""a\n\\{{\n\\}}"""',
    'f"{x:\\d{y}\\e}"', 'f"{x!\uff52}"', 'f"{x!\uff5a}"', 'f"{x!\u00e9}"',
    # CPython 3.13.0 decodes the text of a top-level `{x=}` field as f-string text
    "f\"{'\\x41'=}\"", "rf\"{'\\x41'=}\"", "f\"{'\\N{BULLET}'=}\"", "f\"{x:{'\\x41'=}}\"", "f\"{'\\d' '\\e'=}\"",
    "f\"\\d{'\\e'=}\\q\"", "f\"\"\"{'\\d'\n=}\"\"\"", "f\"{ {}=}\"", "f\"{ {}=!r:{ {}=}}\"", "f\"{'\\\\{'=}\"", "f\"{'\\d'=!r:>{w}}\"",
    "f\"{'a' '\\d'=}\"", "f'{\"\\\\N\"=}'",
]


def write(name, cases):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as out:
        out.write('[\n' + ',\n'.join(json.dumps(case) for case in cases) + '\n]\n')


# \N{} names: every 97th named code point (all kinds: table, Hangul, CJK), upper and
# lower case, as the 'unicodeescape' codec resolves them (None: rejected).
import codecs
import unicodedata


def resolve(name):
    try:
        value = codecs.decode('\\N{%s}' % name, 'unicode_escape')
    except UnicodeDecodeError:
        return None
    return ord(value)


named = [name for name in map(lambda cp: unicodedata.name(chr(cp), None), range(0x110000)) if name]
NAMES = [[name, resolve(name)] for name in named[::97]]
NAMES += [[name.lower(), resolve(name.lower())] for name in named[::997]]
NAMES += [[name, resolve(name)] for name in ['LATIN CAPITAL LETTER GHA', 'BOM', 'ZWNBSP', 'VS256', 'NUL', 'SP',
                                             'KEYCAP NUMBER SIGN', 'HANGUL SYLLABLE GGAEGS', 'HANGUL SYLLABLE GAGX',
                                             'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-A000', '']]

with open(os.path.join(HERE, 'names.json'), 'w', encoding='utf-8') as out:
    out.write('[\n' + ',\n'.join(json.dumps(case) for case in NAMES) + '\n]\n')
write('strings.json', [token_case(text) for text in STRINGS])
write('numbers.json', [token_case(text) for text in NUMBERS])
write('fstrings.json', [atom_case(source) for source in ATOMS])
print('wrote', len(STRINGS), 'strings,', len(NUMBERS), 'numbers,', len(ATOMS), 'atoms,', len(NAMES), 'names')
