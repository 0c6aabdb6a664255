# textwrap, string.Template, string constants, str methods used in text processing.
import textwrap, string
text = ('The quick brown fox jumps over the lazy dog. ' * 3).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, width=40), '|', textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten(text, 30, placeholder=' [...]'))
print(repr(textwrap.dedent('''
    def f():
        return 1
      # comment
''')))
print(textwrap.indent('a\n\nb\n', '> '), end='')
print(textwrap.indent('a\n\nb\n', '+ ', lambda line: True), end='')
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('supercalifragilistic', 6, break_long_words=False))
print(textwrap.wrap('a-b-c-d-e-f-g well-known hyphen-ated', 8))
print(textwrap.wrap('tab\there and   spaces', 12), textwrap.wrap('tab\there', 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('Sentence one.  Sentence two.', 40, fix_sentence_endings=True), textwrap.wrap('', 10), textwrap.wrap('   ', 10))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder='...')
print(w.wrap(text), w.width)
print(textwrap.wrap('x' * 5 + ' ' + 'y' * 5, 5, drop_whitespace=False))

t = string.Template('$who likes ${what}s; cost: $$${price}')
print(t.substitute(who='tim', what='apple', price=3), t.substitute({'who': 'ann', 'what': 'pear'}, price=1))
print(t.safe_substitute(who='x'), t.template[:4], t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError:', e)
try:
    string.Template('bad $').substitute()
except ValueError as e:
    print('ValueError:', e)
print(string.Template('$a$b').safe_substitute(a=1), string.Template('${ a }').safe_substitute(a=1))
class Pct(string.Template):
    delimiter = '%'
print(Pct('%name is %{age}').substitute(name='Bo', age=5))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('hello   world  foo'), string.capwords('a-b c-d', '-'))
fmt = string.Formatter()
print(fmt.format('{0}-{x}', 1, x=2), list(fmt.parse('a{b!r:>3}c{{d}}')))

s = 'Hello, World'
print(s.center(20, '*'), s.ljust(15, '.') + '|', s.rjust(15) + '|', s.zfill(15), '-42'.zfill(6), '+7'.zfill(4))
print(s.swapcase(), s.casefold(), 'ß'.upper(), 'ǅ'.lower(), 'ﬁ'.upper(), 'hello world'.title(), "they're bill's".title(), 'ǆ'.title())
print(s.partition(', '), s.rpartition('o'), s.partition('zz'), 'a,b,,c'.split(','), 'a b  c '.split(), 'a\nb\r\nc\rd'.splitlines(), 'a\nb\n'.splitlines(keepends=True))
print('  x  '.strip(), 'xxhixx'.strip('x'), 'www.example.com'.lstrip('cmowz.'), 'prefix_name'.removeprefix('prefix_'), 'file.txt'.removesuffix('.txt'))
print('a\tb\tc'.expandtabs(4), 'tab\t'.expandtabs(), '12'.isdigit(), '½'.isnumeric(), '½'.isdigit(), '٣'.isdecimal(), 'abc'.isidentifier(), '1a'.isidentifier(), ' '.isspace(), 'Ab'.istitle(), 'ABC1'.isupper())
print(s.find('o'), s.rfind('o'), s.index('W'), s.count('l'), s.count(''), s.startswith(('He', 'x')), s.endswith('ld', 0, 12), s.find('o', 5, 8))
tbl = str.maketrans({'a': '1', 'b': None, 'c': 'CC'})
print('abcabc'.translate(tbl), 'hello'.translate(str.maketrans('el', 'ip')), 'hello'.translate(str.maketrans('', '', 'l')))
print(' | '.join(['a', 'b']), '-'.join('xyz'), 'ab' * 3, 'a' in 'cat', 'x'.join([]), '%-5s|' % 'ab', 'Ab'.encode('utf-16-le'), 'é'.encode('latin-1'), b'caf\xc3\xa9'.decode())
words = 'the cat and the hat and the bat'.split()
from collections import Counter
print(Counter(words).most_common(2), sorted(set(words), key=words.index), max(words, key=len), sorted(words, key=lambda w: (-len(w), w))[:3])
