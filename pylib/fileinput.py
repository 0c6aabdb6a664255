"""fileinput for pyx (written for it, CPython 3.13's interface): iterate over the lines of
the files named on the command line (sys.argv[1:]) or given, '-' or no names meaning stdin,
with the module-level state functions (filename, lineno, filelineno, isfirstline, isstdin,
nextfile, close) of the active input().

Not here: inplace=True editing (backup files and redirected stdout), openhook's
hook_compressed (gzip/bz2).
"""

import sys
import os

__all__ = ['input', 'close', 'nextfile', 'filename', 'lineno', 'filelineno', 'fileno', 'isfirstline',
           'isstdin', 'FileInput', 'hook_compressed', 'hook_encoded']

_state = None


def input(files=None, inplace=False, backup='', *, mode='r', openhook=None, encoding=None, errors=None):
    global _state
    if _state and _state._file:
        raise RuntimeError('input() already active')
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding, errors=errors)
    return _state


def _active(name):
    if not _state:
        raise RuntimeError('no active input()')
    return getattr(_state, name)()


def close():
    global _state
    state = _state
    _state = None
    if state:
        state.close()


def nextfile():
    return _active('nextfile')


def filename():
    return _active('filename')


def lineno():
    return _active('lineno')


def filelineno():
    return _active('filelineno')


def fileno():
    return _active('fileno')


def isfirstline():
    return _active('isfirstline')


def isstdin():
    return _active('isstdin')


class FileInput:
    def __init__(self, files=None, inplace=False, backup='', *, mode='r', openhook=None, encoding=None,
                 errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            if not files:
                files = ('-',)
            else:
                files = tuple(files)
        if inplace:
            raise NotImplementedError('fileinput inplace editing is not supported by pyx')
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook and not callable(openhook):
            raise ValueError('FileInput openhook must be callable')
        self._files = files
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False

    def __del__(self):
        pass

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                raise StopIteration
            self.nextfile()

    def nextfile(self):
        # The file name and line numbers stay readable until the next file opens.
        file = self._file
        self._file = None
        if file and not self._isstdin:
            file.close()
        self._isstdin = False

    def readline(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                return line
            self.nextfile()

    def _readline(self):
        if self._file is None and not self._files:
            return b'' if 'b' in self._mode else ''
        if self._file is None:
            self._filename = self._files[0]
            self._files = self._files[1:]
            self._startlineno = self.lineno()
            self._filelineno = 0
            self._isstdin = False
            if self._filename == '-':
                self._filename = '<stdin>'
                self._file = sys.stdin.buffer if 'b' in self._mode else sys.stdin
                self._isstdin = True
            elif self._openhook:
                if self._encoding is None:
                    self._file = self._openhook(self._filename, self._mode)
                else:
                    self._file = self._openhook(self._filename, self._mode, encoding=self._encoding, errors=self._errors)
            else:
                encoding = None if 'b' in self._mode else (self._encoding or 'locale')
                if 'b' in self._mode:
                    self._file = open(self._filename, self._mode)
                else:
                    self._file = open(self._filename, self._mode, encoding=None if encoding == 'locale' else encoding,
                                      errors=self._errors)
        return self._file.readline()

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file:
            try:
                return self._file.fileno()
            except ValueError:
                return -1
        return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin


def hook_encoded(encoding, errors=None):
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    return open(filename, mode, encoding=encoding, errors=errors)
