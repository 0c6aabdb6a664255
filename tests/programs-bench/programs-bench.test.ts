// tests/programs-bench/: benchmark-style programs (our own versions of the pyperformance /
// shootout kinds: richards, nbody, deltablue, pickle, json, regex, generators…) at small
// default sizes, run by the shared feature-folder runner (tests/programs/folder-suite.ts).
// Expected outputs: scripts/gen-program-expected.py --dir tests/programs-bench.
import { programFolderSuite } from '../programs/folder-suite.js';

programFolderSuite(new URL('.', import.meta.url), 20);
