VERSION = "1.0"
from . import util
from .util import strings
