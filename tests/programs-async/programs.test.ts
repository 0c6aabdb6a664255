// tests/programs-async/: coroutines, await, async with/for, async generators and
// comprehensions, the "never awaited" warning, compile-time errors, and asyncio — run by the
// shared feature-folder runner (tests/programs/folder-suite.ts) against CPython 3.13's outputs
// (python3.13 scripts/gen-program-expected.py --dir tests/programs-async).
import { programFolderSuite } from '../programs/folder-suite.js';

programFolderSuite(new URL('.', import.meta.url), 15);
