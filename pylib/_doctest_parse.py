"""doctest's data model and parser: option flags, Example, DocTest and DocTestParser.

Written for pyx from the documented behaviour of CPython 3.13's doctest (never copied). An
example is a `>>>` line plus its `...` continuation lines; its expected output is the run of
non-blank lines after it that do not start another example. Expected output that begins with
a traceback header expects an exception: its message is the part from the first line that
starts with a word character.
"""

import re

__all__ = ['register_optionflag', 'OPTIONFLAGS_BY_NAME', 'Example', 'DocTest', 'DocTestParser',
           'BLANKLINE_MARKER', 'ELLIPSIS_MARKER']

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    # Each new flag takes the next bit; registering a name twice gives its existing flag.
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


class Example:
    """One interactive example: `source` and `want` end with a newline (want may be empty);
    `exc_msg` is the expected exception message or None; `lineno` counts from 0 within the
    docstring; `options` maps flags to True/False from `# doctest:` directives."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, run in a copy of `globs`; `lineno` is the docstring's
    0-based line in `filename` (None when unknown)."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename, self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        mine = -1 if self.lineno is None else self.lineno
        theirs = -1 if other.lineno is None else other.lineno
        return ((self.name, self.filename, mine, id(self))
                < (other.name, other.filename, theirs, id(other)))


_PS1 = re.compile(r'( *)>>>')
_TRACEBACK_HEADER = re.compile(r'Traceback \((?:most recent call last|innermost last)\):\s*$')
_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$')


class DocTestParser:
    """Splits a docstring into Examples and the text between them."""

    def parse(self, string, name='<string>'):
        string = string.expandtabs()
        lines = string.split('\n')
        indents = [len(line) - len(line.lstrip(' ')) for line in lines if line.strip()]
        strip = min(indents) if indents else 0
        if strip > 0:
            lines = [line[strip:] for line in lines]
        output = []
        text = []
        i = 0
        while i < len(lines):
            m = _PS1.match(lines[i])
            if m is None:
                text.append(lines[i])
                i += 1
                continue
            output.append('\n'.join(text) + ('\n' if text else ''))
            text = []
            start = i
            indent = len(m.group(1))
            source_lines = [lines[i]]
            i += 1
            while i < len(lines) and lines[i].lstrip(' ').startswith('...'):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < len(lines) and lines[i].strip() and not _PS1.match(lines[i]):
                want_lines.append(lines[i])
                i += 1
            example = self._example(source_lines, want_lines, indent, name, start)
            if example is not None:
                example.indent = strip + indent
                output.append(example)
        output.append('\n'.join(text))
        return output

    def _example(self, source_lines, want_lines, indent, name, lineno):
        for k, line in enumerate(source_lines):
            # The prompt (">>> " or "... ") must be followed by a space or end the line.
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + k + 1, name, line[indent:indent + 3], line))
        for k, line in enumerate(source_lines[1:]):
            if line and not line.startswith(' ' * indent + '.'):
                raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                                 % (lineno + k + 1, name, line))
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        for k, line in enumerate(want_lines):
            if not line.startswith(' ' * indent):
                raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                                 % (lineno + len(source_lines) + k + 1, name, line))
        want = ''.join(line[indent:] + '\n' for line in want_lines)
        exc_msg = None
        if want_lines and _TRACEBACK_HEADER.match(want_lines[0][indent:]):
            rest = [line[indent:] for line in want_lines[1:]]
            for k, line in enumerate(rest):
                if re.match(r'\w', line):
                    exc_msg = ''.join(part + '\n' for part in rest[k:])
                    break
        options = self._options(source, name, lineno)
        if _BLANK_OR_COMMENT.match(source):
            return None
        return Example(source, want, exc_msg, lineno=lineno, indent=indent, options=options)

    def _options(self, source, name, lineno):
        options = {}
        for m in _DIRECTIVE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and _BLANK_OR_COMMENT.match(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line with no example: %r'
                             % (lineno, name, source))
        return options

    def get_examples(self, string, name='<string>'):
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)
