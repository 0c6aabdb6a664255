# A user exception with __init__ and __str__: str(), f-strings and the traceback line use __str__.
class E(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f"error code {self.code}"
try:
    raise E(7)
except E as e:
    print(e, str(e), e.args, f"{e}")
raise E(9)
