# re: flag reprs, Match details, templates with \g<n>, atomic groups and possessive quantifiers, pos/endpos, split corners, unicode classes, lookarounds, Scanner, pattern errors, bytes patterns.
import re
print(repr(re.I | re.M), repr(re.compile('a', re.I | re.S)), repr(re.compile(r'\d+')), re.compile('x', re.X).flags, re.I.value if hasattr(re.I, 'value') else int(re.I))
m = re.match(r'(?P<y>\d{4})-(?P<m>\d\d)', '2024-05-17')
print(repr(m), m.regs if hasattr(m, 'regs') else '', m.group('y', 'm'), m[0], m.start(), m.end(0))
print(re.sub(r'(\w+)@(\w+)', r'\g<2> at \g<1> (\g<0>)', 'joe@site'), re.sub(r'a|b', lambda mm: mm.group().upper() * 2, 'abc'), re.sub('x', r'\n', 'axb') == 'a\nb')
print(re.findall(r'(?>a+)b', 'aaab'), re.findall(r'a*+b', 'aaab'), re.findall(r'\d++', '12 345'))
p = re.compile(r'\w+')
print(p.findall('one two three', 4), p.findall('one two three', 0, 7), [mm.span() for mm in p.finditer('ab cd ef', 3)], p.search('  xy', 1).group(), p.match('  xy', 2).group())
print(re.split(r'\s*(,)\s*', 'a , b,c', maxsplit=1), re.split(r'(a)(x)?', 'bab'), re.split(r'\b', 'hi you'), re.split(r'', 'ab'))
print(re.findall(r'(?i)straße', 'STRASSE Straße'), re.findall(r'(?i)[a-z]+', 'ÀbC dé'), re.findall(r'\w+', 'añb_c1 ü'), re.match(r'(?a)\w+', 'añb').group())
print(re.sub(r'(?<=\d)(?=(\d{3})+(?!\d))', ',', '1234567890'), re.findall(r'(?<![a-z])\d+', 'a1 2 b3 44'), re.findall(r'(\w)(?=\1)', 'aabbcd'))
print(re.escape('1+1=2?'), re.fullmatch(r'a|ab', 'ab').group(), re.search(r'$', 'abc\n').span(), re.search(r'\Z', 'abc\n').span(), re.findall(r'^', 'a\nb', re.M))
sc = re.Scanner([(r'\d+', lambda s, t: ('NUM', int(t))), (r'[a-z]+', lambda s, t: ('ID', t)), (r'\s+', None)])
print(sc.scan('abc 12 de 3!'))
print(re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').lastindex, re.match(r'((a)(b))', 'ab').lastindex, re.match(r'(?P<outer>(?P<inner>a))', 'a').lastgroup)
try:
    re.sub(r'(a)', r'\2', 'a')
except re.error as e:
    print('re.error:', e)
try:
    re.compile(r'(?P<n>a)(?P<n>b)')
except re.error as e:
    print('re.error:', e)
try:
    re.compile('[a-')
except re.error as e:
    print('re.error:', e, e.pos, e.msg)
print(re.purge(), re.compile('a') is re.compile('a'), type(re.compile('a')).__name__, type(re.match('a', 'a')).__name__)
print(re.sub(r'x', 'y', 'xXx', flags=re.I), re.subn(r'\s', '', ' a b '), re.sub(r'(?P<d>\d)', r'<\g<d>>', 'a1b2', count=1))
print(re.findall(rb'\d+', b'a12b3'), re.sub(rb'a', b'b', b'aaa'), re.match(rb'(?P<x>.)', b'q').groupdict())
