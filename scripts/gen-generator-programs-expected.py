#!/root/.pyenv/versions/3.13.0/bin/python3.13
"""Regenerate tests/programs-generators/NAME.{stdout,exitcode,stderr} from CPython 3.13.

The same rules as scripts/gen-program-expected.py (which serves tests/programs/): each program
runs as `python3.13 NAME.py` with the folder as working directory, stdin empty,
PYTHONHASHSEED=0; NAME.stderr is written only when CPython wrote to stderr, with the folder's
absolute path removed so tracebacks read `File "NAME.py"`.

Usage: python3.13 scripts/gen-generator-programs-expected.py [NAME ...]   (default: all)
"""
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "programs-generators")
PY = "/root/.pyenv/versions/3.13.0/bin/python3.13"


def main():
    names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(HERE) if n.endswith(".py"))
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    for name in names:
        proc = subprocess.run([PY, name + ".py"], cwd=HERE, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=60)
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
        print(f"{name}: exit {proc.returncode}, {len(proc.stdout)} bytes out, {len(proc.stderr)} bytes err")


if __name__ == "__main__":
    main()
