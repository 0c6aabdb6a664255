"""The CSV parser and writer behind pylib/csv.py: CPython 3.13's _csv (Modules/_csv.c)
behaviour and messages, written anew in Python.

Invariant of a Dialect: it passed _check (one-character delimiter; quotechar set unless
quoting is QUOTE_NONE; a known quoting; a str lineterminator) and never changes afterwards.
"""

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)
_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = "_csv"

_dialects = {}
_ATTRIBUTES = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
               "quoting", "skipinitialspace", "strict")
_DEFAULTS = {"delimiter": ",", "doublequote": True, "escapechar": None, "lineterminator": "\r\n",
             "quotechar": '"', "quoting": QUOTE_MINIMAL, "skipinitialspace": False, "strict": False}


def _edit_cost(a, b):
    """Levenshtein distance with CPython's costs (suggestions.c): 2 per edit, 1 when only case differs."""
    previous = [2 * j for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        current = [2 * i]
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                substitution = 0
            elif a[i - 1].lower() == b[j - 1].lower():
                substitution = 1
            else:
                substitution = 2
            current.append(min(previous[j] + 2, current[j - 1] + 2, previous[j - 1] + substitution))
        previous = current
    return previous[-1]


def _suggest(name, candidates):
    """The candidate CPython's "Did you mean" would offer for a mistyped keyword, or None."""
    best, best_cost = None, None
    for candidate in candidates:
        limit = (len(name) + len(candidate) + 3) * 2 // 6
        cost = _edit_cost(name, candidate)
        if cost <= limit and (best_cost is None or cost < best_cost):
            best, best_cost = candidate, cost
    return best


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__) if allow_none
                        else '"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """The formatting parameters of a reader or writer (_csv.Dialect)."""
    __slots__ = _ATTRIBUTES

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        values = {}
        # A quoting read from a registered dialect does not count as asked for (CPython lets
        # quotechar=None turn quoting off then); one given here or by a Dialect class does.
        quoting_given = "quoting" in kwargs or (not isinstance(dialect, Dialect) and hasattr(dialect, "quoting"))
        for name in _ATTRIBUTES:
            if name in kwargs:
                values[name] = kwargs.pop(name)
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
            else:
                values[name] = _DEFAULTS[name]
        if kwargs:
            name = next(iter(kwargs))
            message = "this function got an unexpected keyword argument '%s'" % name
            suggestion = _suggest(name, _ATTRIBUTES)
            if suggestion is not None:
                message += ". Did you mean '%s'?" % suggestion
            raise TypeError(message)
        quoting = values["quoting"]
        if type(quoting) is not int and not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in range(6):
            raise TypeError('bad "quoting" value')
        delimiter = _char("delimiter", values["delimiter"], False)
        escapechar = _char("escapechar", values["escapechar"], True)
        quotechar = _char("quotechar", values["quotechar"], True)
        if quotechar is None and quoting != QUOTE_NONE:
            if quoting_given:
                raise TypeError("quotechar must be set if quoting enabled")
            quoting = QUOTE_NONE  # no quotechar and no quoting asked for: nothing is quoted
        terminator = values["lineterminator"]
        if terminator is None:
            raise TypeError("lineterminator must be set")
        if not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        if delimiter in ("\n", "\r"):
            raise ValueError("bad delimiter value")
        if quotechar in ("\n", "\r"):
            raise ValueError("bad quotechar value")
        if escapechar in ("\n", "\r"):
            raise ValueError("bad escapechar value")
        if delimiter == quotechar:
            raise ValueError("bad delimiter or quotechar value")
        if delimiter == escapechar:
            raise ValueError("bad delimiter or escapechar value")
        if escapechar is not None and escapechar == quotechar:
            raise ValueError("bad escapechar or quotechar value")
        for name, c in (("delimiter", delimiter), ("quotechar", quotechar), ("escapechar", escapechar)):
            if c is not None and c in terminator:
                raise ValueError("bad %s or lineterminator value" % name)
        object.__setattr__(self, "delimiter", delimiter)
        object.__setattr__(self, "quotechar", quotechar)
        object.__setattr__(self, "escapechar", escapechar)
        object.__setattr__(self, "lineterminator", terminator)
        object.__setattr__(self, "quoting", quoting)
        object.__setattr__(self, "doublequote", bool(values["doublequote"]))
        object.__setattr__(self, "skipinitialspace", bool(values["skipinitialspace"]))
        object.__setattr__(self, "strict", bool(values["strict"]))

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)

    def __repr__(self):
        return "<_csv.Dialect object at %#x>" % id(self)


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# --- Reading ---

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # the end of each line is fed to the state machine as this


class reader:  # the type of reader objects; the name is rebound to the factory below
    """Iterates over the records of an iterable of lines (_csv.reader)."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._quoted = False
        self._state = _START_RECORD

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        quoting = self.dialect.quoting
        if not self._quoted:
            if quoting in (QUOTE_NOTNULL, QUOTE_STRINGS) and text == "":
                self._fields.append(None)
                self._quoted = False
                return
            if quoting in (QUOTE_NONNUMERIC, QUOTE_STRINGS) and text:
                self._quoted = False
                self._fields.append(float(text))
                return
        self._quoted = False
        self._fields.append(text)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return  # an empty line is an empty record
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c == "\n" or c == "\r" or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._quoted = True
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            self._state = _IN_FIELD
            self._process(c)
        elif state == _IN_FIELD:
            if c == "\n" or c == "\r" or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)  # a doubled quote
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c == "\n" or c == "\r" or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file with newline=''?")


reader.__module__ = "_csv"
_Reader = reader


# --- Writing ---

class writer:  # the type of writer objects; the name is rebound to the factory below
    """Writes rows as CSV lines to an object with a write method (_csv.writer)."""

    def __init__(self, fileobj, dialect):
        self._write = fileobj.write
        self.dialect = dialect

    def _field(self, text, quoted):
        """The field as written: special characters doubled, escaped or making it quoted."""
        d = self.dialect
        out = []
        for c in text:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c == "\n" or c == "\r" or c in d.lineterminator:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        body = "".join(out)
        return d.quotechar + body + d.quotechar if quoted else body

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        for field in fields:
            if field is None:
                text, quoted = "", d.quoting in (QUOTE_ALL, QUOTE_NONNUMERIC)
            elif isinstance(field, str):
                text, quoted = field, d.quoting in (QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_STRINGS, QUOTE_NOTNULL)
            else:
                text = str(field)
                is_number = isinstance(field, (int, float, complex)) or any(
                    hasattr(type(field), name) for name in ("__index__", "__int__", "__float__"))
                quoted = d.quoting in (QUOTE_ALL, QUOTE_NOTNULL) or (d.quoting == QUOTE_NONNUMERIC and not is_number)
            if d.quoting == QUOTE_NONE:
                quoted = False
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


writer.__module__ = "_csv"
_Writer = writer


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, Dialect(dialect, **fmtparams))


def writer(fileobj, dialect="excel", **fmtparams):
    if not hasattr(fileobj, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(fileobj, Dialect(dialect, **fmtparams))
