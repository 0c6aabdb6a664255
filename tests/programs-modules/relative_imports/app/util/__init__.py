from .strings import shout
