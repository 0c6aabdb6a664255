import os
import os.path
import os.path as osp, sys
from os import path
from os import path as p, sep
from . import sibling
from .. import parent
from .mod import name
from ...pkg.mod import (a, b as c,)
from __future__ import annotations
from mod import *
