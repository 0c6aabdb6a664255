#!/root/.pyenv/versions/3.13.0/bin/python3.13
"""Regenerate runtime/modules/testdata/files_stdin.stdout: CPython 3.13 running files_stdin.py
with files_stdin.input on stdin (runtime/modules/files-stdin.test.ts feeds pyx the same lines)."""
import os
import subprocess

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'runtime', 'modules', 'testdata')
with open(os.path.join(HERE, 'files_stdin.input'), 'rb') as f:
    data = f.read()
out = subprocess.run(['/root/.pyenv/versions/3.13.0/bin/python3.13', 'files_stdin.py'], cwd=HERE,
                     input=data, capture_output=True, check=True).stdout
with open(os.path.join(HERE, 'files_stdin.stdout'), 'wb') as f:
    f.write(out)
print(out.decode())
