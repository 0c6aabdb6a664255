import logging
import sys

logging.warning("no config yet: %s", "root")
logging.info("not shown")
log = logging.getLogger("app.core")
log.warning("last resort? no: root has a handler now")

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s|%(name)s|%(message)s|%(levelno)d", force=True)
logging.debug("debug %d", 1)
logging.info("info %s", {"a": 1})
logging.info("mapping %(x)s", {"x": 42})
log.error("error from %s", log.name)
log.critical("crit")
logging.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
logging.log(25, "custom level named")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(33))
print(logging.getLevelName("NOTICE"))
print(repr(log), repr(logging.getLogger()), logging.getLogger("root") is logging.root)
print(log.parent.name, log.getEffectiveLevel(), log.isEnabledFor(5), log.hasHandlers())
mid = logging.getLogger("app")
print(log.parent is mid, mid.parent is logging.root)
mid.setLevel("ERROR")
log.warning("suppressed by app level")
log.error("passes app level")
print(repr(log), repr(mid))
log.propagate = False
log.error("nowhere: propagate off, no handlers -> last resort (stderr)")
print(log.hasHandlers())
log.propagate = True
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)
try:
    mid.setLevel("LOUD")
except ValueError as e:
    print("ValueError", e)
try:
    logging.basicConfig(foo=1, force=True)
except ValueError as e:
    print("ValueError", e)
logging.basicConfig(stream=sys.stdout, style="{", format="{levelname}/{name}/{message}", force=True)
logging.warning("brace style")
logging.basicConfig(stream=sys.stdout, style="$", format="$levelname ${name}: $message", force=True)
logging.warning("dollar style")
logging.basicConfig(stream=sys.stdout, force=True)
logging.warning("default format")
logging.disable(logging.ERROR)
logging.error("disabled")
logging.critical("still on")
logging.disable(logging.NOTSET)
logging.error("back on")
logging.shutdown()
