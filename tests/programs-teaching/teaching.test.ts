// tests/programs-teaching/: programs in the style of teaching material — the Python tutorial's
// chapters (numbers, strings, control flow, data structures, I/O, errors, classes, the two
// standard-library tours), doctest- and unittest-graded exercise files, Project Euler and
// Rosetta Code solutions, and algorithm-course labs (sorting passes, graph searches, dynamic
// programming tables, linked structures), and the library modules such programs lean on
// (doctest, unittest.mock, zlib, decimal, locale, urllib.parse, fileinput, colorsys). Written for pyx, not copied. Run by the shared
// feature-folder runner (tests/programs/folder-suite.ts): stdout, exit status and stderr against
// CPython 3.13's (scripts/gen-program-expected.py --dir tests/programs-teaching). Programs that
// write files do so in a tempfile directory and never print its path.
import { programFolderSuite } from '../programs/folder-suite.js';

programFolderSuite(new URL('.', import.meta.url), 45);
