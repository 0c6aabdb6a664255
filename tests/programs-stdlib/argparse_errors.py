# argparse: error paths and less common features: ambiguous/abbreviated options, missing
# values, combined short flags, negative numbers, exit_on_error=False, custom Action
# subclasses, SUPPRESS, parser.error(), and -h through sys.argv (help on stdout, exit 0).
import argparse
import sys

# The program's own command line, as parse_args() with no list reads it.
sys.argv[1:] = ['-h']


def attempt(p, args):
    try:
        ns, extra = p.parse_known_args(args)
        print(ns, extra)
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='err')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-file')
p.add_argument('-q', action='count')
p.add_argument('-n', type=int)
p.add_argument('-p', nargs=2)
p.add_argument('val', nargs='?', type=float, default=1.0)
attempt(p, ['--ver'])
attempt(p, ['--verb'])
attempt(p, ['-n'])
attempt(p, ['-p', 'a'])
attempt(p, ['-qqqn5'])
attempt(p, ['-qx'])
attempt(p, ['--verbose=1'])
attempt(p, ['-n', '-3', '-2.5'])
attempt(p, ['-z', '--zz=1', 'x', '4'])
attempt(p, ['--', '-7'])
attempt(p, ['-n', '1', 'a b'])


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper() + '!' + str(option_string))


r = argparse.ArgumentParser(prog='raw', exit_on_error=False)
r.add_argument('--name', action=Upper)
r.add_argument('--hidden', default=argparse.SUPPRESS, help=argparse.SUPPRESS)
r.add_argument('count', type=int)
print(r.parse_args(['--name', 'bob', '3']))
print(r.parse_args(['5', '--hidden', 'h']))
try:
    r.parse_args(['x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
print(r.format_usage(), end='')
try:
    r.error('custom failure')
except SystemExit as e:
    print('exit', e.code)
try:
    r.add_argument('--name')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    r.add_argument('x', required=True)
except TypeError as e:
    print('TypeError:', e)

main = argparse.ArgumentParser(description='The description is long enough that it '
                               'has to be wrapped by the help formatter at the width.',
                               epilog='See the manual for more.')
main.add_argument('-o', '--output', metavar='FILE', help='where to write')
main.add_argument('inputs', nargs='*', help='files to read')
try:
    main.parse_args()
except SystemExit as e:
    print('exit', e.code)
