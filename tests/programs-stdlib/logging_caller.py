import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(funcName)s %(module)s %(message)s")
def helper(msg):
    logging.warning(msg, stacklevel=2)
def outer():
    helper("from outer")
    logging.warning("plain", stacklevel=1)
    logging.warning("too deep", stacklevel=50)
outer()
ad = logging.LoggerAdapter(logging.getLogger("x"), {})
def g():
    ad.warning("adapter")
g()
