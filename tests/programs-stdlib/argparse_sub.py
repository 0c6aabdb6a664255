# argparse: sub-commands (add_subparsers/add_parser, aliases, set_defaults(func=...)),
# BooleanOptionalAction and the formatter_class variants.
import argparse


def attempt(p, args):
    try:
        ns, extra = p.parse_known_args(args)
        # A function's repr holds its address, which differs between runs.
        func = vars(ns).pop('func', None)
        print(ns, extra, func.__name__ if func else None)
    except SystemExit as e:
        print('exit', e.code)


def cmd_run(ns):
    return 'running %s x%d' % (ns.target, ns.times)


p = argparse.ArgumentParser(prog='vcs')
p.add_argument('--debug', action=argparse.BooleanOptionalAction, default=False,
               help='debug mode')
sub = p.add_subparsers(dest='cmd', help='sub-command help')
run = sub.add_parser('run', aliases=['r'], help='run a target')
run.add_argument('target')
run.add_argument('--times', type=int, default=1)
run.set_defaults(func=cmd_run)
sub.add_parser('status', help='show the status')
sub.add_parser('quiet')
ns = p.parse_args(['--no-debug', 'run', 'all', '--times', '3'])
print(ns.cmd, ns.debug, ns.func(ns))
attempt(p, ['r', 'x'])
attempt(p, ['status', '--weird'])
attempt(p, ['--debug'])
attempt(p, ['nope'])
attempt(p, ['run'])
attempt(p, ['run', '--times', 'z', 't'])
print(p.format_help(), end='')
print(run.format_help(), end='')

q = argparse.ArgumentParser(prog='top')
q.add_argument('src')
subs = q.add_subparsers(title='commands', description='things to do', required=True)
a = subs.add_parser('add')
a.add_argument('n', type=int, nargs='+')
attempt(q, ['s', 'add', '1', '2'])
attempt(q, ['s'])
print(q.format_help(), end='')
print(a.format_usage(), end='')

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='Line one\n  indented two\n\nafter blank',
                              epilog='  keep   spacing\nas is')
raw.add_argument('--x', help='a    help    text   that is squeezed')
print(raw.format_help(), end='')
txt = argparse.ArgumentParser(prog='txt', formatter_class=argparse.RawTextHelpFormatter)
txt.add_argument('--mode', help='first line\nsecond line')
print(txt.format_help(), end='')
dflt = argparse.ArgumentParser(prog='dflt',
                               formatter_class=argparse.ArgumentDefaultsHelpFormatter)
dflt.add_argument('--n', type=int, default=5, help='count')
dflt.add_argument('--s', default='abc', help='name (%(default)r)')
dflt.add_argument('--flag', action='store_true', help='a flag')
dflt.add_argument('--quiet', action='store_true')
dflt.add_argument('pos', nargs='?', default='p', help='optional positional')
dflt.add_argument('req', help='required positional')
print(dflt.format_help(), end='')
