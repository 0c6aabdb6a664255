# A fixed-width report built with string helpers and str.format.
import string

rows = [('widget', 3, 2.5), ('gadget', 10, 1.25), ('doohickey', 1, 99.0)]
header = '{:<10}{:>5}{:>9}'.format('item', 'qty', 'price')
print(header)
print('-' * len(header))
for name, qty, price in rows:
    print('{:<10}{:>5}{:>9.2f}'.format(string.capwords(name), qty, price))
total = sum(q * p for _, q, p in rows)
print(f'{"total":<15}{total:>9.2f}')
vowels = set('aeiou')
for name, _, _ in rows:
    consonants = [c for c in name if c in string.ascii_letters and c not in vowels]
    print(name, ''.join(consonants).translate(str.maketrans(string.ascii_lowercase, string.ascii_uppercase)))
print(string.Template('$x-$y').substitute(x=1, y=2))
