# Regenerates fold-table.json: each expression evaluated by CPython 3.13, with the repr and
# type name of its value, or the exception it raises. passes/fold.test.ts checks that sccp
# folds each expression to exactly that constant, or leaves it unfolded when CPython raises.
#   /root/.pyenv/versions/3.13.0/bin/python3.13 tests/golden/passes/sccp/gen-fold-table.py
import json, pathlib, warnings

EXPRESSIONS = [
    "2 + 3", "7 // -2", "-7 // 2", "-7 % 3", "7 % -3", "7.5 // 2", "-7.5 % 2", "7.5 % -2", "2 ** -1",
    "2 ** 10", "(-2) ** 3", "(-8) ** (1/3)", "0 ** 0", "0.0 ** 0", "10 / 4", "1 / 3", "True + True",
    "True & False", "True | False", "True ^ True", "True & 1", "3 & True", "True * 'ab'", "'ab' * 3",
    "3 * 'ab'", "'ab' * -1", "'ab' * 0", "'x' + 'y'", "1 == 1.0", "1 == True", "'b' > 'a'",
    "'\\U0001F600' > '\\uffff'", "'a' < 'ab'", "0.1 + 0.2", "3 < 2.5", "~5", "-(-3)", "+True", "-True",
    "-0.0", "0.0 - 0.0", "-(0.0)", "1 / 0", "1 // 0", "1 % 0", "1.0 / 0.0", "1.0 // 0.0", "1.0 % 0.0",
    "0 ** -1", "1 << -1", "1 >> -1", "1 << 100", "-1 >> 100", "(1 << 64) >> 3", "2 ** 0.5",
    "10 ** 20 / 3", "(10 ** 400) / 1", "(10 ** 400) * 1.0", "1e308 * 10", "float('inf') - 1 if False else 2",
    "1 < 2.0", "2 ** 63 == 2.0 ** 63", "2 ** 63 + 1 == 2.0 ** 63", "'a' == 1", "None == None",
    "None == 0", "'a' < 1", "1.5 & 1", "not 0", "not ''", "not 'x'", "not None", "not 0.0",
    "None is None", "True is not False", "5 - 2.5", "2 ** 3 ** 2", "-2 ** 2", "7 // 2.0",
    "(-7) // 2.0", "divmod(7, 2)[0] if False else 1", "1 + 2 * 3 - 4 // 2 % 3",
]

def evaluate(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = eval(text)
        except Exception as error:
            return {"expression": text, "raises": type(error).__name__}
    return {"expression": text, "repr": repr(value), "type": type(value).__name__}

out = pathlib.Path(__file__).with_name("fold-table.json")
out.write_text(json.dumps([evaluate(e) for e in EXPRESSIONS], indent=1, ensure_ascii=False) + "\n")
