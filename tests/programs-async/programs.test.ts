// tests/programs-async/: coroutines, await, async with/for, async generators and
// comprehensions, the "never awaited" warning, compile-time errors, and pylib's asyncio — run
// by the shared feature-folder runner (tests/programs/folder-suite.ts) against CPython 3.13's
// outputs (python3.13 scripts/gen-program-expected.py --dir tests/programs-async),
// unoptimized and through -O1, -O2 and each pass alone after ssa.
import { programFolderSuite } from '../programs/folder-suite.js';
import { PASSES } from '../../passes/registry.js';

const PIPELINES = ['-O1', '-O2', ...PASSES.map((pass) => pass.name).filter((name) => name !== 'ssa').map((name) => `ssa,${name}`)];

programFolderSuite(new URL('.', import.meta.url), 15, new Map(), PIPELINES);
