"""Help and usage formatting for pyx's argparse (HelpFormatter).

Follows the layout rules of CPython 3.13's HelpFormatter: a `usage:` line (wrapped when wider
than the terminal), the description, one section per argument group, then the epilog. Help
columns start at min(longest invocation + 4, 24); text is wrapped with textwrap.
"""

import os as _os
import textwrap as _textwrap

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'
PARSER = 'A...'


def _terminal_columns():
    # shutil.get_terminal_size(): $COLUMNS wins; a pipe (tests) falls back to 80 columns.
    try:
        cols = int(_os.environ.get('COLUMNS', ''))
        if cols > 0:
            return cols
    except ValueError:
        pass
    return 80


def metavar_for(action, default):
    if action.metavar is not None:
        return action.metavar
    if action.choices is not None:
        return '{' + ','.join(map(str, action.choices)) + '}'
    return default


def format_args(action, default):
    """The argument part of an invocation, e.g. 'FOO', '[FOO ...]', 'A B' (nargs=2)."""
    m = metavar_for(action, default)
    n = action.nargs
    if isinstance(m, tuple):
        parts = m
    else:
        count = n if isinstance(n, int) else 2
        parts = (m,) * max(count, 1)
    if n is None:
        return '%s' % parts[0]
    if n == OPTIONAL:
        return '[%s]' % parts[0]
    if n == ZERO_OR_MORE:
        if isinstance(m, tuple) and len(parts) == 2:
            return '[%s [%s ...]]' % parts
        return '[%s ...]' % parts[0]
    if n == ONE_OR_MORE:
        return '%s [%s ...]' % (parts[0], parts[1] if len(parts) > 1 else parts[0])
    if n == REMAINDER:
        return '...'
    if n == PARSER:
        return '%s ...' % parts[0]
    if n == SUPPRESS:
        return ''
    return ' '.join(parts[:n])


def _invocation(action):
    # Help rows: 'name' for a positional, '-s, --long ARGS' for an optional (3.13 style).
    if not action.option_strings:
        m = metavar_for(action, action.dest)
        if isinstance(m, tuple):
            (m,) = m
        return m
    if action.nargs == 0:
        return ', '.join(action.option_strings)
    return ', '.join(action.option_strings) + ' ' + format_args(action, action.dest.upper())


def _usage_parts(actions, groups):
    # Mutually exclusive groups whose actions sit contiguously are printed [a | b] / (a | b).
    in_group = set()
    inserts = {}
    for group in groups:
        ga = group._group_actions
        if not ga or all(a.help == SUPPRESS for a in ga):
            continue
        try:
            start = actions.index(ga[0])
        except ValueError:
            continue
        end = start + len(ga)
        if actions[start:end] == ga:
            for a in ga:
                in_group.add(id(a))
            inserts[(start, end)] = group
    parts = []
    for action in actions:
        if action.help == SUPPRESS:
            part = None
        elif not action.option_strings:
            part = format_args(action, action.dest)
            if id(action) in in_group and part[:1] == '[' and part[-1:] == ']':
                part = part[1:-1]
        else:
            if action.nargs == 0:
                part = action.format_usage()
            else:
                part = '%s %s' % (action.option_strings[0],
                                  format_args(action, action.dest.upper()))
            if not action.required and id(action) not in in_group:
                part = '[%s]' % part
        parts.append(part)
    done = set()
    for (start, end) in sorted(inserts, reverse=True):
        group = inserts[(start, end)]
        gp = [p for p in parts[start:end] if p is not None]
        if group.required:
            opening, closing = ('(', ')') if len(gp) > 1 else ('', '')
        else:
            opening, closing = '[', ']'
        gp[0] = opening + gp[0]
        gp[-1] = gp[-1] + closing
        for i, p in enumerate(gp[:-1], start):
            if i not in done:
                parts[i] = p + ' |'
                done.add(i)
        parts[start + len(gp) - 1] = gp[-1]
        for i in range(start + len(gp), end):
            parts[i] = None
    return [p for p in parts if p is not None]


class HelpFormatter:
    """Formats usage and help text. Invariant: width >= 11 after construction."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))

    def format_usage(self, usage, actions, groups, prefix='usage: '):
        prog = self._prog
        if usage is not None:
            return '%s%s\n' % (prefix, usage % dict(prog=prog))
        if not actions:
            return '%s%s\n' % (prefix, prog)
        opts = [a for a in actions if a.option_strings]
        poss = [a for a in actions if not a.option_strings]
        opt_parts = _usage_parts(opts, groups)
        pos_parts = _usage_parts(poss, groups)
        text = ' '.join([s for s in [prog, ' '.join(_usage_parts(opts + poss, groups))] if s])
        width = self._width
        if len(prefix) + len(text) <= width:
            return '%s%s\n' % (prefix, text)

        def get_lines(parts, indent, first_prefix=None):
            lines = []
            line = []
            line_len = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = get_lines(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = get_lines(opt_parts, indent) + get_lines(pos_parts, indent)
            lines = [prog] + lines
        return '%s%s\n' % (prefix, '\n'.join(lines))

    def _fill(self, text, indent):
        return self._fill_text(text, max(self._width - len(indent), 11), indent)

    # The three hooks below are what the formatter_class variants override.
    def _fill_text(self, text, width, indent):
        text = ' '.join(text.split())
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        return _textwrap.wrap(' '.join(text.split()), width)

    def _get_help_string(self, action):
        return action.help

    def _expand_help(self, action):
        params = {}
        for k, v in vars(action).items():
            if v is not SUPPRESS and v != SUPPRESS:
                params[k] = v
        for k in list(params):
            if hasattr(params[k], '__name__'):
                params[k] = params[k].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        params['prog'] = self._prog
        return self._get_help_string(action) % params

    def _format_action(self, action, help_position, indent=2):
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = _invocation(action)
        if not (action.help and action.help.strip()):
            return ('%*s%s\n' % (indent, '', header)
                    + self._format_subactions(action, help_position, indent + 2))
        if len(header) <= action_width:
            out = '%*s%-*s  ' % (indent, '', action_width, header)
            first_on_line = True
        else:
            out = '%*s%s\n' % (indent, '', header)
            first_on_line = False
        lines = self._split_lines(self._expand_help(action), help_width) or ['']
        if first_on_line:
            out += lines[0] + '\n'
            lines = lines[1:]
        for line in lines:
            out += '%*s%s\n' % (help_position, '', line)
        return out + self._format_subactions(action, help_position, indent + 2)

    def _format_subactions(self, action, help_position, indent):
        # Sub-command rows sit under the sub-parsers row, two columns further in.
        subs = action._get_subactions() if hasattr(action, '_get_subactions') else []
        return ''.join([self._format_action(a, help_position, indent) for a in subs])

    def format_help(self, parser):
        parts = [self.format_usage(parser.usage, parser._actions,
                                   parser._mutually_exclusive_groups), '\n']
        if parser.description:
            parts.append(self._fill(parser.description % dict(prog=self._prog), '') + '\n\n')
        shown = [a for a in parser._actions if a.help != SUPPRESS]
        lengths = [0]
        for a in shown:
            lengths.append(len(_invocation(a)) + 2)
            for sub in (a._get_subactions() if hasattr(a, '_get_subactions') else []):
                lengths.append(len(_invocation(sub)) + 4)
        longest = max(lengths)
        help_position = min(longest + 2, self._max_help_position)
        for group in parser._action_groups:
            actions = [a for a in group._group_actions if a.help != SUPPRESS]
            if not actions and not group.description:
                continue
            parts.append('%s:\n' % group.title if group.title else '')
            if group.description:
                parts.append(self._fill(group.description, '  ') + '\n\n')
            for a in actions:
                parts.append(self._format_action(a, help_position))
            parts.append('\n')
        if parser.epilog:
            parts.append(self._fill(parser.epilog % dict(prog=self._prog), '') + '\n\n')
        text = ''.join(parts)
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written (only indented)."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Also keeps each argument's help text line breaks as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to help texts that do not mention the default."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default != SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help
