"""Making one enum member (part of pylib's enum): its __new__, _value_, aliases, and the
bookkeeping of Flag classes (which bits are named)."""

__all__ = ['_add_member', '_enum_flag_setup']


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _add_member(enum_class, name, value, member_type, new_member):
    """Creates member `name` (or records it as an alias of the member with the same value)."""
    import enum as _enum
    if isinstance(value, tuple) and member_type is not tuple:
        args = value
    else:
        args = (value,)
    if new_member is object.__new__:
        member = object.__new__(enum_class)
    else:
        member = new_member(enum_class, *args)
    if '_value_' not in getattr(member, '__dict__', {}) and not hasattr(member, '_value_'):
        if member_type is object:
            member._value_ = value
        else:
            try:
                member._value_ = member_type(*args)
            except Exception:
                member._value_ = value
    member._name_ = name
    member.__objclass__ = enum_class
    member.__init__(*args)
    value = member._value_
    is_flag = _enum.Flag is not None and issubclass(enum_class, _enum.Flag)
    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        member = canonical
    else:
        # Flag members with several bits (or none) are named combinations, not iterated.
        if not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(name)
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            enum_class._unhashable_values_.append(value)
    enum_class._member_map_[name] = member
    existing = enum_class.__dict__.get(name)
    if not isinstance(existing, _enum.property):
        type.__setattr__(enum_class, name, member)


def _enum_flag_setup(enum_class):
    mask = 0
    for member in enum_class._member_map_.values():
        if isinstance(member._value_, int):
            mask |= member._value_
    type.__setattr__(enum_class, '_flag_mask_', mask)
    type.__setattr__(enum_class, '_all_bits_', (1 << mask.bit_length()) - 1 if mask else 0)
    singles = 0
    for name in enum_class._member_names_:
        singles |= enum_class._member_map_[name]._value_
    type.__setattr__(enum_class, '_singles_mask_', singles)
