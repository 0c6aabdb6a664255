// tests/programs-frames/: frames and what reads them — f_lineno and f_code of sys._getframe's
// and inspect's frames, the traceback module's stack and exception formatting, warnings' and
// logging's file:line — and generator finalization where CPython's reference counting makes
// it deterministic (a loop's temporary generator closed where the loop is left). Run by the
// shared feature-folder runner (tests/programs/folder-suite.ts); expected outputs from CPython
// 3.13: scripts/gen-program-expected.py --dir tests/programs-frames.
import { programFolderSuite } from '../programs/folder-suite.js';

programFolderSuite(new URL('.', import.meta.url), 1);
