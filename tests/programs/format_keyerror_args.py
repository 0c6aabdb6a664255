# str.format's KeyError for a missing keyword field carries the name itself as its argument.
for t, kw in [('{x}', {}), ('{x} {y}', {'x': 1}), ('{0[k]}', None), ('{a.b}', {'a': 1})]:
    try:
        print(t.format(**kw) if kw is not None else t.format({}))
    except (KeyError, AttributeError) as e:
        print(type(e).__name__, repr(e), e.args, str(e))
try: '{name}'.format_map({})
except KeyError as e: print(repr(e), e.args)
