"""Platform identification (pyx's own): what CPython 3.13 on Linux x86-64 reports.

pyx stands in for CPython 3.13.0 (sys.version_info says so), so python_implementation() and
python_version() say what that interpreter says; the machine facts come from os.uname().
Not offered: libc_ver, freedesktop_os_release, the Windows/macOS/Java functions.
"""

import os
import sys

__all__ = ["python_implementation", "python_version", "python_version_tuple", "system", "machine",
           "node", "release", "version", "platform", "uname", "processor", "architecture",
           "python_compiler", "python_build", "python_branch", "python_revision"]


def python_implementation():
    return "CPython"


def python_version():
    return "%d.%d.%d" % tuple(sys.version_info[:3])


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def _uname():
    try:
        return os.uname()
    except AttributeError:
        return None


def system():
    u = _uname()
    return u.sysname if u else "Linux"


def node():
    u = _uname()
    return u.nodename if u else ""


def release():
    u = _uname()
    return u.release if u else ""


def version():
    u = _uname()
    return u.version if u else ""


def machine():
    u = _uname()
    return u.machine if u else "x86_64"


def processor():
    return machine()


def architecture(executable=sys.executable if hasattr(sys, "executable") else "", bits="", linkage=""):
    return ("64bit", "ELF")


def python_compiler():
    return "GCC"


def python_build():
    return ("main", "")


def python_branch():
    return ""


def python_revision():
    return ""


class uname_result(tuple):
    _fields = ("system", "node", "release", "version", "machine")

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    @property
    def processor(self):
        return processor()

    def __repr__(self):
        return "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % tuple(self)


def uname():
    return uname_result(system(), node(), release(), version(), machine())


def platform(aliased=False, terse=False):
    if terse:
        return "%s-%s" % (system(), release())
    return "%s-%s-%s-with-glibc2.36" % (system(), release(), machine())
