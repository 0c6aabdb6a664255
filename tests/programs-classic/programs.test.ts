// tests/programs-classic/: whole programs of the kind a course or a textbook has (a bank, graph
// algorithms, a Sudoku solver, text statistics, exact matrices, a state machine, asyncio tasks,
// a unittest file…), each mixing many features and standard modules. Run by the shared
// feature-folder runner (tests/programs/folder-suite.ts) at -O0 and through every pipeline.
import { ALL_PIPELINES, programFolderSuite } from '../programs/folder-suite.js';

programFolderSuite(new URL('.', import.meta.url), 15, new Map(), ALL_PIPELINES);
