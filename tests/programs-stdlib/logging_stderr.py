# Nothing configured: named loggers fall back to the last-resort handler (message only,
# WARNING and above, on stderr); the module-level functions configure the root logger first.
import logging
import sys

log = logging.getLogger("quiet")
log.info("info is below the last resort's level")
log.warning("last resort: just the message")
log.error("value %r", [1, 2])
print("root handlers before:", logging.getLogger().handlers)
logging.lastResort = None
log.error("no last resort: one warning about missing handlers")
log.error("and only once")
logging.lastResort = logging._defaultLastResort


def fail():
    return 1 / 0


try:
    fail()
except ZeroDivisionError:
    log.exception("last resort with traceback")
logging.warning("module-level warning configures %s", "root")
print("root handlers after:", len(logging.getLogger().handlers), logging.getLogger().level)
logging.info("still hidden: root level is WARNING")
logging.error("error %d", 2)
try:
    fail()
except ZeroDivisionError:
    logging.exception("caught")
logging.critical("done")
print("stdout end")
