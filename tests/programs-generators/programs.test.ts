// tests/programs-generators/: generators, generator expressions, yield from, send/throw/close,
// PEP 479 — run by the shared feature-folder runner (tests/programs/folder-suite.ts).
import { programFolderSuite } from '../programs/folder-suite.js';

programFolderSuite(new URL('.', import.meta.url), 8);
