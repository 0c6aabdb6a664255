// CFG helpers on a small hand-written function with a loop, a branch and a handler.

import test from 'ava';
import { blockDominators, bypassEmptyBlocks, predecessors, removeUnreachable, renumberBlocks, successors } from './cfg.js';
import { parseModule } from './parse.js';
import { printFunction } from './print.js';
import { verifyFunction } from './verify.js';

const TEXT = `module 'cfg.py'

function 0 '<module>' kind=module parent=none line=1 qualname='<module>'
  params ()
bb0:
  %0 = const 1
  jump target=bb5
bb5: except bb3
  branch %0 then=bb2 else=bb4
bb2:
  jump target=bb5
bb4:
  jump target=bb6
bb6:
  return %0
bb3:
  return %0
bb9:
  jump target=bb6
`;

test('successors, predecessors and dominators include exception edges', (t) => {
  const [fn] = parseModule(TEXT).functions;
  t.deepEqual(successors(fn.blocks[1]), [2, 4, 3]);
  t.deepEqual(Object.fromEntries(predecessors(fn)), { 0: [], 5: [0, 2], 2: [5], 4: [5], 6: [4, 9], 3: [5], 9: [] });
  t.deepEqual(Object.fromEntries(blockDominators(fn)), { 0: null, 5: 0, 2: 5, 4: 5, 6: 4, 3: 5 });
});

test('bypass, prune and renumber keep the function valid and readable', (t) => {
  const [fn] = parseModule(TEXT).functions;
  t.is(bypassEmptyBlocks(fn), 2); // then=bb2 goes straight to bb5, else=bb4 to bb6.
  removeUnreachable(fn);
  renumberBlocks(fn);
  t.deepEqual(verifyFunction(fn), []);
  t.is(printFunction(fn), `function 0 '<module>' kind=module parent=none line=1 qualname='<module>'
  params ()
bb0:
  %0 = const 1
  jump target=bb1
bb1: except bb3
  branch %0 then=bb1 else=bb2
bb2:
  return %0
bb3:
  return %0`);
});
