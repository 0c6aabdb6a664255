#!/usr/bin/env python3
# Regenerates runtime/modules/testdata/time-zones.json: CPython 3.13's time.tzname and tm_zone
# under TZ values that need no tz database (POSIX rules), for runtime/modules/time-zones.test.ts.
# Run with CPython 3.13: python3.13 scripts/gen-time-zones.py
import json, os, subprocess, sys

PROGRAM = "import time; print(repr((time.tzname, time.localtime(1700000000).tm_zone, time.localtime(1690000000).tm_zone)))"
ZONES = ["", "UTC0", "JST-9", "EST5EDT", "<+0530>-5:30"]
cases = []
for tz in ZONES:
    out = subprocess.run([sys.executable, "-c", PROGRAM], env={**os.environ, "TZ": tz}, capture_output=True, text=True, check=True).stdout
    cases.append({"tz": tz, "program": PROGRAM, "stdout": out})
path = os.path.join(os.path.dirname(__file__), "..", "runtime", "modules", "testdata", "time-zones.json")
with open(path, "w") as f:
    json.dump(cases, f, indent=1)
    f.write("\n")
