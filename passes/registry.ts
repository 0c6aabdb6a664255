// Every built-in pass, in the order `pyx passes` lists them. `pyx new-pass NAME` adds an
// import and an entry here.

import type { Pass } from './pass.js';
import { copyProp } from './copy-prop.js';
import { dce } from './dce.js';
import { gvn } from './gvn.js';
import { inline } from './inline.js';
import { licm } from './licm.js';
import { outOfSsa } from './out-of-ssa.js';
import { sccp } from './sccp.js';
import { simplifyCfg } from './simplify-cfg.js';
import { ssa } from './ssa.js';
import { typeInfer } from './type-infer.js';

export const PASSES: readonly Pass[] = [ssa, outOfSsa, simplifyCfg, sccp, dce, copyProp, gvn, licm, inline, typeInfer];
