// GC stress on a representative subset of tests/programs: a collection at EVERY safepoint
// (each call and loop back-edge), and the output must still be CPython 3.13's, byte for byte.
//
// Why a subset: a full mark-sweep at every safepoint costs time proportional to the live heap
// at each of millions of safepoints, so the programs that keep large structures alive while
// making many calls (towers_of_hanoi: ~140 s, prime_factors: ~30 s) make the whole corpus take
// ~4 minutes. The whole corpus runs under stress with
//   node --import tsx backends/interp/run-suite.ts --gc-stress     (or PYX_GC_STRESS=1 with
//   tests/programs/programs.test.ts)
// The subset covers: dict/set/list churn, closures and recursion, bigints, strings and
// formatting, exceptions through frames (err_mutual_recursion), tuples of tuples, 2-D lists.
import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runProgram } from './program.js';

const PROGRAMS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'programs');
const SUBSET = [
  'dict_counter', 'anagrams', 'word_count', 'bst_dicts', 'lcs_edit_distance', 'matrix_multiply', 'bigint_arith',
  'base_conversion', 'josephus', 'err_mutual_recursion', 'bfs_grid', 'primes_sieve', 'pascal_triangle',
  'game_of_life', 'caesar_cipher', 'perfect_catalan', 'unicode_astral', 'closures_nonlocal',
];

for (const name of SUBSET) {
  test(`${name} under GC stress`, (t) => {
    const source = readFileSync(join(PROGRAMS, `${name}.py`), 'utf8');
    const expected = readFileSync(join(PROGRAMS, `${name}.stdout`), 'utf8');
    const status = Number(readFileSync(join(PROGRAMS, `${name}.exitcode`), 'utf8').trim());
    let out = '';
    const got = runProgram(source, `${name}.py`, [`${name}.py`], {
      write: (fd, text) => { if (fd === 1) out += text; }, flush: () => undefined, readLine: () => null, gcStress: true,
    });
    t.is(out, expected);
    t.is(got, status);
  });
}

test('the subset exists in the corpus', (t) => {
  t.deepEqual(SUBSET.filter((n) => !existsSync(join(PROGRAMS, `${n}.py`))), []);
});
