"""tomllib's parser: statements, keys and tables. Values are read by tomllib/_values.py.

Table rules follow TOML 1.0 as CPython's tomllib enforces them, with the same flags: a table
declared by a [header] or opened by dotted keys of an earlier section is EXPLICIT_NEST (it
cannot be declared or extended by dotted keys again), and inline tables/arrays are FROZEN
(nothing may be added to them later).
"""

from tomllib._values import (TOMLDecodeError, suffixed_err, parse_value, parse_key_part, skip_ws,
                             skip_comment, KEY_INITIAL_CHARS)

__all__ = ["TOMLDecodeError", "load", "loads"]


def load(fp, /, *, parse_float=float):
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    # CPython 3.13.0 calls s.replace first: bytes get "a bytes-like object is required, not 'str'".
    src = s.replace("\r\n", "\n")
    if parse_float is not float:
        user_parse = parse_float

        def parse_float(text):
            v = user_parse(text)
            if isinstance(v, (dict, list)):
                raise ValueError("parse_float must not return dicts or lists")
            return v
    return _Parser(src, parse_float).parse()


class _Flags:
    """Per-key flags; FROZEN applies to everything under a frozen key."""

    def __init__(self):
        self.explicit_nest = set()
        self.frozen = set()
        self.pending = []

    def is_frozen(self, key):
        return any(key[:i] in self.frozen for i in range(len(key) + 1))

    def finalize_pending(self):
        for key in self.pending:
            self.explicit_nest.add(key)
        self.pending.clear()

    def unset_all(self, key):
        n = len(key)
        self.explicit_nest = {k for k in self.explicit_nest if k[:n] != key}
        self.frozen = {k for k in self.frozen if k[:n] != key}


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float
        self.data = {}
        self.flags = _Flags()

    def parse(self):
        src = self.src
        pos = 0
        header = ()
        n = len(src)
        while True:
            pos = skip_ws(src, pos)
            if pos >= n:
                break
            char = src[pos]
            if char == "\n":
                pos += 1
                continue
            if char in KEY_INITIAL_CHARS:
                pos = self.key_value_rule(pos, header)
                pos = skip_ws(src, pos)
            elif char == "[":
                # The dotted-key tables of the section that ends here become closed namespaces.
                self.flags.finalize_pending()
                if src.startswith("[[", pos):
                    pos, header = self.create_list_rule(pos)
                else:
                    pos, header = self.create_dict_rule(pos)
                pos = skip_ws(src, pos)
            elif char != "#":
                raise suffixed_err(src, pos, "Invalid statement")
            pos = skip_comment(src, pos)
            if pos >= n:
                break
            if src[pos] != "\n":
                raise suffixed_err(src, pos, "Expected newline or end of document after a statement")
            pos += 1
        return self.data

    # --- nests ---

    def get_or_create_nest(self, key, access_lists=True):
        cont = self.data
        for k in key:
            if k not in cont:
                cont[k] = {}
            cont = cont[k]
            if access_lists and isinstance(cont, list):
                cont = cont[-1]
            if not isinstance(cont, dict):
                raise KeyError("There is no nest behind this key")
        return cont

    def create_dict_rule(self, pos):
        src = self.src
        pos = skip_ws(src, pos + 1)
        pos, key = self.parse_key(pos)
        if key in self.flags.explicit_nest or self.flags.is_frozen(key):
            raise suffixed_err(src, pos, f"Cannot declare {key} twice")
        self.flags.explicit_nest.add(key)
        try:
            self.get_or_create_nest(key)
        except KeyError:
            raise suffixed_err(src, pos, "Cannot overwrite a value") from None
        if not src.startswith("]", pos):
            raise suffixed_err(src, pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def create_list_rule(self, pos):
        src = self.src
        pos = skip_ws(src, pos + 2)
        pos, key = self.parse_key(pos)
        if self.flags.is_frozen(key):
            raise suffixed_err(src, pos, f"Cannot mutate immutable namespace {key}")
        # Free the namespace now so that a new element's subtables can be declared again.
        self.flags.unset_all(key)
        self.flags.explicit_nest.add(key)
        try:
            parent = self.get_or_create_nest(key[:-1])
        except KeyError:
            raise suffixed_err(src, pos, "Cannot overwrite a value") from None
        stem = key[-1]
        if stem in parent:
            lst = parent[stem]
            if not isinstance(lst, list):
                raise suffixed_err(src, pos, "An object other than list found behind this key")
            lst.append({})
        else:
            parent[stem] = [{}]
        if not src.startswith("]]", pos):
            raise suffixed_err(src, pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    # --- key/value pairs ---

    def parse_key(self, pos):
        src = self.src
        pos, part = parse_key_part(src, pos)
        key = (part,)
        pos = skip_ws(src, pos)
        while pos < len(src) and src[pos] == ".":
            pos = skip_ws(src, pos + 1)
            pos, part = parse_key_part(src, pos)
            key += (part,)
            pos = skip_ws(src, pos)
        return pos, key

    def parse_key_value_pair(self, pos):
        src = self.src
        pos, key = self.parse_key(pos)
        if pos >= len(src) or src[pos] != "=":
            raise suffixed_err(src, pos, "Expected '=' after a key in a key/value pair")
        pos = skip_ws(src, pos + 1)
        pos, value = parse_value(src, pos, self.parse_float, self.parse_key_value_pair)
        return pos, key, value

    def key_value_rule(self, pos, header):
        src = self.src
        pos, key, value = self.parse_key_value_pair(pos)
        key_parent, key_stem = key[:-1], key[-1]
        abs_key_parent = header + key_parent
        for i in range(1, len(key)):
            cont_key = header + key[:i]
            if cont_key in self.flags.explicit_nest:
                raise suffixed_err(src, pos, f"Cannot redefine namespace {cont_key}")
            self.flags.pending.append(cont_key)
        if self.flags.is_frozen(abs_key_parent):
            raise suffixed_err(src, pos, f"Cannot mutate immutable namespace {abs_key_parent}")
        try:
            nest = self.get_or_create_nest(abs_key_parent)
        except KeyError:
            raise suffixed_err(src, pos, "Cannot overwrite a value") from None
        if key_stem in nest:
            raise suffixed_err(src, pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.flags.frozen.add(header + key)
        nest[key_stem] = value
        return pos
