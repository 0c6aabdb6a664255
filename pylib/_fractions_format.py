"""Fraction.__format__ (part of pylib's fractions): 'e', 'f', 'g', '%' presentation types with
exact round-half-even rounding, and fill/align/sign/width/grouping without a type."""

__all__ = ['format_fraction']


def _parse_align(spec, fields):
    """Reads [[fill]align][sign]; returns the index after them."""
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fields['fill'], fields['align'] = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        fields['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        fields['sign'] = spec[i]
        i += 1
    return i


def _read_digits(spec, i):
    start = i
    while i < len(spec) and spec[i] in '0123456789':
        i += 1
    return spec[start:i], i


def _new_fields():
    return {'fill': None, 'align': None, 'sign': '-', 'no_neg_zero': False, 'alt': False,
            'zeropad': False, 'width': 0, 'thousands': '', 'precision': None, 'type': ''}


def _parse_general(spec):
    """[[fill]align][sign][#][width][,_] (no zero padding, no type), or None."""
    fields = _new_fields()
    i = _parse_align(spec, fields)
    if i < len(spec) and spec[i] == '#':
        fields['alt'] = True
        i += 1
    width, i = _read_digits(spec, i)
    if width:
        if len(width) > 1 and width[0] == '0':
            return None
        fields['width'] = int(width)
    if i < len(spec) and spec[i] in ',_':
        fields['thousands'] = spec[i]
        i += 1
    return fields if i == len(spec) else None


def _parse_float_style(spec):
    """[[fill]align][sign][z][#][0][width][,_][.precision]type, or None."""
    fields = _new_fields()
    i = _parse_align(spec, fields)
    n = len(spec)
    if i < n and spec[i] == 'z':
        fields['no_neg_zero'] = True
        i += 1
    if i < n and spec[i] == '#':
        fields['alt'] = True
        i += 1
    if i + 1 < n and spec[i] == '0' and spec[i + 1].isdigit():
        fields['zeropad'] = True
        i += 1
    width, i = _read_digits(spec, i)
    if width:
        fields['width'] = int(width)
    if i < n and spec[i] in ',_':
        fields['thousands'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        precision, i = _read_digits(spec, i + 1)
        if not precision:
            return None
        fields['precision'] = int(precision)
    if i < n and spec[i] in 'eEfFgG%':
        fields['type'] = spec[i]
        i += 1
    else:
        return None
    if i != n or (fields['align'] is not None and fields['zeropad']):
        # Both an alignment and zero padding: CPython refuses to guess.
        return None
    return fields


def _round_to_exponent(n, d, exponent, no_neg_zero=False):
    """(negative, q): n/d rounded half-even to a multiple q of 10**exponent."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(n + (d >> 1), d)
    if r == 0 and d & 1 == 0:
        q &= -2
    negative = q < 0 if no_neg_zero else n < 0
    return negative, abs(q)


def _round_to_figures(n, d, figures):
    """(negative, significand, exponent): n/d rounded to `figures` significant digits."""
    if n == 0:
        return False, 0, 1 - figures
    str_n, str_d = str(abs(n)), str(d)
    # 10**(m-1) <= |n|/d < 10**m: compare the leading digits (as strings, lexicographically).
    m = len(str_n) - len(str_d) + (1 if str_d <= str_n else 0)
    exponent = m - figures
    negative, significand = _round_to_exponent(n, d, exponent)
    if len(str(significand)) == figures + 1:
        significand //= 10
        exponent += 1
    return negative, significand, exponent


def _pad(sign, body, fields, default_align):
    fill = fields['fill'] or ' '
    align = fields['align'] or default_align
    padding = fill * (fields['width'] - len(sign) - len(body))
    if align == '>':
        return padding + sign + body
    if align == '<':
        return sign + body + padding
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return sign + padding + body


def _group(digits, sep):
    if not sep:
        return digits
    first = 1 + (len(digits) - 1) % 3
    return digits[:first] + ''.join(sep + digits[pos:pos + 3] for pos in range(first, len(digits), 3))


def format_fraction(frac, spec):
    n, d = frac.numerator, frac.denominator
    fields = _parse_general(spec)
    if fields is not None:
        # No presentation type: the str() form, padded and signed as requested.
        if fields['alt'] or d != 1:
            body = f'{_group(str(abs(n)), fields["thousands"])}/{_group(str(d), fields["thousands"])}'
        else:
            body = _group(str(abs(n)), fields['thousands'])
        sign = '-' if n < 0 else ('' if fields['sign'] == '-' else fields['sign'])
        return _pad(sign, body, fields, '>')
    fields = _parse_float_style(spec)
    if fields is None:
        raise ValueError(f'Invalid format specifier {spec!r} for object of type '
                         f'{type(frac).__name__!r}')
    if fields['align'] == '=' and fields['fill'] == '0':
        fields['zeropad'] = True
    kind = fields['type']
    precision = 6 if fields['precision'] is None else fields['precision']
    trim_zeros = kind in 'gG' and not fields['alt']
    trim_point = not fields['alt']
    exponent_indicator = 'E' if kind in 'EFG' else 'e'
    if kind in 'fF%':
        exponent = -precision - (2 if kind == '%' else 0)
        negative, significand = _round_to_exponent(n, d, exponent, fields['no_neg_zero'])
        scientific = False
        point_pos = precision
    else:
        figures = max(precision, 1) if kind in 'gG' else precision + 1
        negative, significand, exponent = _round_to_figures(n, d, figures)
        scientific = kind in 'eE' or exponent > 0 or exponent + figures <= -4
        point_pos = figures - 1 if scientific else -exponent
        if fields['no_neg_zero'] and significand == 0:
            negative = False
    if kind == '%':
        suffix = '%'
    elif scientific:
        suffix = f'{exponent_indicator}{exponent + point_pos:+03d}'
    else:
        suffix = ''
    digits = f'{significand:0{point_pos + 1}d}'
    sign = '-' if negative else ('' if fields['sign'] == '-' else fields['sign'])
    leading = digits[:len(digits) - point_pos]
    frac_part = digits[len(digits) - point_pos:]
    if trim_zeros:
        frac_part = frac_part.rstrip('0')
    separator = '' if trim_point and not frac_part else '.'
    trailing = separator + frac_part + suffix
    if fields['zeropad']:
        min_leading = fields['width'] - len(sign) - len(trailing)
        leading = leading.zfill(3 * min_leading // 4 + 1 if fields['thousands'] else min_leading)
    leading = _group(leading, fields['thousands'])
    return _pad(sign, leading + trailing, fields, '>')
