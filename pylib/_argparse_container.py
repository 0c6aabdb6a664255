"""Argument containers for pyx's argparse: the add_argument machinery shared by parsers
and argument groups, and the two group kinds."""

import re as _re

from _argparse_format import SUPPRESS, OPTIONAL, ZERO_OR_MORE, REMAINDER
from _argparse_actions import (_StoreAction, _StoreConstAction, _StoreTrueAction,
                               _StoreFalseAction, _AppendAction, _AppendConstAction,
                               _ExtendAction, _CountAction, _HelpAction, _VersionAction,
                               ArgumentError)

_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'extend': _ExtendAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
}

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _ActionsContainer:
    """Shared by parsers and groups. Invariant: every action in _actions is indexed in
    _option_string_actions under each of its option strings."""

    def _add_action(self, action):
        clashes = [s for s in action.option_strings if s in self._option_string_actions]
        if clashes:
            if self.conflict_handler == 'resolve':
                self._resolve_conflicts(clashes)
            else:
                word = 'string' if len(clashes) == 1 else 'strings'
                raise ArgumentError(action, 'conflicting option %s: %s'
                                    % (word, ', '.join(clashes)))
        self._actions.append(action)
        action.container = self
        for s in action.option_strings:
            self._option_string_actions[s] = action
            if _NEGATIVE_NUMBER.match(s):
                self._has_negative_number_optionals.append(True)
        return action

    def _resolve_conflicts(self, clashes):
        # conflict_handler='resolve': the newer action takes the option strings; an older
        # action left with none disappears from the parser and its help section.
        for s in clashes:
            old = self._option_string_actions.pop(s)
            old.option_strings.remove(s)
            if not old.option_strings:
                if old in self._actions:
                    self._actions.remove(old)
                for group in self._action_groups + self._mutually_exclusive_groups:
                    if old in group._group_actions:
                        group._group_actions.remove(old)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][:1] not in chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            if not args:
                raise TypeError('add_argument() missing required argument: dest')
            if 'required' in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
            kwargs['dest'] = args[0]
            if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE):
                kwargs['required'] = True
            if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
                kwargs['required'] = True
            option_strings = []
        else:
            option_strings = []
            long_strings = []
            for s in args:
                if not s or s[0] not in chars:
                    raise ValueError('invalid option string %r: must start with a '
                                     'character %r' % (s, chars))
                option_strings.append(s)
                if len(s) > 1 and s[1] in chars:
                    long_strings.append(s)
            if kwargs.get('dest') is None:
                first = long_strings[0] if long_strings else option_strings[0]
                dest = first.lstrip(chars)
                if not dest:
                    raise ValueError('dest= is required for options like %r' % first)
                kwargs['dest'] = dest.replace('-', '_')
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        cls = action_name if callable(action_name) else _ACTIONS.get(action_name)
        if cls is None:
            raise ValueError('unknown action %r' % (action_name,))
        type_func = kwargs.get('type')
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        action = cls(option_strings=option_strings, **kwargs)
        return self._add_action(action)

    def add_argument_group(self, title=None, description=None, **kwargs):
        group = _ArgumentGroup(self, title, description)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._mutually_exclusive_groups.append(group)
        return group

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)


class _ArgumentGroup(_ActionsContainer):
    """A titled help section; its actions also live in the parser's tables."""

    def __init__(self, container, title=None, description=None):
        self.title = title
        self.description = description
        self.prefix_chars = container.prefix_chars
        self.argument_default = container.argument_default
        self.conflict_handler = container.conflict_handler
        self._container = container
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._action_groups = container._action_groups
        self._mutually_exclusive_groups = container._mutually_exclusive_groups
        self._group_actions = []

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """At most one of its actions may appear; with required=True exactly one."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

