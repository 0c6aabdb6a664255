# A custom string.Formatter: default values for missing keys and an upper-case conversion.
from string import Formatter


class SafeFormatter(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'<{key}?>'
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)


fmt = SafeFormatter()
print(fmt.format('{greeting!u}, {name}! You have {count:03d} messages.', greeting='hello', count=7))
print(fmt.format('{0[1]} {0[0]} {p.real:+.1f}', ['a', 'b'], p=2.5))
print(fmt.format('{:>{width}}|{:^6}|', 'right', 'mid', width=8))
print(list(Formatter().parse('x={x!r:>5} {{literal}} {}')))
for bad in ['{', '}', '{0!z}', '{0}{}']:
    try:
        Formatter().format(bad, 1)
    except ValueError as e:
        print('ValueError:', e)
