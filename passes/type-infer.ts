// type-infer: records the exact Python type of values where it is proven: constants,
// containers built by the IR, results that the language fixes (`not`, `in`, `is` give a
// bool), and int/float/str/bool arithmetic on proven operands (exact types cannot have
// their operators overridden; bool is an int subclass, so True + True is an int). Phis
// join. Unknown values get no type. Requires nothing; changes no IR (it records facts for
// later specialization: `typeOf`, and `printModuleWithTypes` shows them as comments).

import type { ConstantValue } from '../ast/nodes.js';
import { printBlock, printFunction } from '../ir/print.js';
import type { IRFunction, IRModule, Instruction, ValueId } from '../ir/types.js';
import { strRepr } from '../runtime/repr.js';
import type { Pass } from './pass.js';

/** A proven exact type, by its Python name. */
export type PyType = 'int' | 'bool' | 'float' | 'complex' | 'str' | 'bytes' | 'NoneType' | 'ellipsis' |
  'tuple' | 'list' | 'set' | 'dict' | 'slice' | 'function' | 'module' | 'type';

/**
 * Recorded types, per instruction object. Invariant: valid until a pass changes that
 * instruction in place or its operands' values; type-infer recomputes the whole function
 * each time it runs, and passes that rewrite instructions in place drop records with
 * `forgetTypes` (the -O2 preset runs type-infer last).
 */
const recorded = new WeakMap<Instruction, PyType>();

export function typeOf(instruction: Instruction): PyType | undefined {
  return recorded.get(instruction);
}

export function forgetTypes(fn: IRFunction): void {
  for (const block of fn.blocks) for (const instruction of block.instructions) recorded.delete(instruction);
}

function constantType(value: ConstantValue): PyType {
  if (value === null) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'string') return 'str';
  return value.kind === 'bytes' ? 'bytes' : value.kind === 'complex' ? 'complex' : 'ellipsis';
}

const FIXED: Partial<Record<string, PyType>> = {
  build_tuple: 'tuple', build_list: 'list', build_set: 'set', build_dict: 'dict', build_slice: 'slice',
  build_string: 'str', format_value: 'str', list_to_tuple: 'tuple', make_function: 'function',
  not: 'bool', is: 'bool', is_not: 'bool', in: 'bool', not_in: 'bool', unpack_sequence: 'tuple',
  unpack_ex: 'tuple', load_assertion_error: 'type',
};

const INT_OPS = new Set(['add', 'sub', 'mul', 'floordiv', 'mod', 'lshift', 'rshift', 'bit_and', 'bit_or', 'bit_xor']);
const FLOAT_OPS = new Set(['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod']);
const COMPARISONS = new Set(['lt', 'le', 'eq', 'ne', 'gt', 'ge']);

function arithmetic(op: string, left: PyType | undefined, right: PyType | undefined): PyType | undefined {
  const base = op.startsWith('inplace_') ? op.slice(8) : op;
  if (left === undefined || right === undefined) return undefined;
  const intLike = (t: PyType) => t === 'int' || t === 'bool';
  const numeric = (t: PyType) => intLike(t) || t === 'float';
  if (COMPARISONS.has(base)) {
    return (numeric(left) && numeric(right)) || (left === 'str' && right === 'str') ? 'bool' : undefined;
  }
  if (left === 'bool' && right === 'bool' && ['bit_and', 'bit_or', 'bit_xor'].includes(base)) return 'bool';
  if (intLike(left) && intLike(right)) return INT_OPS.has(base) ? 'int' : base === 'truediv' ? 'float' : undefined;
  if (numeric(left) && numeric(right)) return FLOAT_OPS.has(base) ? 'float' : undefined;
  if (left === 'str' && right === 'str' && base === 'add') return 'str';
  return undefined;
}

export const typeInfer: Pass = {
  name: 'type-infer',
  description: 'record proven exact types of values (shown as comments by printModuleWithTypes)',
  requires: [],
  invalidates: [],
  stats: ['values typed'],
  run(fn, ctx) {
    forgetTypes(fn);
    // Optimistic lattice: absent = not known yet (top), a type, or ANY (bottom). Values
    // only move down, so the loop ends; what is still top at the end (code whose inputs
    // never resolve) gets no type. A loop counter `i = phi(0, i + 1)` is proven an int.
    const ANY = 'any' as const;
    const types = new Map<ValueId, PyType | typeof ANY>();
    const infer = (instruction: Instruction): PyType | typeof ANY | undefined => {
      if (instruction.op === 'const') return constantType(instruction.attrs.value as ConstantValue);
      const fixed = FIXED[instruction.op];
      if (fixed !== undefined) return fixed;
      const inputs = instruction.operands.map((v) => types.get(v));
      if (instruction.op === 'phi') {
        const known = new Set(inputs.filter((t) => t !== undefined));
        return known.size === 0 ? undefined : known.size === 1 ? [...known][0] : ANY;
      }
      if (inputs.includes(ANY)) return ANY;
      if (inputs.includes(undefined)) return undefined;
      const operand = inputs as PyType[];
      if (instruction.op === 'neg' || instruction.op === 'pos') {
        return operand[0] === 'bool' ? 'int' : operand[0] === 'int' || operand[0] === 'float' ? operand[0] : ANY;
      }
      if (instruction.operands.length === 2) return arithmetic(instruction.op, operand[0], operand[1]) ?? ANY;
      return ANY;
    };
    for (let changed = true; changed;) {
      changed = false;
      for (const block of fn.blocks) for (const instruction of block.instructions) {
        if (instruction.result === null || types.get(instruction.result) === ANY) continue;
        const type = infer(instruction);
        if (type !== undefined && type !== types.get(instruction.result)) {
          types.set(instruction.result, types.has(instruction.result) ? ANY : type);
          changed = true;
        }
      }
    }
    let typed = 0;
    for (const block of fn.blocks) for (const instruction of block.instructions) {
      const type = instruction.result === null ? undefined : types.get(instruction.result);
      if (type !== undefined && type !== ANY) { recorded.set(instruction, type); typed++; }
    }
    ctx.count('values typed', typed);
    return false; // Records facts only: the IR text is unchanged.
  },
};

/** The module's text with each typed value annotated `; : TYPE` (a comment, so the text
 *  still parses as IR and reads back as the same module). */
export function printModuleWithTypes(module: IRModule): string {
  const functions = module.functions.map((fn) => fn.blocks.map((block) => {
    const lines = printBlock(block).split('\n');
    return [lines[0], ...block.instructions.map((instruction, i) => {
      const type = recorded.get(instruction);
      return type === undefined ? lines[i + 1] : `${lines[i + 1]}  ; : ${type}`;
    })].join('\n');
  }));
  // The function headers come from printFunction; its block lines are replaced by ours.
  return [`module ${strRepr(module.filename)}`, ...module.functions.map((fn, f) => {
    const header = printFunction({ ...fn, blocks: [] });
    return [header, ...functions[f]].join('\n');
  })].join('\n\n') + '\n';
}
