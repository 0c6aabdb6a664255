"""logging with handlers, formatters, filters, levels, adapters and %-style/{}-style messages
into StringIO streams (own version of pyperformance's logging benchmark)."""
import io
import logging


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and isinstance(record.args, tuple) and record.args[0] % 2 == 0 if record.args else True


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


def main():
    stream = io.StringIO()
    log = logging.getLogger("bench")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    h = logging.StreamHandler(stream)
    h.setFormatter(logging.Formatter("%(levelname)-8s %(name)s:%(lineno)s %(message)s"))
    log.addHandler(h)
    for i in range(400):
        log.debug("debug %d of %s", i, "loop")
        if i % 3 == 0:
            log.info("info %05.1f", i / 3)
        if i % 50 == 0:
            log.warning("warn %r", {"i": i})
    text = stream.getvalue()
    lines = text.splitlines()
    print(len(lines), lines[0], lines[1], lines[-1], sep="\n")
    s2 = io.StringIO()
    child = log.getChild("child")
    h2 = logging.StreamHandler(s2)
    h2.setFormatter(Upper("{levelname}|{name}|{message}", style="{"))
    h2.addFilter(OnlyEven())
    h2.setLevel(logging.INFO)
    child.addHandler(h2)
    for i in range(10):
        child.info("value %d", i)
        child.debug("hidden %d", i)
    child.error("no args")
    print(s2.getvalue())
    s3 = io.StringIO()
    log3 = logging.getLogger("adapt")
    log3.propagate = False
    h3 = logging.StreamHandler(s3)
    h3.setFormatter(logging.Formatter("$levelname [$user] $message", style="$"))
    log3.addHandler(h3)
    log3.setLevel(logging.WARNING)
    adapter = logging.LoggerAdapter(log3, {"user": "ann"})
    for i in range(5):
        adapter.warning("attempt %d failed", i)
        adapter.info("not shown")
    print(s3.getvalue(), end="")
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("boom")
    tb = stream.getvalue().splitlines()
    print(tb[-1], tb[-4].strip().startswith("File"), log.isEnabledFor(logging.DEBUG), logging.getLevelName(25))
    print(logging.getLevelName("WARNING"), logging.getLogger("bench") is log, child.parent is log, child.name)
    logging.addLevelName(25, "NOTICE")
    log.log(25, "custom level %s", "msg")
    print(stream.getvalue().splitlines()[-1])
    rec = logging.makeLogRecord({"msg": "hello %s", "args": ("w",), "levelno": 30, "levelname": "WARNING"})
    print(rec.getMessage(), logging.Formatter("%(message)s/%(levelno)d").format(rec))


main()
