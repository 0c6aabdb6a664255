import logging, time, sys
for fmt in ["{a.b[c]}", "{0}", "{a-b}", "{x!z}", "{a[]}", "{}", "x {msg:>5}"]:
    try:
        logging.Formatter(fmt, style="{"); print("ok", fmt)
    except ValueError as e:
        print(fmt, e)
f = logging.Formatter("%(asctime)s %(msecs)03d %(message)s")
f.converter = time.gmtime
r = logging.makeLogRecord({"msg": "hey", "created": 86400.5, "msecs": 500.0})
print(f.format(r))
f2 = logging.Formatter("%(asctime)s|%(message)s", datefmt="%d/%m/%Y %H-%M")
f2.converter = time.gmtime
print(f2.format(r), f2.usesTime(), logging.Formatter("{asctime}", style="{").usesTime())
try:
    raise RuntimeError("boom")
except RuntimeError:
    r.exc_info = sys.exc_info()
print(logging.Formatter().format(r).splitlines()[0], logging.Formatter().format(r).splitlines()[-1])
try:
    logging.Formatter("%(message)s %(missing)s").format(logging.makeLogRecord({"msg": "x"}))
except Exception as e:
    print(type(e).__name__, e)
try:
    logging.Formatter("{message} {missing}", style="{").format(logging.makeLogRecord({"msg": "x"}))
except Exception as e:
    print(type(e).__name__, e)
print(logging.Formatter("%(lvl)s %(message)s", defaults={"lvl": "D"}).format(logging.makeLogRecord({"msg": "x"})))
