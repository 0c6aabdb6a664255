# Dunder methods called on builtin values: through object (__str__, __repr__, __init__,
# __getattribute__), the numeric types (__floor__, __int__ …) and the containers (__len__, __iter__).
for expr in ["(1).__str__()", "(2.5).__repr__()", "[1].__str__()", "None.__repr__()", "'a'.__str__()", "(1).__eq__(1)", "(1).__ne__(2)", "(1).__hash__() == hash(1)", "[1].__len__()", "(1).__format__('03d')", "(3).__add__(4)", "(3).__radd__(4)", "[1].__eq__([1])", "(1,2).__hash__() == hash((1,2))", "{}.__len__()", "(1).__lt__(2)", "'ab'.__contains__('a')", "(5).__bool__()", "hasattr(1, '__init__')", "(1).__class__.__name__", "(1).__init__()", "int.__str__(5)", "str.__len__('abc')", "(7).__index__()", "(2.0).__int__()", "(1).__neg__()", "(1.5).__floor__()", "[3,1].__iter__().__next__()", "'x'.__mul__(3)", "(1).__bool__()", "object.__str__(5)", "(1).__getattribute__('real')"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
