#!/root/.pyenv/versions/3.13.0/bin/python3.13
"""Regenerate tests/programs/NAME.{stdout,exitcode,stderr} from CPython 3.13 (or those of
another program folder: --dir tests/programs-classes, -exceptions, -generators, -stdlib).

Each program runs as `python3.13 NAME.py ARGS` with its folder as the working directory
(so tracebacks say `File "NAME.py"`, as `pyx run NAME.py` does there), stdin empty, and
PYTHONHASHSEED=0 (pyx's str hash is deterministic but not CPython's, so programs must not
depend on str hashes anyway; the seed only keeps reruns of this script stable).
ARGS come from a `# ARGS: a b c` line among the program's leading comment lines.
NAME.stderr is written only when CPython wrote to stderr, and removed otherwise. CPython makes
the main script's path absolute in tracebacks (`File "/abs/dir/NAME.py"`); that directory prefix
is removed, so the expectation reads `File "NAME.py"` wherever the checkout lives.

Usage: python3.13 scripts/gen-program-expected.py [--dir FOLDER] [NAME ...]   (default: every program)
"""
import os
import shlex
import subprocess
import time
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PY = "/root/.pyenv/versions/3.13.0/bin/python3.13"


def args_of(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            if line.startswith("# ARGS:"):
                out = shlex.split(line[len("# ARGS:"):])
    return out


def main():
    global HERE
    argv = sys.argv[1:]
    folder = os.path.join("tests", "programs")
    if argv[:1] == ["--dir"]:
        folder, argv = argv[1], argv[2:]
    HERE = os.path.join(ROOT, folder)
    names = argv or sorted(n[:-3] for n in os.listdir(HERE) if n.endswith(".py"))
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    for name in names:
        path = os.path.join(HERE, name + ".py")
        t0 = time.perf_counter()
        proc = subprocess.run([PY, name + ".py", *args_of(path)], cwd=HERE, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        with open(os.path.join(HERE, name + ".stdout"), "wb") as f:
            f.write(proc.stdout)
        with open(os.path.join(HERE, name + ".exitcode"), "w") as f:
            f.write(f"{proc.returncode}\n")
        err_path = os.path.join(HERE, name + ".stderr")
        if proc.stderr:
            prefix = (os.path.realpath(HERE) + os.sep).encode()
            with open(err_path, "wb") as f:
                f.write(proc.stderr.replace(prefix, b""))
        elif os.path.exists(err_path):
            os.remove(err_path)
        print(f"{name}: exit {proc.returncode}, {len(proc.stdout)} bytes out, {len(proc.stderr)} bytes err, {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
