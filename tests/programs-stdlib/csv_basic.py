# csv: reader/writer over files and io.StringIO, DictReader/DictWriter, dialects, quoting
# modes, and CPython's errors.
import csv
import io
import os
import tempfile


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


rows = [["name", "age", "note"], ["Ann", 31, "likes, commas"], ["Bob", 4.5, 'says "hi"'],
        ["Cy", None, "two\nlines"], ["", True, " lead"]]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "people.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        for row in rows[:2]:
            print(w.writerow(row))
        w.writerows(rows[2:])
    with open(path, newline="") as f:
        print(repr(f.read()))
    with open(path, newline="") as f:
        r = csv.reader(f)
        for record in r:
            print(r.line_num, record)
    with open(path, newline="") as f:
        for record in csv.DictReader(f):
            print(record)
    tsv = os.path.join(tmp, "data.tsv")
    with open(tsv, "w", newline="") as f:
        dw = csv.DictWriter(f, fieldnames=["id", "value"], dialect="excel-tab")
        dw.writeheader()
        dw.writerows([{"id": 1, "value": "a\tb"}, {"id": 2}, {"value": "only"}])
    with open(tsv, newline="") as f:
        print(repr(f.read()))
    with open(tsv, newline="") as f:
        reader = csv.DictReader(f, dialect="excel-tab")
        print(reader.fieldnames, [dict(row) for row in reader], reader.line_num)

buffer = io.StringIO()
w = csv.writer(buffer, delimiter=";", quotechar="'", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["x", 1, 2.5, "it's", None])
w.writerow([])
print(repr(buffer.getvalue()))
print(list(csv.reader(io.StringIO(buffer.getvalue()), delimiter=";", quotechar="'", quoting=csv.QUOTE_NONNUMERIC)))
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
    out = io.StringIO()
    csv.writer(out, quoting=quoting).writerow(["a", "", None, 3, 4.0, "b c"])
    print(quoting, repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()), quoting=quoting)))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerows([["a,b", 'c"d', "e\\f"], ["line\nbreak"]])
print(repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONE, escapechar="\\")))
print(list(csv.reader(["a, b,  c", ' "q" , r'], skipinitialspace=True)), list(csv.reader(['"a""b",c'])))
print(list(csv.reader("x,y\n1,2\n".splitlines())), list(csv.reader(["a,b\r\n", "c,d\n"])))


class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "%"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("pipes", Pipes)
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a|b", "c%d", "e"])
print(repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()), dialect="pipes")), csv.list_dialects())
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.lineterminator == "\n", d.quoting, d.doublequote, d.escapechar, d.strict)
csv.register_dialect("semi", delimiter=";")
print(csv.get_dialect("semi").delimiter, csv.get_dialect("semi").quotechar)
csv.unregister_dialect("semi")
print(csv.list_dialects(), csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.quoting)
print(next(csv.DictReader(["a,b", "1"], restval="?")), next(csv.DictReader(["a,b", "1,2,3,4"], restkey="rest")))
print(next(csv.DictReader(["1,2"], fieldnames=["x", "y"])), list(csv.DictReader(["a", "", "1", ""])))

attempt("unknown dialect", lambda: csv.reader([], dialect="nope"))
attempt("unregister", lambda: csv.unregister_dialect("nope"))
attempt("delimiter length", lambda: csv.writer(io.StringIO(), delimiter="::"))
attempt("delimiter type", lambda: csv.writer(io.StringIO(), delimiter=0))
attempt("quoting value", lambda: csv.writer(io.StringIO(), quoting=10))
attempt("quotechar needed", lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL))
attempt("same chars", lambda: csv.reader([], delimiter="'", quotechar="'"))
attempt("no write", lambda: csv.writer(object()))
attempt("keyword", lambda: csv.reader([], delimeter=";"))
attempt("escape needed", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
attempt("empty field", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
attempt("not iterable", lambda: csv.writer(io.StringIO()).writerow(42))
attempt("bytes lines", lambda: list(csv.reader([b"a,b"])))
attempt("newline", lambda: list(csv.reader(["a\rb"])))
attempt("strict quote", lambda: list(csv.reader(['"a"b'], strict=True)))
attempt("strict eof", lambda: list(csv.reader(['"a'], strict=True)))
attempt("lenient eof", lambda: list(csv.reader(['x,"a'])))
attempt("nonnumeric", lambda: list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC)))
attempt("extra keys", lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2}))
attempt("extrasaction", lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="drop"))
attempt("field limit", lambda: (csv.field_size_limit(5), list(csv.reader(["abcdefgh"])))[1])
attempt("limit back", lambda: csv.field_size_limit(131072))
attempt("bad dialect class", lambda: csv.writer(io.StringIO(), dialect=type("D", (csv.Dialect,), {"delimiter": ",", "quotechar": None, "lineterminator": "\n", "quoting": csv.QUOTE_ALL})))
