# Relative imports: `from . import x`, `from .m import y`, `from ..m import z`, and the
# package each module resolves them against (__package__).
from app.core import engine
print(engine.run())
from app import VERSION, util
print(VERSION, util.strings.shout("hi"))
import app.util.strings as s
print(s.PREFIX, s.__package__)
