"""argparse for pyx: a practical subset of CPython 3.13's command-line parser.

Supported: ArgumentParser (prog, usage, description, epilog, parents, formatter_class,
prefix_chars, argument_default, conflict_handler, add_help, allow_abbrev, exit_on_error),
positionals and optionals with type/default/choices/required/metavar/nargs (None, '?', '*',
'+', N, REMAINDER), the actions store, store_const, store_true, store_false, append,
append_const, extend, count, help, version and BooleanOptionalAction (or an Action
subclass), argument groups, mutually exclusive groups, sub-commands (add_subparsers),
set_defaults/get_default, parse_args, parse_known_args, the Raw*/ArgumentDefaults formatter
classes, and error messages worded as CPython's. Not here: fromfile_prefix_chars (accepted,
not read), FileType, parse_intermixed_args, MetavarTypeHelpFormatter.

Parsing follows CPython's scheme: each argument string is classified as an option ('O'),
a value ('A') or the '--' separator ('-'); positionals are then matched greedily against
runs of values with one regular expression per nargs kind.
"""

from _argparse_format import (HelpFormatter, RawDescriptionHelpFormatter,
                              RawTextHelpFormatter, ArgumentDefaultsHelpFormatter, SUPPRESS,
                              OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, REMAINDER)
from _argparse_actions import (Action, BooleanOptionalAction, Namespace, ArgumentError,
                               ArgumentTypeError)
from _argparse_parser import ArgumentParser

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'Action', 'Namespace', 'ONE_OR_MORE', 'OPTIONAL',
           'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

# The classes live in private helper modules; they report 'argparse' as their module, as
# CPython's do (seen in reprs and in tracebacks of uncaught ArgumentError).
for _cls in (ArgumentParser, ArgumentError, ArgumentTypeError, BooleanOptionalAction,
             HelpFormatter, ArgumentDefaultsHelpFormatter, RawDescriptionHelpFormatter,
             RawTextHelpFormatter, Action, Namespace):
    _cls.__module__ = 'argparse'
del _cls
