# Tutorial chapter 7: input and output -- formatting, files, json
import json, math, os, tempfile
year = 2016
event = 'Referendum'
print(f'Results of the {year} {event}')
yes_votes = 42_572_654
total_votes = 85_705_149
percentage = yes_votes / total_votes
print('{:-9} YES votes  {:2.2%}'.format(yes_votes, percentage))
s = 'Hello, world.'
print(str(s), repr(s), str(1/7))
x = 10 * 3.25
y = 200 * 200
s = 'The value of x is ' + repr(x) + ', and y is ' + repr(y) + '...'
print(s)
hello = 'hello, world\n'
hellos = repr(hello)
print(hellos)
print(repr((x, y, ('spam', 'eggs'))))
print(f'The value of pi is approximately {math.pi:.3f}.')
table = {'Sjoerd': 4127, 'Jack': 4098, 'Dcab': 7678}
for name, phone in table.items():
    print(f'{name:10} ==> {phone:10d}')
animals = 'eels'
print(f'My hovercraft is full of {animals}.')
print(f'My hovercraft is full of {animals!r}.')
bugs = 'roaches'
count = 13
area = 'living room'
print(f'Debugging {bugs=} {count=} {area=}')
print(f'{count = }', f'{math.pi=:.2f}', f'{bugs!s:>10}|', f"{'nested':^{count}}|")
print('We are the {} who say "{}!"'.format('knights', 'Ni'))
print('{0} and {1}'.format('spam', 'eggs'))
print('{1} and {0}'.format('spam', 'eggs'))
print('This {food} is {adjective}.'.format(food='spam', adjective='absolutely horrible'))
print('The story of {0}, {1}, and {other}.'.format('Bill', 'Manfred', other='Georg'))
table = {'Sjoerd': 4127, 'Jack': 4098, 'Dcab': 8637678}
print('Jack: {0[Jack]:d}; Sjoerd: {0[Sjoerd]:d}; Dcab: {0[Dcab]:d}'.format(table))
print('Jack: {Jack:d}; Sjoerd: {Sjoerd:d}; Dcab: {Dcab:d}'.format(**table))
table = {k: str(v) for k, v in vars().items() if k in ('year', 'event', 'count')}
print(table)
for x in range(1, 11):
    print('{0:2d} {1:3d} {2:4d}'.format(x, x*x, x*x*x))
for x in range(1, 11):
    print(repr(x).rjust(2), repr(x*x).rjust(3), end=' ')
    print(repr(x*x*x).rjust(4))
print('12'.zfill(5), '-3.14'.zfill(7), '3.14159265359'.zfill(5), 'ab'.ljust(5, '.') + '|', 'ab'.center(7, '*'))
print('The value of pi is approximately %5.3f.' % math.pi)
print('%s has %d items costing %.2f (%x, %o, %e, %r, %%, %-6s|, %+05d)' % ('cart', 3, 9.5, 255, 8, 12345.678, 'q', 'ab', 42))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 7})
print(format(1234567.891, ',.2f'), format(0.000123, '.2e'), format(42, '>8'), format('x', '*^9'), format(3.0, 'g'), format(1e20, 'g'), format(-0.0, '+.1f'))
print('{:,}'.format(10**9), '{:_b}'.format(1023), '{:=+8.2f}'.format(-3.5), '{!r:>8}'.format('a'), '{:%}'.format(0.125), '{:.0f} {:.0f}'.format(0.5, 1.5))
for align, text in zip('<^>', ['left', 'center', 'right']):
    print('{0:{fill}{align}16}'.format(text, fill=align, align=align))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'workfile')
    with open(path, 'w', encoding="utf-8") as f:
        print(f.write('This is the first line of the file.\n'))
        f.write('Second line of the file\n')
        print('Third line', 42, file=f)
    print(f.closed)
    with open(path, encoding="utf-8") as f:
        read_data = f.read()
    print(read_data, end='')
    with open(path, encoding="utf-8") as f:
        print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
    with open(path, encoding="utf-8") as f:
        for line in f:
            print(line, end='')
    with open(path, encoding="utf-8") as f:
        print(list(f), f.name == path, f.mode)
    with open(path, 'rb+') as f:
        print(f.write(b'0123456789abcdef'), f.seek(5), f.read(1), f.seek(-3, 2), f.read(1), f.tell())
    with open(path, 'a', encoding="utf-8") as f:
        f.writelines(['x\n', 'y\n'])
    with open(path, encoding="utf-8") as f:
        print(f.readlines()[-3:])
    f = open(path, encoding="utf-8")
    f.close()
    try:
        f.read()
    except ValueError as e:
        print("ValueError:", e)
    try:
        open(os.path.join(tmp, 'missing.txt'))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror)
    x = [1, 'simple', 'list']
    print(json.dumps(x))
    jpath = os.path.join(tmp, 'data.json')
    with open(jpath, 'w', encoding='utf-8') as f:
        json.dump({'x': x, 'n': None, 'pi': 3.14, 'ok': True, 'nested': {'a': [1, 2]}}, f)
    with open(jpath, encoding='utf-8') as f:
        data = json.load(f)
    print(data, type(data['pi']).__name__)
    print(json.dumps(data, indent=4, sort_keys=True))
    print(sorted(os.listdir(tmp)), os.path.getsize(jpath) > 0, os.path.exists(path), os.path.basename(jpath))
