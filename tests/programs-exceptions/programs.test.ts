// tests/programs-exceptions/: try/except/finally, raise, chaining, with — run by the shared
// feature-folder runner (tests/programs/folder-suite.ts: stdout, exit status, all of stderr
// but the caret lines, against CPython 3.13's committed outputs).
import { programFolderSuite } from '../programs/folder-suite.js';

programFolderSuite(new URL('.', import.meta.url), 15);
