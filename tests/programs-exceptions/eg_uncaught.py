# An uncaught exception group: CPython's boxed traceback, with nested groups, chained
# sub-exceptions and notes.
try:
    raise ValueError("leaf one")
except ValueError as e:
    first = e
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        e.add_note("a note on the cause")
        raise TypeError("leaf two") from e
except TypeError as e:
    second = e
try:
    raise OSError("leaf three")
except OSError as e:
    e.add_note("first note")
    e.add_note("second note\nwith two lines")
    third = e
inner = ExceptionGroup("inner group", [second, ZeroDivisionError("never raised")])
group = ExceptionGroup("outer group", [first, inner, third])
group.add_note("note on the group")
print("raising")
raise group
