# warnings and logging report where they were called from: warnings' "file:line: Category:
# message" with the source line (stacklevel, filters by line, the "default" action once per
# line), logging's %(lineno)d / %(funcName)s / %(filename)s / %(module)s, stacklevel and
# stack_info, and logging.captureWarnings.
import io
import logging
import os
import sys
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print("showwarning:", os.path.basename(filename), lineno, category.__name__, message, repr(line))


warnings.showwarning = show


def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


def user_code():
    deprecated_api()
    warnings.warn("plain")


warnings.simplefilter("always")
user_code()
for i in range(2):
    warnings.warn("in loop")
warnings.resetwarnings()
warnings.simplefilter("default")
for i in range(3):
    warnings.warn("default action, one per line")
warnings.warn("default action, one per line")
warnings.resetwarnings()
warnings.filterwarnings("error", lineno=40)
try:
    warnings.warn("error on line 40")
except UserWarning as e:
    print("raised:", e)
warnings.warn("not line 40")
warnings.resetwarnings()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    deprecated_api()
    warnings.warn("recorded", RuntimeWarning)
for w in caught:
    print("caught:", os.path.basename(w.filename), w.lineno, w.category.__name__, w.message)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1").rstrip())
text = warnings.formatwarning("fmt", UserWarning, __file__, 44)
print(text.replace(os.path.dirname(__file__) + os.sep, ""), end="")

print("--- logging")
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(filename)s:%(lineno)d %(funcName)s %(module)s %(levelname)s %(message)s"))
log = logging.getLogger("probe")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def work():
    log.info("inside work")
    helper()


def helper():
    log.warning("from helper")
    log.warning("attributed to caller", stacklevel=2)


log.debug("at module level")
work()


class Service:
    def run(self):
        log.error("method %s", "run")
        try:
            {}["k"]
        except KeyError:
            log.exception("failed")


Service().run()
for line in stream.getvalue().splitlines():
    print(line.replace(os.path.dirname(__file__) + os.sep, ""))

print("--- stack_info")
stream2 = io.StringIO()
handler2 = logging.StreamHandler(stream2)
handler2.setFormatter(logging.Formatter("%(lineno)d %(message)s"))
log2 = logging.getLogger("probe.stack")
log2.addHandler(handler2)
log2.propagate = False


def deep():
    log2.warning("with stack", stack_info=True)


deep()
print(stream2.getvalue().replace(os.path.dirname(__file__) + os.sep, ""), end="")

print("--- captureWarnings")
warnings.showwarning = warnings._showwarning_orig if hasattr(warnings, "_showwarning_orig") else warnings.showwarning
stream3 = io.StringIO()
handler3 = logging.StreamHandler(stream3)
handler3.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
logging.getLogger("py.warnings").addHandler(handler3)
logging.captureWarnings(True)
warnings.simplefilter("always")
warnings.warn("captured warning")
logging.captureWarnings(False)
print(stream3.getvalue().replace(os.path.dirname(__file__) + os.sep, ""), end="")
