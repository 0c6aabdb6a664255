# Known differences of pyx's datetime (a Python module) from CPython's C one: messages built
# by the interpreter name a Python class by its __name__ ('timedelta'), where CPython names a
# static C type by its tp_name ('datetime.timedelta'); an unexpected keyword names the
# function by its qualified name.
from datetime import date, datetime, timedelta


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("kw", lambda: timedelta(tzinfo=3))
attempt("< int", lambda: timedelta(1) < 1)
attempt("int <", lambda: 1 < timedelta(1))
attempt("date < datetime", lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
