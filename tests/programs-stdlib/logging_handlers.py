import logging
import sys
import os
import tempfile

out = logging.StreamHandler(sys.stdout)
print(repr(logging.NullHandler()), repr(logging.Handler(logging.INFO)))


class Relative(logging.Formatter):
    """Tracebacks without this checkout's directory (the expected output is machine-independent)."""

    def formatException(self, ei):
        return super().formatException(ei).replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")


fmt = Relative("[%(levelname)-8s] %(name)s %(funcName)s %(module)s %(filename)s: %(message)s")
out.setFormatter(fmt)
lg = logging.getLogger("svc")
lg.addHandler(out)
lg.setLevel(logging.DEBUG)
print(lg.handlers == [out], lg.level, lg.propagate)


def work():
    lg.info("inside work %s + %s", 2, 3)


work()
lg.debug("at module level")


class OnlyDb(logging.Filter):
    pass


out.addFilter(logging.Filter("svc.db"))
lg.warning("filtered out: not svc.db")
logging.getLogger("svc.db").warning("db passes")
logging.getLogger("svc.dbx").warning("dbx filtered")
out.filters.clear()


def drop_odd(record):
    return record.args and record.args[0] % 2 == 0


out.addFilter(drop_odd)
for i in range(4):
    lg.info("number %d", i)
out.removeFilter(drop_odd)

out.setLevel(logging.ERROR)
lg.warning("below handler level")
lg.error("handler level ok")
out.setLevel(logging.NOTSET)

try:
    {}["missing"]
except KeyError:
    lg.exception("lookup failed")
    lg.error("with exc_info=False", exc_info=False)

err = ValueError("bad value")
lg.error("exc instance without raise", exc_info=err)

adapter = logging.LoggerAdapter(lg, {"user": "ann"})
out.setFormatter(logging.Formatter("%(user)s says %(message)s"))
adapter.info("hello %s", "there")
print(repr(adapter), adapter.name, adapter.isEnabledFor(logging.DEBUG))
out.setFormatter(logging.Formatter("%(name)s %(ip)s %(message)s"))
lg.info("extra", extra={"ip": "1.2.3.4"})
try:
    lg.info("bad", extra={"name": "x"})
except KeyError as e:
    print("KeyError", e)

out.setFormatter(logging.Formatter("{levelname:>8}|{message}", style="{"))
lg.warning("brace formatter")
try:
    logging.Formatter("no fields here", style="{")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("%(message)s", style="?")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("plain", style="%")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("$$ only", style="$")
except ValueError as e:
    print("ValueError", e)

rec = logging.makeLogRecord({"msg": "made %s", "args": ("rec",), "levelno": 30, "levelname": "WARNING"})
print(rec.getMessage(), logging.Formatter("%(levelname)s %(message)s").format(rec))

d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")
logging.basicConfig(filename=path, filemode="w", level=logging.INFO, format="%(levelname)s:%(message)s")
root_fh = logging.getLogger().handlers[0]
print(type(root_fh).__name__, root_fh.baseFilename == os.path.abspath(path), root_fh.mode)
logging.info("to file 1")
logging.getLogger("svc.x").warning("to file and stdout")
logging.debug("not in file")
logging.shutdown()
with open(path) as f:
    print(f.read(), end="")
fh = logging.FileHandler(path)
fh.setFormatter(logging.Formatter("appended %(message)s"))
lg.addHandler(fh)
lg.removeHandler(out)
lg.info("appended line")
lg.removeHandler(fh)
print(repr(fh) == "<FileHandler %s (NOTSET)>" % os.path.abspath(path))
fh.close()
with open(path) as f:
    print(f.read(), end="")
os.remove(path)
os.rmdir(d)

class Counting(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []

    def emit(self, record):
        self.seen.append(self.format(record))

c = Counting()
c.setFormatter(logging.Formatter("%(levelno)d-%(message)s"))
lg.addHandler(c)
lg.propagate = False
lg.info("one")
lg.log(logging.WARNING, "two %s", "x")
print(c.seen)
lg.handlers.clear()
print(lg.hasHandlers())
lg.warning("last resort message to stderr")
lg.info("info does not reach last resort")
