# unicodedata: name/lookup, category, combining, numeric values, normalize NFC/NFD/NFKC/NFKD, the accent-stripping idiom, errors.
import unicodedata as u
for f in [lambda: u.name('ab'), lambda: u.name(5), lambda: u.name('\x00'), lambda: u.lookup('NOPE'), lambda: u.normalize('X','a'), lambda: u.decimal('a'), lambda: u.digit('a'), lambda: u.numeric('a'), lambda: u.category('') , lambda: u.normalize('NFC', 5), lambda: u.lookup(5)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
print(u.numeric('½'), u.numeric('Ⅻ'), u.numeric('万'), u.digit('²'), u.decimal('٣'), u.mirrored('('), u.combining('\u0301'), u.east_asian_width('中'), u.bidirectional('a'), u.decomposition('é'), u.decomposition('ﬁ'), u.lookup('LATIN SMALL LETTER A'), u.name('a'), u.unidata_version, repr(u.lookup('BEL')))
print(u.name('\uac00'), u.name('\u4e00'), u.name('\U0001F600'), u.lookup('latin small letter e with acute'))
s = 'Crème Brûlée à la café, Ångström, naïve, ﬁancé ½'
nfd = u.normalize('NFD', s)
print(len(s), len(nfd), ''.join(c for c in nfd if not u.combining(c)), ''.join(c for c in nfd if u.category(c) != 'Mn'))
print(u.normalize('NFKC', s), u.normalize('NFKD', '①ﬁ'), u.is_normalized('NFC', s), u.is_normalized('NFD', s), u.normalize('NFC', nfd) == s)
print([u.category(c) for c in 'aA1 .,$+\n\u0301€_(«'])
print([u.name(c, '?') for c in 'Ωπ€→✓'])
def strip_accents(text):
    return ''.join(c for c in u.normalize('NFKD', text) if not u.combining(c))
def slugify(text):
    import re
    text = strip_accents(text).lower()
    return re.sub(r'[^a-z0-9]+', '-', text).strip('-')
print(strip_accents('Žluťoučký kůň úpěl ďábelské ódy'), slugify('Héllo, Wörld! Ça va?'))
print(sorted(['éclair', 'eclat', 'Ecole', 'ébène'], key=lambda w: strip_accents(w).casefold()))
counts = {}
for ch in 'Hello, World! 123 ½ ٣ —':
    counts[u.category(ch)[0]] = counts.get(u.category(ch)[0], 0) + 1
print(sorted(counts.items()))
print([(c, u.east_asian_width(c)) for c in 'aＡ中ｶ€'], [u.bidirectional(c) for c in 'a1א ،'], u.mirrored('<'), u.mirrored('a'))
print(u.numeric('Ⅷ', None), u.digit('x', -1), u.decimal('7'), u.numeric('¾'), [u.decimal(c) for c in '०১२'])
print(u.name(' '), u.name('\u00a0'), u.name('\u200b'), u.lookup('SNOWMAN'), u.lookup('EM DASH') == '\u2014', '\N{GREEK SMALL LETTER ALPHA}' == u.lookup('greek small letter alpha'))
