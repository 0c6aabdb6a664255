"""ArgumentParser for pyx's argparse: classifying argument strings and consuming them.

Each argument string becomes one letter of a pattern: 'O' an option, 'A' a value, '-' the
first '--'. Optionals take values with a regular expression per nargs kind anchored after
the option; positionals between options are matched greedily as a block, so that
`a b c` with nargs='+' then nargs=1 gives ['a', 'b'] and 'c' as in CPython.
"""

import re as _re
import sys as _sys
import os as _os

from _argparse_format import (HelpFormatter, SUPPRESS, OPTIONAL, ZERO_OR_MORE,
                              ONE_OR_MORE, REMAINDER, PARSER)
from _argparse_actions import (Namespace, ArgumentError, ArgumentTypeError,
                               _argument_name, _HelpAction)
from _argparse_container import _ActionsContainer, _NEGATIVE_NUMBER
from _argparse_subparsers import _SubParsersAction, _UNRECOGNIZED_ARGS_ATTR


def _nargs_pattern(action):
    n = action.nargs
    if n is None:
        p = '(-*A-*)'
    elif n == OPTIONAL:
        p = '(-*A?-*)'
    elif n == ZERO_OR_MORE:
        p = '(-*[A-]*)'
    elif n == ONE_OR_MORE:
        p = '(-*A[A-]*)'
    elif n == REMAINDER:
        p = '([-AO]*)'
    elif n == PARSER:
        p = '(-*A[-AO]*)'
    elif n == SUPPRESS:
        p = '(-*-*)'
    else:
        p = '(-*%s-*)' % '-*'.join('A' * n)
    if action.option_strings:
        # An optional never swallows '--'.
        p = p.replace('-*', '').replace('-', '')
    return p


class ArgumentParser(_ActionsContainer):
    """Command-line parser. Invariant: _positionals and _optionals are the first two
    entries of _action_groups and hold every action added directly to the parser."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._has_negative_number_optionals = []
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._subparsers = None
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        if add_help:
            h = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(h + 'h', h * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._defaults.update(parent._defaults)
            for action in parent._actions:
                if not isinstance(action, _HelpAction):
                    self._add_action(action)

    def __repr__(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help']
        return 'ArgumentParser(%s)' % ', '.join('%s=%r' % (n, getattr(self, n))
                                                for n in names)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, title=None, description=None, prog=None, parser_class=None,
                       action=_SubParsersAction, **kwargs):
        if self._subparsers is not None:
            raise ArgumentError(None, 'cannot have multiple subparser arguments')
        if title is not None or description is not None:
            self._subparsers = self.add_argument_group(title or 'subcommands', description)
        else:
            self._subparsers = self._positionals
        if prog is None:
            # The parser's usage without its optionals: 'main' or 'main SRC'.
            positionals = [a for a in self._actions if not a.option_strings]
            prog = self._get_formatter().format_usage(
                self.usage, positionals, self._mutually_exclusive_groups, '').strip()
        subs = action(option_strings=[], prog=prog, parser_class=parser_class or type(self),
                      **kwargs)
        self._subparsers._add_action(subs)
        return subs

    # ---- parsing ----

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and action.dest != SUPPRESS:
                if not hasattr(namespace, action.dest) and action.default != SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_optional(self, arg):
        """None for a positional, else (action or None, option_string, sep, explicit_arg)."""
        chars = self.prefix_chars
        if not arg or arg[0] not in chars:
            return None
        table = self._option_string_actions
        if arg in table:
            return table[arg], arg, None, None
        if len(arg) == 1:
            return None
        name, sep, explicit = arg.partition('=')
        if sep and name in table:
            return table[name], name, sep, explicit
        matches = self._option_tuples(arg)
        if len(matches) > 1:
            names = ', '.join([m[1] for m in matches])
            raise ArgumentError(None, 'ambiguous option: %s could match %s' % (arg, names))
        if len(matches) == 1:
            return matches[0]
        if _NEGATIVE_NUMBER.match(arg) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg:
            return None
        return None, arg, None, None

    def _option_tuples(self, arg):
        # Abbreviated long options (--verb for --verbose) and -xVALUE for short options.
        chars = self.prefix_chars
        table = self._option_string_actions
        result = []
        if arg[1] in chars:
            if self.allow_abbrev:
                prefix, sep, explicit = arg.partition('=')
                if not sep:
                    sep = explicit = None
                for s in table:
                    if s.startswith(prefix):
                        result.append((table[s], s, sep, explicit))
        else:
            short = arg[:2]
            for s in table:
                if s == short:
                    result.append((table[s], s, '', arg[2:]))
                elif s.startswith(arg):
                    result.append((table[s], s, None, None))
        return result

    def _match_argument(self, action, pattern):
        m = _re.match(_nargs_pattern(action), pattern)
        if m is None:
            n = action.nargs
            if n is None:
                msg = 'expected one argument'
            elif n == OPTIONAL:
                msg = 'expected at most one argument'
            elif n == ONE_OR_MORE:
                msg = 'expected at least one argument'
            elif isinstance(n, int):
                msg = ('expected %s argument' if n == 1 else 'expected %s arguments') % n
            else:
                msg = 'expected %s arguments' % n
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _match_partial(self, actions, pattern):
        for i in range(len(actions), 0, -1):
            m = _re.match(''.join([_nargs_pattern(a) for a in actions[:i]]), pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _parse_known_args(self, arg_strings, namespace):
        from _argparse_consume import parse_into
        return parse_into(self, arg_strings, namespace)

    # ---- values ----

    def _get_values(self, action, strings):
        if (not action.option_strings and action.nargs not in (PARSER, REMAINDER)
                and '--' in strings):
            strings.remove('--')
        n = action.nargs
        if not strings and n == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not strings and n == ZERO_OR_MORE and not action.option_strings:
            if action.default is not None:
                value = action.default
                self._check_value(action, value)
            else:
                value = strings
        elif len(strings) == 1 and n in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
        elif n == REMAINDER:
            value = [self._get_value(action, s) for s in strings]
        elif n == PARSER:
            # Only the command name is checked; the rest belongs to the sub-parser.
            value = [self._get_value(action, s) for s in strings]
            self._check_value(action, value[0])
        elif n == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, text):
        func = action.type
        if func is None:
            return text
        if not callable(func):
            raise ArgumentError(action, '%r is not callable' % (func,))
        try:
            return func(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(func, '__name__', repr(func))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, choices))

    # ---- output ----

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        return self._get_formatter().format_usage(self.usage, self._actions,
                                                  self._mutually_exclusive_groups)

    def format_help(self):
        return self._get_formatter().format_help(self)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print usage and 'prog: error: message' to stderr, then exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
