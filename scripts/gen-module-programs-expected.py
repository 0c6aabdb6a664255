#!/root/.pyenv/versions/3.13.0/bin/python3.13
"""Regenerate tests/programs-modules/NAME.{stdout,exitcode,stderr} from CPython 3.13.

Each program of that folder is a DIRECTORY: NAME/main.py plus the modules and packages it
imports. It runs as `python3.13 main.py` with NAME/ as the working directory, stdin empty,
PYTHONHASHSEED=0 and no bytecode written (no __pycache__ in the tree). CPython names the
files of tracebacks (and __file__, module reprs) by absolute path; the program directory's
prefix is removed from stdout and stderr, so the expectations read `File "main.py"` and
`File "pkg/mod.py"` wherever the checkout lives (the runner does the same to pyx's output).
NAME.stderr is written only when CPython wrote to stderr, and removed otherwise.

Usage: python3.13 scripts/gen-module-programs-expected.py [NAME ...]   (default: every program)
"""
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
HERE = os.path.join(ROOT, "tests", "programs-modules")
PY = "/root/.pyenv/versions/3.13.0/bin/python3.13"


def main():
    names = sys.argv[1:] or sorted(n for n in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, n, "main.py")))
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONSAFEPATH"):
        env.pop(var, None)
    for name in names:
        program = os.path.join(HERE, name)
        t0 = time.perf_counter()
        proc = subprocess.run([PY, "main.py"], cwd=program, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=60)
        prefix = (os.path.realpath(program) + os.sep).encode()
        out = proc.stdout.replace(prefix, b"")
        err = proc.stderr.replace(prefix, b"")
        with open(os.path.join(HERE, name + ".stdout"), "wb") as f:
            f.write(out)
        with open(os.path.join(HERE, name + ".exitcode"), "w") as f:
            f.write(f"{proc.returncode}\n")
        err_path = os.path.join(HERE, name + ".stderr")
        if err:
            with open(err_path, "wb") as f:
                f.write(err)
        elif os.path.exists(err_path):
            os.remove(err_path)
        for dirpath, dirnames, _ in os.walk(program):
            if "__pycache__" in dirnames:
                shutil.rmtree(os.path.join(dirpath, "__pycache__"))
        print(f"{name}: exit {proc.returncode}, {len(out)} bytes out, {len(err)} bytes err, {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
