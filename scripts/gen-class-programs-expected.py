#!/root/.pyenv/versions/3.13.0/bin/python3.13
"""Regenerate tests/programs-classes/NAME.{stdout,exitcode,stderr} from CPython 3.13.

Same conventions as scripts/gen-program-expected.py (run in the folder, empty stdin,
PYTHONHASHSEED=0, the absolute directory removed from tracebacks), for the class programs.

Usage: python3.13 scripts/gen-class-programs-expected.py [NAME ...]   (default: every program)
"""
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "programs-classes")
PY = "/root/.pyenv/versions/3.13.0/bin/python3.13"


def main():
    names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(HERE) if n.endswith(".py"))
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    here = os.path.realpath(HERE)
    for name in names:
        r = subprocess.run([PY, f"{name}.py"], cwd=HERE, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        with open(os.path.join(HERE, f"{name}.stdout"), "wb") as f:
            f.write(r.stdout)
        with open(os.path.join(HERE, f"{name}.exitcode"), "w") as f:
            f.write(f"{r.returncode}\n")
        err_path = os.path.join(HERE, f"{name}.stderr")
        err = r.stderr.decode("utf-8").replace(here + os.sep, "")
        if err:
            with open(err_path, "w", encoding="utf-8") as f:
                f.write(err)
        elif os.path.exists(err_path):
            os.remove(err_path)
        print(name, r.returncode)


if __name__ == "__main__":
    main()
