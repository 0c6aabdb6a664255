// Consistency of the op table itself: the invariants its types cannot express.

import test from 'ava';
import { dispatch, OP_NAMES, OP_TABLE, OPS_BY_CATEGORY, type CategoryHandlers } from './ops.js';

test('flags are consistent', (t) => {
  for (const name of OP_NAMES) {
    const { flags, result } = OP_TABLE[name];
    if (flags.pure) {
      t.false(flags.mayRaise || flags.sideEffects || flags.terminator || flags.writes.length > 0, `${name}: pure`);
    }
    if (result === null && !flags.terminator) t.true(flags.sideEffects, `${name}: no result, so it exists for its effect`);
  }
});

test('names: lowercase snake_case; terminators name their successors', (t) => {
  for (const name of OP_NAMES) {
    t.regex(name, /^[a-z][a-z0-9_]*$/);
    const spec = OP_TABLE[name];
    const targets = spec.attrs.filter((attr) => attr.kind === 'block' || attr.kind === 'blocks');
    if (targets.length > 0 && name !== 'phi') t.true(spec.flags.terminator, `${name} names blocks but is no terminator`);
  }
});

test('only trailing operands are optional; only the first attribute is bare', (t) => {
  for (const name of OP_NAMES) {
    const spec = OP_TABLE[name];
    const firstOptional = spec.operands.findIndex((operand) => operand.optional);
    if (firstOptional !== -1) {
      t.true(spec.operands.slice(firstOptional).every((operand) => operand.optional), name);
      t.is(spec.variadic, undefined, `${name}: optional operands and variadic ones do not mix`);
    }
    spec.attrs.forEach((attr, i) => { if (attr.bare) t.is(i, 0, name); });
  }
});

test('dispatch reaches a handler for every op through its category', (t) => {
  // tsc rejects this table if a category is missing: the interpreter's dispatch works the same way.
  const describe: CategoryHandlers<[string], string> = {
    constant: (_, name) => name, phi: (_, name) => name,
    variable: (s, name) => `${name}:${s.action}_${s.scope}`, binary: (s) => s.method, unary: (s) => s.symbol,
    compare: (s) => s.method, identity: (s) => `is${s.negate ? ' not' : ''}`, membership: (s) => `in${s.negate ? ' not' : ''}`,
    build: (s) => s.container, container: (s) => s.action, format: () => 'format', attribute: (s) => s.action,
    subscript: (s) => s.action, call: (s) => s.form, function: () => 'function', iterate: (s) => s.action,
    unpack: (s) => String(s.starred), import: (s) => s.action, builtin: (s) => s.name, control: (s) => s.action,
    namespace: (s) => s.action,
    exception: (s) => s.action, generator: (s) => s.action, match: (s) => s.action,
  };
  t.is(dispatch(describe, 'add', 'add'), '__add__');
  t.is(dispatch(describe, 'inplace_mul', 'inplace_mul'), '__mul__');
  t.is(dispatch(describe, 'load_deref', 'load_deref'), 'load_deref:load_deref');
  for (const name of OP_NAMES) t.is(typeof dispatch(describe, name, name), 'string');
  t.deepEqual(Object.values(OPS_BY_CATEGORY).flat().sort(), [...OP_NAMES].sort());
});
