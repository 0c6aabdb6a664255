"""importlib for pyx: import_module and invalidate_caches.

pyx's import system itself is written in TypeScript (backends/interp/modules.ts, see
docs/modules.md); this module gives programs CPython's functions on top of __import__.
"""

import sys
import _pyx_import

__all__ = ["import_module", "invalidate_caches", "reload"]


def _resolve_name(name, package, level):
    """The absolute name of a relative `name` (`level` leading dots) inside `package`."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module by name and return it (the module itself, not its top-level package).

    A relative `name` ('.mod', '..pkg.mod') needs `package`, the package it is relative to.
    """
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        level = len(name) - len(name.lstrip("."))
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """pyx's path finder keeps no directory caches: nothing to invalidate."""


def reload(module):
    """Run the module's (re-read) source again in its own namespace; return the module."""
    return _pyx_import.reload(module)
