"""re cases for gen-stdlib-expected.py: search/match/fullmatch/findall/finditer/sub/subn/
split results and re.error messages, from CPython 3.13."""
import re
import _sre

PATTERNS = [
    r'a', r'abc', r'a|b|c', r'a*', r'a+?', r'a*?', r'(a)(b)?', r'(a|b)*c', r'x*', r'\d+', r'\w+', r'\s+', r'\W',
    r'\D+', r'\S+', r'\bfoo\b', r'\Bo\B', r'^a', r'a$', r'^', r'$', r'(?m)^\w', r'(?m)\w$', r'\A\w', r'\w\Z',
    r'.', r'(?s).', r'.+', r'(?P<first>\w+) (?P<last>\w+)', r'(\w)\1', r'(?P<q>[\'"]).*?(?P=q)', r'(?i)straße',
    r'(?i)[a-c]+', r'[^a-c]+', r'[\d\s]+', r'[^\W\d]+', r'[\w-]+', r'[]a]', r'[a-]', r'[\]\\]', r'a{2}', r'a{2,}',
    r'a{,2}', r'a{1,3}?', r'a{', r'a{x}', r'x{2,3}+', r'(?>a+)a', r'a++b', r'(?=(\w+))\w', r'(?!a)\w', r'(?<=a)b',
    r'(?<!a)b', r'(?<=\d{2})x', r'(?x) a b  # comment\n c', r'(?i:a)b', r'(?s:.)\.', r'(?a)\w+', r'\x41\u00e9\U0001F600',
    r'\101\0', r'[\x00-\x1f]', r'(a)|b', r'((a)|b)', r'(a)(?:b)(c)', r'(?:(a)|b)c\1?', r'é+', r'😀|.',
    r'\t\n', r'(?#comment)a', r'(a*)*', r'(a*)+', r'(|a)+', r'()', r'(?:)', r'a|', r'|', r'\$\.\*',
    r'(?P<word>\b\w+\b)', r'(\d+)-(\d+)', r'[A-Z][a-z]*', r'(?i)ǅ', r'[\u0400-\u04ff]+', r'\d', r'(?a)\d', r'(?a)\s',
    r'(?u)\w', r'(?i)k', r'a.c', r'(?m)$', r'\n$', r'(ab)+', r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11',
    r'\N{LATIN SMALL LETTER A}+', r'[\N{DIGIT ONE}-\N{DIGIT THREE}]', r'\N{snowman}|\N{GRINNING FACE}',
    r'(a)(?<=\1)b', r'(ab)c?(?<=\1)', r'(?P<q>.)(?<=(?P=q))', r'(\w)(?<!\1\1)\1',
]
STRINGS = [
    '', 'a', 'abc', 'aaa', 'bab', 'foo bar foo', 'foofoo', 'a1b22c333', 'Hello World', 'x\ny\n', 'ab\n', '\n',
    'STRASSE straße', "say 'hi' and \"bye\"", 'a-b_c d', 'ÀÉÎõü ß 123 ١٢٣', '😀a😀b', 'x\u2028y\u0085z\x1c',
    'aabbcc', 'abcabc', '12-34 56-78', 'ǅ ǆ Ǆ', 'Привет мир', 'k K \u212a', 'abcdefghijkk',
]
FLAGS = [0, re.I, re.M | re.S]
TEMPLATES = [r'<\g<0>>', r'[\1]', r'\g<1>\g<1>', '-', r'\n\\', r'<\g<first>>']
ERRORS = [
    '(a', 'a)', '[a', '*a', 'a**', 'a{3,2}', '\\', '\\q', '(?P<1>a)', '(?P=x)', '(?P<a>x)(?P<a>y)', '\\8', '(a)\\2',
    '(?<=a+)b', '(?<!a*)b', '(?z)', '(?i', '(?-i)', '(?i-i:a)', 'a(?i)', '[b-a]', '[\\d-z]', '\\x1', '\\u12',
    '\\U00110000', '(?P', '(?P<a', '(?Px)', '(?<x)', '(?', '(?#abc', 'a\n(b', '(?(1)a|b)', '(?(x)a)', '\\400',
    '[\\400]', '[\\8]', '(a)(?P=1)', '(?P<a>a(?P=a))', 'a{4294967295}', '(?L)a', '(?au)a', '(?-a:x)',
    '\\N', '\\N{', '\\N{NO SUCH NAME}', '[\\N{LATIN SMALL LETTER A}-\\N{NOPE}]', '\\N{}',
]
UNSUPPORTED = ['(a)?(?(1)b|c)', '(?:(a)|b)+', '(a)?\\1', '(?:(a)|b)\\1', '(?i)a(?-i:b)', '(?i:[а-я])', '(a*)*']


def attempt(enc, err, f):
    try:
        return enc(f())
    except Exception as e:
        return err(e)


def mres(m):
    if m is None:
        return None
    return {'span': [m.start(), m.end()], 'groups': [m.span(g) for g in range(1, m.re.groups + 1)],
            'lastindex': m.lastindex, 'lastgroup': m.lastgroup}


def generate(enc, err):
    cases = []
    for pat in PATTERNS:
        for fl in FLAGS:
            try:
                p = re.compile(pat, fl)
            except re.error as e:
                cases.append({'pattern': pat, 'flags': fl, 'compile': err(e)})
                continue
            rows = []
            for s in STRINGS:
                row = {'s': s,
                       'search': mres(p.search(s)), 'match': mres(p.match(s)), 'fullmatch': mres(p.fullmatch(s)),
                       'findall': attempt(enc, err, lambda: p.findall(s)),
                       'finditer': [[m.start(), m.end()] for m in p.finditer(s)],
                       'split': attempt(enc, err, lambda: p.split(s)),
                       'split1': attempt(enc, err, lambda: p.split(s, 1)),
                       'subn': attempt(enc, err, lambda: list(p.subn('#', s))),
                       'sub2': attempt(enc, err, lambda: p.sub('#', s, 2)),
                       'subneg': attempt(enc, err, lambda: list(p.subn('#', s, -1))),
                       'splitneg': attempt(enc, err, lambda: p.split(s, -1))}
                for t in TEMPLATES:
                    row['tpl ' + t] = attempt(enc, err, lambda: p.sub(t, s))
                if len(s) > 3:
                    row['search_pos'] = mres(p.search(s, 2, len(s) - 1))
                    row['match_pos'] = mres(p.match(s, 1, 3))
                rows.append(row)
            cases.append({'pattern': pat, 'flags': fl, 'groups': p.groups, 'groupindex': dict(p.groupindex), 'rows': rows})
    errors = []
    for pat in ERRORS:
        try:
            re.compile(pat)
            errors.append({'pattern': pat, 'out': None})
        except re.error as e:
            errors.append({'pattern': pat, 'out': {'error': 'PatternError', 'message': str(e), 'pos': e.pos}})
        except Exception as e:
            errors.append({'pattern': pat, 'out': err(e)})
    template_errors = []
    p = re.compile(r'(?P<a>x)(y)')
    for t in [r'\3', r'\g<3>', r'\g<b>', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\q', '\\', r'\400', r'\g', r'\18', r'\0', r'\07',
              r'\08', r'\177', r'\-', r'\g<2>\1']:
        template_errors.append({'t': t, 'out': attempt(enc, err, lambda: p.sub(t, 'xy'))})
    escapes = [[s, re.escape(s)] for s in ['a.b*c', 'é ü\t\n', '()[]{}?*+-|^$\\.&~# \v\f', 'abc_123', '😀!@%']]
    api = []
    for pat, s, tpl in [(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Jane Doe', r'\g<last>, \g<first>\g<opt>'),
                        (r'(a)(b)?(?P<c>c)', 'xac', r'[\3\2\1]'),
                        (r'(?P<x>é+)(?P<y>😀)', 'aéé😀', r'\g<y>\g<x>\n'),
                        (r'((a)(b))', 'ab', r'\g<0>-\1-\2-\3')]:
        m = re.search(pat, s)
        api.append({'pattern': pat, 's': s, 'template': tpl,
                    'group': [m.group(g) for g in range(m.re.groups + 1)],
                    'named': {k: m.group(k) for k in m.re.groupindex},
                    'groups_default': list(m.groups('-')), 'groupdict': m.groupdict('?'),
                    'expand': m.expand(tpl), 'lastindex': m.lastindex, 'lastgroup': m.lastgroup,
                    'bad_group': attempt(enc, err, lambda: m.group(99)), 'bad_name': attempt(enc, err, lambda: m.group('nope'))})
    bytes_cases = []
    for pat, fl in [(rb'\w+', 0), (rb'(?i)k+', 0), (rb'[\xe0-\xff]+', 0), (rb'\s', 0), (rb'(\d)(\D)', 0), (rb'\bx', 0),
                    (rb'.', re.S), (rb'(?P<n>a)|b', 0), (rb'\xe9', re.I), (rb'\xc9', re.I), (rb'[a-z]+', re.I), (rb'x*', 0),
                    (rb'(?L)\w+', 0), (rb'\w+', re.L)]:
        p = re.compile(pat, fl)
        for subj in (b'', b'ab_1 \xe9\xc9 x9!\n', b'KkK kelvin x', b'\x00\xff\x85\xa0 \t'):
            bytes_cases.append({'pattern': enc(pat), 'flags': fl, 's': enc(subj), 'pflags': p.flags,
                                'search': mres(p.search(subj)), 'findall': enc(p.findall(subj)),
                                'split': enc(p.split(subj)), 'sub': enc(p.sub(rb'<\g<0>>', subj)),
                                'escape': enc(re.escape(subj))})
    bytes_errors = []
    for f in (lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('a', b'x', 'a'), lambda: re.search('a', b'a'),
              lambda: re.search(b'a', 'a'), lambda: re.compile(b'\\u0041'), lambda: re.compile(b'(?u)a'),
              lambda: re.compile(b'a', re.U), lambda: re.compile(b'a', re.L | re.A), lambda: re.compile(b'(?P<\xe9>a)'),
              lambda: re.compile(b'\xe9('), lambda: re.sub(b'(a)', lambda m: 'A', b'xa'), lambda: re.sub(b'a', b'\\q', b'a'),
              lambda: re.sub(b'a', b'\\g<\xe9>', b'a'), lambda: re.compile(b'\\N{DIGIT ONE}'), lambda: re.compile(b'[\xe9-a]'),
              lambda: re.sub(b'(a)', lambda m: m.group(1).upper(), b'xa'), lambda: re.search(b'(?P<a>.)', b'\xff').expand(b'\\g<a>!')):
        bytes_errors.append(attempt(enc, err, f))
    reprs = []
    for pat, fl, subj in [('a', 0, 'xa'), ('a', re.I | re.M, 'A'), ('(?x)a b', 0, 'ab'), (b'a', re.L, b'a'), ('a', re.A, 'a'),
                          ('a' * 300, 0, 'a' * 300), ('é.', re.S, 'x\u00e9\n'), (b'\xff', 0, b'\xff'), ("'\"", re.X, "'\""),
                          ('x+', re.S | re.VERBOSE | re.DOTALL, 'x' * 80)]:
        p = re.compile(pat, fl)
        reprs.append({'pattern': enc(pat), 'flags': fl, 's': enc(subj), 'pattern_repr': repr(p), 'match_repr': repr(p.search(subj))})
    return {'cases': cases, 'errors': errors, 'api': api, 'bytes': bytes_cases, 'reprs': reprs, 'icase': icase_pairs(), 'bytes_errors': bytes_errors, 'unsupported': UNSUPPORTED, 'template_errors': template_errors,
            'escapes': escapes}


def icase_pairs():
    """Every pair of characters that sre's case folding may relate (same simple lower case,
    or through one's upper case), with whether (?i)a and (?i)[a] fully match b."""
    groups = {}
    for cp in range(0x110000):
        if 0xd800 <= cp < 0xe000:
            continue
        groups.setdefault(_sre.unicode_tolower(cp), set()).add(cp)
    pairs = []
    for g in groups.values():
        cand = set(g)
        for c in list(g):
            u = chr(c).upper()
            if len(u) == 1:
                cand |= groups.get(_sre.unicode_tolower(ord(u)), set())
        if len(cand) < 2:
            continue
        for a in sorted(cand):
            for b in sorted(cand):
                if a != b:
                    A, B = chr(a), chr(b)
                    pairs.append([A, B, int(re.fullmatch('(?i)' + re.escape(A), B) is not None),
                                  int(re.fullmatch('(?i)[' + re.escape(A) + ']', B) is not None)])
    return pairs
