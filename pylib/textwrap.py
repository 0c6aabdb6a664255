"""textwrap for pyx: wrap, fill, shorten, dedent, indent and TextWrapper.

Text is cut into chunks (whitespace runs, words, and word pieces after a hyphen) by a
hand-written scanner that follows the rules of CPython's word-separator pattern, then the
chunks are packed greedily into lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# textwrap only treats ASCII whitespace as breakable (a no-break space stays inside words).
_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    # [^\d\W]: word characters that are not digits.
    return (c.isalnum() or c == '_') and not c.isdigit()


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _at(text, i):
    return text[i] if 0 <= i < len(text) else ''


def _em_dash_at(text, i):
    """End of a run of 2+ hyphens starting at i and followed by a word character, or -1."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    if j - i >= 2 and j < len(text) and _is_word(text[j]):
        return j
    return -1


def _split_on_hyphens(text):
    chunks = []
    start = 0
    n = len(text)
    while start < n:
        if text[start] in _whitespace:
            end = start
            while end < n and text[end] in _whitespace:
                end += 1
        elif start > 0 and _is_word_punct(text[start - 1]) and _em_dash_at(text, start) > 0:
            end = start
            while text[end] == '-':
                end += 1
        else:
            end = _word_end(text, start)
        chunks.append(text[start:end])
        start = end
    return chunks


def _word_end(text, start):
    n = len(text)
    j = start + 1
    while True:
        c = _at(text, j)
        if c == '-':
            before_ok = (_is_letter(_at(text, j - 2)) and _is_letter(_at(text, j - 1))) or (
                _is_letter(_at(text, j - 3)) and _at(text, j - 2) == '-'
                and _is_letter(_at(text, j - 1)))
            after = _at(text, j + 1)
            after_ok = _is_letter(after) and (_is_letter(_at(text, j + 2)) or (
                _at(text, j + 2) == '-' and _is_letter(_at(text, j + 3))))
            if before_ok and after_ok:
                return j + 1
        if j >= n or c in _whitespace:
            return j
        if _is_word_punct(text[j - 1]) and _em_dash_at(text, j) > 0:
            return j
        j += 1


def _split_simple(text):
    chunks = []
    start = 0
    n = len(text)
    while start < n:
        is_space = text[start] in _whitespace
        end = start + 1
        while end < n and (text[end] in _whitespace) == is_space:
            end += 1
        chunks.append(text[start:end])
        start = end
    return chunks


def _sentence_end(chunk):
    # [a-z][.!?]["']? at the end of the chunk.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs to `width` columns; see the module functions for the common uses."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        return _split_on_hyphens(text) if self.break_on_hyphens else _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _sentence_end(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f'invalid width {self.width!r} (must be > 0)')
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks = chunks[::-1]
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1
                                           and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or rest_is_blank and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last allowed line: end it with the placeholder where it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates to width, ending with the placeholder if cut."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Removes the whitespace prefix common to every non-blank line; blank lines become empty."""
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[index] = ''
            continue
        prefix = line[:len(line) - len(stripped)]
        if margin is None:
            margin = prefix
        else:
            common = 0
            limit = min(len(margin), len(prefix))
            while common < limit and margin[common] == prefix[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate holds (default: lines that are not blank)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
