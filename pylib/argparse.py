"""argparse for pyx: a practical subset of CPython 3.13's command-line parser.

Supported: ArgumentParser (prog, usage, description, epilog, add_help, prefix_chars,
allow_abbrev, exit_on_error), positionals and optionals with type/default/choices/required/
metavar/nargs (None, '?', '*', '+', N, REMAINDER), the actions store, store_const,
store_true, store_false, append, append_const, extend, count, help and version, argument
groups, mutually exclusive groups, set_defaults/get_default, parse_args, parse_known_args,
and error messages worded as CPython's. Subparsers and fromfile_prefix_chars are not here.

Parsing follows CPython's scheme: each argument string is classified as an option ('O'),
a value ('A') or the '--' separator ('-'); positionals are then matched greedily against
runs of values with one regular expression per nargs kind.
"""

from _argparse_format import (HelpFormatter, SUPPRESS, OPTIONAL, ZERO_OR_MORE,
                              ONE_OR_MORE, REMAINDER)
from _argparse_actions import Action, Namespace, ArgumentError, ArgumentTypeError
from _argparse_parser import ArgumentParser

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'HelpFormatter',
           'Action', 'Namespace', 'ONE_OR_MORE', 'OPTIONAL', 'REMAINDER', 'SUPPRESS',
           'ZERO_OR_MORE']
