"""The consuming loop of pyx's argparse: alternate positionals and optionals.

parse_into(parser, arg_strings, namespace) -> (namespace, extras). Raises ArgumentError for
bad input; the parser turns that into usage + 'prog: error: ...' and exit status 2.
"""

from _argparse_format import SUPPRESS
from _argparse_actions import ArgumentError, _argument_name


def _classify(parser, arg_strings):
    # One letter per argument string; everything after the first '--' is a value.
    indices = {}
    letters = []
    after_dashes = False
    for i, s in enumerate(arg_strings):
        if after_dashes:
            letters.append('A')
        elif s == '--':
            letters.append('-')
            after_dashes = True
        else:
            t = parser._parse_optional(s)
            if t is None:
                letters.append('A')
            else:
                indices[i] = t
                letters.append('O')
    return indices, ''.join(letters)


def parse_into(parser, arg_strings, namespace):
    conflicts = {}
    for group in parser._mutually_exclusive_groups:
        ga = group._group_actions
        for i, a in enumerate(ga):
            conflicts.setdefault(id(a), []).extend(ga[:i] + ga[i + 1:])

    option_indices, pattern = _classify(parser, arg_strings)
    seen = set()
    seen_non_default = set()
    extras = []

    def take_action(action, strings, option_string=None):
        seen.add(id(action))
        values = parser._get_values(action, strings)
        # An argument given its default value does not count as present for conflicts.
        if values is not action.default:
            seen_non_default.add(id(action))
            for other in conflicts.get(id(action), []):
                if id(other) in seen_non_default:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _argument_name(other))
        if values is not SUPPRESS:
            action(parser, namespace, values, option_string)

    def consume_optional(start):
        action, option_string, sep, explicit = option_indices[start]
        chars = parser.prefix_chars
        todo = []
        while True:
            if action is None:
                extras.append(arg_strings[start])
                return start + 1
            if explicit is not None:
                count = parser._match_argument(action, 'A')
                if count == 0 and option_string[1] not in chars and explicit != '':
                    # -xyz: a flag followed by more single-letter options.
                    if sep or explicit[0] in chars:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                    todo.append((action, [], option_string))
                    ch = option_string[0]
                    option_string = ch + explicit[0]
                    if option_string in parser._option_string_actions:
                        action = parser._option_string_actions[option_string]
                        explicit = explicit[1:]
                        if not explicit:
                            sep = explicit = None
                        elif explicit[0] == '=':
                            sep = '='
                            explicit = explicit[1:]
                        else:
                            sep = ''
                    else:
                        extras.append(ch + explicit)
                        stop = start + 1
                        break
                elif count == 1:
                    stop = start + 1
                    todo.append((action, [explicit], option_string))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
            else:
                first = start + 1
                count = parser._match_argument(action, pattern[first:])
                stop = first + count
                todo.append((action, arg_strings[first:stop], option_string))
                break
        for action, strings, option_string in todo:
            take_action(action, strings, option_string)
        return stop

    positionals = [a for a in parser._actions if not a.option_strings]

    def consume_positionals(start):
        counts = parser._match_partial(positionals, pattern[start:])
        for action, count in zip(positionals, counts):
            strings = arg_strings[start:start + count]
            start += count
            take_action(action, strings)
        del positionals[:len(counts)]
        return start

    start = 0
    last_option = max(option_indices) if option_indices else -1
    while start <= last_option:
        nxt = start
        while nxt <= last_option and nxt not in option_indices:
            nxt += 1
        if start != nxt:
            end = consume_positionals(start)
            if end > start:
                start = end
                continue
            start = end
        if start not in option_indices:
            extras.extend(arg_strings[start:nxt])
            start = nxt
        start = consume_optional(start)
    stop = consume_positionals(start)
    extras.extend(arg_strings[stop:])

    missing = []
    for action in parser._actions:
        if id(action) not in seen:
            if action.required:
                missing.append(_argument_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                    and hasattr(namespace, action.dest)
                    and action.default is getattr(namespace, action.dest)):
                # A string default goes through type= like a command-line value.
                setattr(namespace, action.dest, parser._get_value(action, action.default))
    if missing:
        raise ArgumentError(None, 'the following arguments are required: %s'
                            % ', '.join(missing))
    for group in parser._mutually_exclusive_groups:
        if group.required and not any(id(a) in seen for a in group._group_actions):
            names = [_argument_name(a) for a in group._group_actions
                     if a.help != SUPPRESS]
            raise ArgumentError(None, 'one of the arguments %s is required'
                                % ' '.join(names))
    return namespace, extras
