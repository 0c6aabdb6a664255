# an uncaught exception at the top level: the output so far is kept, the traceback goes to stderr, exit status 1
class ConfigError(Exception):
    def __init__(self, key, detail):
        super().__init__(f"{key}: {detail}")
        self.key = key
def load(cfg):
    for k, v in cfg.items():
        print("checking", k)
        validate(k, v)
def validate(key, value):
    if not isinstance(value, int):
        raise ConfigError(key, f"expected int, got {type(value).__name__}")
    print("  ok", key, value)
try:
    load({"a": 1, "b": "two"})
except ConfigError as e:
    print("caught", e, e.key, e.args)
print("now without a handler")
load({"x": 3, "y": None})
print("never printed")
