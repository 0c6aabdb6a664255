"""Decimal.__format__ (part of pylib's decimal): fill/align/sign/zero-padding/grouping with
no type (the to-scientific-string form) or the 'f', 'F', '%', 'e', 'E' types."""

__all__ = ['format_decimal']


def _parse(spec):
    fields = {'fill': ' ', 'align': None, 'sign': '-', 'zeropad': False, 'width': 0,
              'thousands': '', 'precision': None, 'type': ''}
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
    if i < n and spec[i] == '0':
        fields['zeropad'] = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        fields['width'] = int(spec[start:i])
    if i < n and spec[i] == ',':  # CPython's decimal has no '_' grouping
        fields['thousands'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        start = i + 1
        i = start
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            return None
        fields['precision'] = int(spec[start:i])
    if i < n and spec[i] in 'fF%eE':
        fields['type'] = spec[i]
        i += 1
    return fields if i == n else None


def _round_to(value, exp, rounding):
    """(coefficient, exponent) of finite value rounded to exponent exp (never to fewer digits)."""
    from _decimal_context import round_coefficient
    if exp <= value._exp:
        return value._int, value._exp
    coeff, _ = round_coefficient(value._sign, value._int, exp - value._exp, rounding)
    return coeff, exp


def format_decimal(value, spec):
    from _decimal_number import Decimal
    from _decimal_context import getcontext
    rounding = getcontext().rounding
    fields = _parse(spec)
    if fields is None or (fields['type'] == '' and fields['precision'] is not None):
        raise ValueError('invalid format string')
    kind = fields['type']
    negative = bool(value._sign)
    magnitude = value.copy_abs()
    if magnitude._special:
        body = str(magnitude)
        if kind == '%':
            body += '%'
    elif kind in ('f', 'F', '%'):
        if kind == '%':
            magnitude = Decimal._make(0, magnitude._int, magnitude._exp + 2)
        coeff, exp = magnitude._int, magnitude._exp
        if fields['precision'] is not None:
            coeff, exp = _round_to(Decimal._make(value._sign, coeff, exp), -fields['precision'], rounding)
            if exp > -fields['precision']:
                coeff, exp = coeff * 10 ** (exp + fields['precision']), -fields['precision']
        digits = str(coeff)
        if exp >= 0:
            intpart, fracpart = digits + '0' * exp, ''
        else:
            digits = digits.rjust(-exp + 1, '0')
            intpart, fracpart = digits[:exp], digits[exp:]
        if fields['thousands']:
            intpart = _group(intpart, fields['thousands'])
        body = intpart + ('.' + fracpart if fracpart else '') + ('%' if kind == '%' else '')
    elif kind in ('e', 'E'):
        precision = fields['precision']
        coeff, exp = magnitude._int, magnitude._exp
        if not coeff:
            digits = '0' * (1 if precision is None else precision + 1)
            shown = exp + (precision or 0)
        else:
            if precision is not None:
                keep = precision + 1
                length = len(str(coeff))
                if length > keep:
                    coeff, exp = _round_to(Decimal._make(value._sign, coeff, exp), exp + length - keep, rounding)
                    if len(str(coeff)) > keep:
                        coeff, exp = coeff // 10, exp + 1
                elif length < keep:
                    coeff, exp = coeff * 10 ** (keep - length), exp - (keep - length)
            digits = str(coeff)
            shown = exp + len(digits) - 1
        body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '') + kind + f'{shown:+d}'
    else:
        body = str(magnitude)
        if fields['thousands'] and 'E' not in body:
            intpart, dot, fracpart = body.partition('.')
            body = _group(intpart, fields['thousands']) + dot + fracpart
    sign = '-' if negative else ('' if fields['sign'] == '-' else fields['sign'])
    align = fields['align']
    fill = fields['fill']
    if fields['zeropad'] and align is None:
        fill, align = '0', '='
    padding = fill * max(fields['width'] - len(sign) - len(body), 0)
    align = align or '>'
    if align == '<':
        return sign + body + padding
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    if align == '=':
        return sign + padding + body
    return padding + sign + body


def _group(digits, sep):
    first = 1 + (len(digits) - 1) % 3
    return digits[:first] + ''.join(sep + digits[pos:pos + 3] for pos in range(first, len(digits), 3))
