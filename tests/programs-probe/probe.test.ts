// tests/programs-probe/: dense probe programs in the style of the held-out corpus — the test
// suites of other Python implementations (class machinery: metaclasses with __prepare__ and
// __call__, __set_name__, descriptors, __getattr__/__getattribute__, __slots__, abc,
// dataclasses, namedtuples; the operator protocol with reflected and in-place fallbacks;
// iterator protocols and itertools recipes; format() with every type letter, `%`, __format__;
// re, textwrap, string.Template; fractions, decimal, math, int.to_bytes; json, typing, unicodedata,
// configparser, xml.etree.ElementTree, uuid, hmac/secrets, sys.getsizeof, builtin docstrings).
// Written for pyx, not copied. Run by the shared feature-folder runner (tests/programs/folder-suite.ts): stdout,
// exit status and stderr against CPython 3.13's (scripts/gen-program-expected.py --dir
// tests/programs-probe).
import { programFolderSuite } from '../programs/folder-suite.js';

programFolderSuite(new URL('.', import.meta.url), 40);
