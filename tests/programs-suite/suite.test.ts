// tests/programs-suite/: short scripts in the style of other implementations' test suites
// (MicroPython's basics, RustPython's snippets) and teaching material — each probes the corners
// of one area (builtins' error messages, class machinery, generators, scoping, str methods…)
// and prints a lot. Written for pyx, not copied. Run by the shared feature-folder runner
// (tests/programs/folder-suite.ts); expected outputs from CPython 3.13:
// scripts/gen-program-expected.py --dir tests/programs-suite.
import { programFolderSuite } from '../programs/folder-suite.js';

programFolderSuite(new URL('.', import.meta.url), 7);
