"""The long failure messages of assertEqual on sequences, dicts and multi-line strings (with
their ndiff of the pretty-printed values), and assertCountEqual's counting."""

import difflib
import pprint
from collections import Counter
from unittest.util import safe_repr, _common_shorten_repr

__unittest = True


def _ndiff_lines(first, second):
    return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                          pprint.pformat(second).splitlines()))


def sequence_difference(case, seq1, seq2, seq_type):
    """None if equal, else assertSequenceEqual's message."""
    if seq_type is not None:
        type_name = seq_type.__name__
        if not isinstance(seq1, seq_type):
            raise case.failureException(f'First sequence is not a {type_name}: {safe_repr(seq1)}')
        if not isinstance(seq2, seq_type):
            raise case.failureException(f'Second sequence is not a {type_name}: {safe_repr(seq2)}')
    else:
        type_name = 'sequence'
    differing = None
    try:
        len1 = len(seq1)
    except (TypeError, NotImplementedError):
        differing = f'First {type_name} has no length.    Non-sequence?'
    if differing is None:
        try:
            len2 = len(seq2)
        except (TypeError, NotImplementedError):
            differing = f'Second {type_name} has no length.    Non-sequence?'
    if differing is None:
        if seq1 == seq2:
            return None
        differing = '%ss differ: %s != %s\n' % ((type_name.capitalize(),) +
                                                 _common_shorten_repr(seq1, seq2))
        for i in range(min(len1, len2)):
            try:
                item1 = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                differing += f'\nUnable to index element {i} of first {type_name}\n'
                break
            try:
                item2 = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                differing += f'\nUnable to index element {i} of second {type_name}\n'
                break
            if item1 != item2:
                differing += ('\nFirst differing element %d:\n%s\n%s\n' %
                              ((i,) + _common_shorten_repr(item1, item2)))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                return None
        if len1 > len2:
            differing += f'\nFirst {type_name} contains {len1 - len2} additional elements.\n'
            try:
                differing += f'First extra element {len2}:\n{safe_repr(seq1[len2])}\n'
            except (TypeError, IndexError, NotImplementedError):
                differing += f'Unable to index element {len2} of first {type_name}\n'
        elif len1 < len2:
            differing += f'\nSecond {type_name} contains {len2 - len1} additional elements.\n'
            try:
                differing += f'First extra element {len1}:\n{safe_repr(seq2[len1])}\n'
            except (TypeError, IndexError, NotImplementedError):
                differing += f'Unable to index element {len1} of second {type_name}\n'
    return case._truncateMessage(differing, _ndiff_lines(seq1, seq2))


def dict_difference(case, d1, d2):
    standard = '%s != %s' % _common_shorten_repr(d1, d2)
    return case._truncateMessage(standard, _ndiff_lines(d1, d2))


def multiline_difference(case, first, second):
    first_presplit = first
    second_presplit = second
    if first and second:
        if first[-1] != '\n' or second[-1] != '\n':
            first_presplit += '\n'
            second_presplit += '\n'
    elif second and second[-1] != '\n':
        second_presplit += '\n'
    elif first and first[-1] != '\n':
        first_presplit += '\n'
    first_lines = first_presplit.splitlines(keepends=True)
    second_lines = second_presplit.splitlines(keepends=True)
    standard = '%s != %s' % _common_shorten_repr(first, second)
    diff = '\n' + ''.join(difflib.ndiff(first_lines, second_lines))
    return case._truncateMessage(standard, diff)


def count_differences(first, second):
    """[(count in first, count in second, element)] where they differ (assertCountEqual)."""
    try:
        first_counts = Counter(first)
        second_counts = Counter(second)
    except TypeError:
        return _count_unhashable(first, second)
    if first_counts == second_counts:
        return []
    result = []
    for elem, count in first_counts.items():
        other = second_counts.get(elem, 0)
        if count != other:
            result.append((count, other, elem))
    for elem, count in second_counts.items():
        if elem not in first_counts:
            result.append((0, count, elem))
    return result


def _count_unhashable(actual, expected):
    s, t = list(actual), list(expected)
    m, n = len(s), len(t)
    NULL = object()
    result = []
    for i, elem in enumerate(s):
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j, other_elem in enumerate(t):
            if other_elem == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append((0, cnt_t, elem))
    return result
