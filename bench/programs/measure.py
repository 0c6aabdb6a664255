"""Runs one command and prints its resource use as JSON: wall seconds, user and system CPU
seconds and peak RSS (KiB) of that child alone (os.wait4), plus its exit status and output.

Used by bench/run.ts so that pyx and CPython are measured by the same code: Node cannot read a
child's CPU time or peak RSS, and /usr/bin/time is not everywhere.

Usage: python3.13 measure.py CMD [ARGS...]
"""
import json
import os
import subprocess
import sys
import threading
import time


def drain(pipe, into):
    into.append(pipe.read())


start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
# Both pipes are read concurrently so a child writing much to one cannot block on the other.
out, err = [], []
readers = [threading.Thread(target=drain, args=(proc.stdout, out)), threading.Thread(target=drain, args=(proc.stderr, err))]
for r in readers:
    r.start()
_, status, usage = os.wait4(proc.pid, 0)
wall = time.perf_counter() - start
for r in readers:
    r.join()
print(json.dumps({
    "wall": wall,
    "user": usage.ru_utime,
    "sys": usage.ru_stime,
    "maxrssKiB": usage.ru_maxrss,
    "status": os.waitstatus_to_exitcode(status),
    "stdout": out[0].decode("utf-8", "replace"),
    "stderr": err[0].decode("utf-8", "replace")[-2000:],
}))
