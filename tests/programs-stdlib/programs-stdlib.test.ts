// tests/programs-stdlib/: programs importing random, json, re, struct, itertools, functools,
// operator — run by the shared feature-folder runner (tests/programs/folder-suite.ts).
import { programFolderSuite } from '../programs/folder-suite.js';

programFolderSuite(new URL('.', import.meta.url), 1);
