// tests/programs-datetime/: programs importing datetime (pylib/datetime.py and its
// _datetime_*.py parts) — run by the shared feature-folder runner (tests/programs/folder-suite.ts).
// Expected outputs: scripts/gen-program-expected.py --dir tests/programs-datetime.
import { programFolderSuite } from '../programs/folder-suite.js';

programFolderSuite(new URL('.', import.meta.url), 7, new Map([
  ['datetime_known_gaps', "the interpreter's own TypeErrors name Python classes by __name__, not CPython's C tp_name 'datetime.timedelta'"],
]));
