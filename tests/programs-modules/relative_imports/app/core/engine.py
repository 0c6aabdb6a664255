from ..util.strings import shout
from .. import VERSION
from . import parts
from .parts import part as p


def run():
    return shout("engine " + VERSION) + " " + parts.part() + " " + p()
