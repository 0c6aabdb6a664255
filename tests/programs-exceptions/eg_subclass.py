# A user subclass of ExceptionGroup: its own __str__, attributes, split/subgroup (parts are
# plain ExceptionGroups, as the default derive() makes) and except*.
class Errors(ExceptionGroup):
    def __str__(self):
        return f"{len(self.exceptions)} errors: {self.message}"
e = Errors("batch", [ValueError(1), TypeError(2)])
print(str(e), e.message, e.exceptions, isinstance(e, ExceptionGroup))
print(repr(e.subgroup(ValueError)), type(e.split(TypeError)[0]).__name__)
try:
    raise e
except* TypeError as t:
    print("handled", repr(t))
except* ValueError as v:
    print("handled", type(v).__name__)
