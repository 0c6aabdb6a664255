# The locale module as the tutorial tours it, on a system with only the C locales (a container's usual state)
import locale
import os

for var in ("LC_ALL", "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"):
    os.environ.pop(var, None)
os.environ["LANG"] = "C.UTF-8"
print(locale.setlocale(locale.LC_ALL, ""))
conv = locale.localeconv()
print(conv)
x = 1234567.8
print(locale.format_string("%d", x, grouping=True))
print(locale.format_string("%s%.*f", (conv["currency_symbol"], 2, x), grouping=True))
print(locale.setlocale(locale.LC_ALL), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, "POSIX"), locale.setlocale(locale.LC_ALL, "C.utf8"), locale.setlocale(locale.LC_ALL, ("C", "UTF-8")))
print(locale.setlocale(locale.LC_TIME, "C"), locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError:", e)
for name in ("de_DE.UTF-8", "English_United States.1252", "xx"):
    try:
        locale.setlocale(locale.LC_ALL, name)
    except locale.Error as e:
        print(f"locale.Error for {name!r}: {e}")
try:
    locale.currency(5)
except ValueError as e:
    print("ValueError:", e)
print(locale.format_string("%.2f and %d and %s", (1234.5, 99, "x"), grouping=True), locale.str(1 / 3), locale.atof("3.25"), locale.atoi("42"))
print(locale.delocalize("1.5"), locale.localize("1234.5", True), locale.strcoll("a", "b"), locale.strxfrm("abc"), sorted(["b", "C", "a"], key=locale.strxfrm))
print(locale.normalize("en_US.utf8"), locale.normalize("C"), locale.getencoding(), locale.getpreferredencoding(), locale.nl_langinfo(locale.CODESET))
print(locale.format_string("%(a)s=%(b).1f", {"a": "x", "b": 2.25}), f"{1234567:n}", f"{1234.5:n}", locale.CHAR_MAX, issubclass(locale.Error, Exception))
