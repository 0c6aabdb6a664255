# argparse: positionals, optionals, nargs, types, choices, count/append, help text and errors.
import argparse
p = argparse.ArgumentParser(prog='demo', description='Demo program for things.', epilog='Bye.')
p.add_argument('infile', help='input file')
p.add_argument('nums', nargs='*', type=int, help='numbers (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-n', '--num', type=int, default=3, help='how many [%(default)s]')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-q', action='store_true')
p.add_argument('--tag', action='append', metavar='T')
print(p.parse_args(['a.txt', '1', '2', '-vv', '--num=5', '--tag', 'x', '--tag=y']))
print(p.parse_args(['a.txt']))
print(p.parse_args(['-n7', '--mode', 'slow', '-qv', '--', '-b', '-3']))
print(p.format_usage(), end='')
print(p.format_help(), end='')
ns = p.parse_args(['z'])
print(vars(ns)['infile'], ns.num, ns == argparse.Namespace(**vars(ns)), 'num' in ns)
for bad in [[], ['a', '--num', 'x'], ['a', '--mode', 'z'], ['a', '--bogus', 'q'], ['a', '-n'], ['a', 'x']]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print('exit', e.code)
print(p.parse_known_args(['a', '--bogus', '7', '-x']))
try:
    p.parse_args(['-h'])
except SystemExit as e:
    print('exit', e.code)
