// tests/programs-match/: `match` statements (lower/match.ts, docs/match.md), run by the shared
// feature-folder runner (tests/programs/folder-suite.ts: stdout, exit status, all of stderr but
// caret lines, against CPython 3.13's committed outputs from scripts/gen-program-expected.py
// --dir tests/programs-match), unoptimized and through -O1, -O2 and each pass alone after ssa.
import { programFolderSuite } from '../programs/folder-suite.js';
import { PASSES } from '../../passes/registry.js';

/** Programs pyx does not run right yet, with the reason (none today). */
const KNOWN_FAILING = new Map<string, string>();
const PIPELINES = ['-O1', '-O2', ...PASSES.map((pass) => pass.name).filter((name) => name !== 'ssa').map((name) => `ssa,${name}`)];

programFolderSuite(new URL('.', import.meta.url), 15, KNOWN_FAILING, PIPELINES);
