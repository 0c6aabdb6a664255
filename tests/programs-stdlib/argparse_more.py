# argparse: sys.argv parsing, groups, mutually exclusive groups, version, nargs N/'+'/'?',
# const, set_defaults, custom types, abbreviations, long usage wrapping, Namespace.
import argparse
import sys

# The program's own command line, as parse_args() with no list reads it.
sys.argv[1:] = ['--size', '4', 'run', '-x', '1.5', '--le', '7']


def positive(text):
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return n


def show(p, args):
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(description='Run a benchmark a few times and print timings.')
p.add_argument('command', choices=['run', 'list'])
p.add_argument('-x', type=float, default=0.5, help='scale factor')
p.add_argument('--size', type=positive, default='2', help='problem size (default %(default)s)')
p.add_argument('--level', dest='lvl', type=int)
print(p.prog)
print(p.parse_args())
print(p.parse_args(['list']))
show(p, ['run', '--size', '0'])
show(p, ['run', '--size', 'abc'])
show(p, ['run', '--lev', '3'])

q = argparse.ArgumentParser(prog='tool', add_help=False)
q.add_argument('--version', action='version', version='%(prog)s 1.2')
q.add_argument('pair', nargs=2, type=int)
q.add_argument('rest', nargs='+')
q.add_argument('--opt', nargs='?', const='C', default='D')
q.add_argument('--flag', action='store_const', const=42)
q.add_argument('--no-cache', action='store_false')
q.add_argument('--each', action='extend', nargs='+')
q.add_argument('--one', action='append_const', const=1, dest='ones')
q.set_defaults(extra='yes')
show(q, ['1', '2', 'a', 'b', '--opt'])
show(q, ['1', '2', 'a', '--opt', 'v', '--flag', '--no-cache', '--each', 'p', 'q',
         '--one', '--one'])
show(q, ['1', 'a'])
show(q, ['1', '2'])
show(q, ['--version'])
print(q.get_default('extra'), q.get_default('opt'))

r = argparse.ArgumentParser(prog='grp')
g = r.add_argument_group('network', 'Settings for the network connection.')
g.add_argument('--host', default='localhost', help='server host name')
g.add_argument('--port', type=int, default=80, help='server port')
m = r.add_mutually_exclusive_group()
m.add_argument('--json', action='store_true', help='JSON output')
m.add_argument('--text', action='store_true', help='text output')
show(r, ['--json', '--port', '8080'])
show(r, ['--json', '--text'])
print(r.format_help(), end='')

s = argparse.ArgumentParser(prog='must')
need = s.add_mutually_exclusive_group(required=True)
need.add_argument('-a', action='store_true')
need.add_argument('-b', type=int)
show(s, [])
show(s, ['-b', '3'])
print(s.format_usage(), end='')

long = argparse.ArgumentParser(prog='very_long_program_name')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']:
    long.add_argument('--' + name, metavar=name.upper() + '_VALUE',
                      help='the %s setting, which has a rather long help text that '
                           'needs to be wrapped over more than one line' % name)
long.add_argument('inputs', nargs='+', help='input files')
print(long.format_help(), end='')

ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), ns != argparse.Namespace(a=2))
ns.c = [1]
print(vars(ns), 'c' in ns, 'd' in ns)
print(argparse.Namespace(**{'with-dash': 1, 'ok': 2}))
