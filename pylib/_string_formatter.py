"""string.Formatter (part of pylib's string): str.format's parsing and field lookup as
overridable methods."""

__all__ = ['Formatter', 'parse_format']


def parse_format(text):
    """(literal, field_name, format_spec, conversion) tuples, as _string.formatter_parser."""
    result = []
    literal = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '{':
            if i + 1 < n and text[i + 1] == '{':
                # An escaped brace ends the literal chunk (as _string.formatter_parser does).
                literal.append('{')
                result.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            depth = 1
            j = i + 1
            while j < n and depth:
                if text[j] == '{':
                    depth += 1
                elif text[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = text[i + 1:j - 1]
            name, conversion, spec = _split_field(field)
            result.append((''.join(literal), name, spec, conversion))
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and text[i + 1] == '}':
                literal.append('}')
                result.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        result.append((''.join(literal), None, None, None))
    return result


def _split_field(field):
    # The name ends at the first '!' or ':' outside brackets.
    i = 0
    in_bracket = False
    while i < len(field):
        c = field[i]
        if c == '[':
            in_bracket = True
        elif c == ']':
            in_bracket = False
        elif not in_bracket and c in '!:':
            break
        i += 1
    name = field[:i]
    rest = field[i:]
    conversion = None
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(':'):
            raise ValueError('expected \':\' after conversion specifier')
    spec = rest[1:] if rest.startswith(':') else ''
    return name, conversion, spec


def _split_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < len(name) and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    if first.isdigit():
        first = int(first)
    return first, rest


class Formatter:
    """format()/vformat() built from parse, get_field, get_value, convert_field, format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # CPython's string.Formatter words both directions this way.
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


Formatter.__module__ = 'string'
