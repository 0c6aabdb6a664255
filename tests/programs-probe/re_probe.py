# re: groups, named groups, lookarounds, sub with a function, finditer, split with groups, flags.
import re
m = re.search(r'(?P<user>\w+)@(?P<host>[\w.]+)', 'contact: ann@example.com, bob@x.org')
print(m.group(), m.group(1), m['host'], m.groups(), m.groupdict(), m.span(), m.start('host'), m.end(2), m.re.pattern)
print(m.expand(r'\g<host>/\1'), m.lastgroup, m.lastindex, m.pos, m.endpos, m.string[:8])
print(re.findall(r'(\w+)@(\w+)', 'a@b c@d'), re.findall(r'\d+', 'a1b22c333'), re.findall(r'(a)|(b)', 'ab'))
print([mm.span() for mm in re.finditer(r'o', 'foo boo')], [mm.group(0) for mm in re.finditer(r'\b\w', 'hi there you')])
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'\W+', 'Words, words, words.'), re.split(r'x*', 'axbc'), re.split(r'[,;]', 'a,b;c', maxsplit=1))
print(re.sub(r'(\d+)', lambda mm: str(int(mm.group(1)) * 2), 'a1 b22 c3'), re.sub(r'(?P<w>\w+) (\w+)', r'\2 \g<w>', 'hello world'))
print(re.subn(r'a', 'A', 'banana', count=2), re.sub('', '-', 'abc'), re.sub(r'\s+', ' ', '  lots   of\tspace \n'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 and $45'), re.findall(r'\w+(?=!)', 'hey! you! there'), re.findall(r'(?<!\d)\d{2}(?!\d)', '1 12 123 45'))
print(re.match(r'(?i)hello', 'HeLLo world').group(), re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'a.b', 'a\nb', re.S), re.compile(r'''
    (\d{3})  # area
    -(\d{4}) # number
''', re.X).match('555-1234').groups())
p = re.compile(r'(?P<key>\w+)=(?P<val>[^;]*)')
print(dict(p.findall('a=1;b=two;c=')), p.groups, p.groupindex['val'], p.flags & re.UNICODE != 0)
print(re.escape('a.b*c?'), re.escape('hello world_1'), re.IGNORECASE | re.MULTILINE)
m2 = re.match(r'(a)(b)?', 'a')
print(m2.groups(), m2.groups('-'), m2.group(2), m2.span(2), m2.groupdict())
print(re.search(r'(\w)\1', 'abccd').group(), re.sub(r'(?m)^', '> ', 'l1\nl2'), re.findall(r'[^\W\d_]+', 'abc_12de'))
print(re.match(r'(?:ab)+', 'ababx').group(), re.findall(r'a{2,3}?', 'aaaaaa'), re.findall(r'<.*?>', '<a><b>'), re.search(r'x*$', 'abc').span())
print(repr(re.compile(r'\d+', re.I)), repr(re.match('a', 'a'))[:40])
try:
    re.compile('(unclosed')
except re.error as e:
    print('re.error:', e, e.pos)
try:
    re.compile('a**')
except re.error as e:
    print('re.error:', e)
print(re.sub(r'\b(\w)(\w*)', lambda mm: mm[1].upper() + mm[2].lower(), 'hELLO wORLD'), re.findall(r'\bcat\b', 'cat concat cat.'))
print(re.split(r'(?<=[.!?]) +', 'One. Two! Three? Four'), re.findall(r'\$?\d+(?:\.\d\d)?', '$5.99 and 3 and $10'))
tok = re.compile(r'\s*(?:(\d+\.?\d*)|(.))')
print([(n, o) for n, o in tok.findall('3 + 4.5*(2 - 1)')])
scanner = [(mo.lastgroup, mo.group()) for mo in re.finditer(r'(?P<NUM>\d+)|(?P<ID>[a-z]+)|(?P<OP>[-+*/=])|(?P<WS>\s+)', 'x = 12 + y2') if mo.lastgroup != 'WS']
print(scanner)
print(re.sub(r'(\d)(?=(\d{3})+$)', r'\1,', '1234567'), re.match(r'(?P<a>x)(?P=a)', 'xx').group(), bool(re.search(r'\Aab\Z', 'ab')))
print(re.findall(r'[\u00e0-\u00ff]+', 'café naïve'), re.findall(r'\w+', 'naïve café', re.ASCII), re.sub(r'\\', '/', r'a\b\c'))
