// Which set displays CPython 3.13 compiles from a frozenset constant. For `{a, b, c, ...}` with
// three or more elements that are all constants after its AST optimizer (literals, tuples of
// constants, unary and simple binary operators on constants: `-1`, `1+2j`, `(1, 2)`), the
// compiler emits BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE (the frozenset rebuilt once more
// by its constant merging), and set_merge gives an
// iteration order that can differ from adding the items one by one.
import type { IRFunction, Instruction } from '../../ir/types.js';

const FOLDED_UNARY = new Set(['neg', 'pos', 'invert']);
const FOLDED_BINARY = new Set(['add', 'sub', 'mul', 'pow', 'lshift', 'rshift', 'bit_and', 'bit_or', 'bit_xor', 'truediv', 'floordiv', 'mod']);
/** ast_opt.c's MAX_INT_SIZE: int results wider than this many bits are not folded. */
const MAX_INT_BITS = 128n;

/** Folded value: a bigint for an int constant, 'other' for any other constant, null if not constant. */
type Folded = bigint | 'other' | null;

function bits(x: bigint): bigint {
  return BigInt((x < 0n ? -x : x).toString(2).length) - (x === 0n ? 1n : 0n);
}

/** What CPython's AST optimizer folds for two int constants (fold_binop with its safe_* limits). */
function foldInts(op: string, x: bigint, y: bigint): Folded {
  switch (op) {
    case 'add': return x + y;
    case 'sub': return x - y;
    case 'mul': return bits(x) + bits(y) > MAX_INT_BITS ? null : x * y;
    case 'pow':
      if (y < 0n) return 'other';
      if (x !== 0n && y > 0n && bits(x) > MAX_INT_BITS / y) return null;
      return x ** y;
    case 'lshift':
      if (y < 0n) return null;
      if (x !== 0n && (y > MAX_INT_BITS || bits(x) > MAX_INT_BITS - y)) return null;
      return x << y;
    case 'rshift': return y < 0n ? null : x >> y;
    case 'bit_and': return x & y;
    case 'bit_or': return x | y;
    case 'bit_xor': return x ^ y;
    case 'truediv': return y === 0n ? null : 'other';
    case 'floordiv': case 'mod': {
      if (y === 0n) return null;
      const q = x / y - ((x % y !== 0n) && ((x < 0n) !== (y < 0n)) ? 1n : 0n);
      return op === 'floordiv' ? q : x - q * y;
    }
    default: return null;
  }
}

/** Whether build_set's (build_list's) operands are a constant display CPython turns into a frozenset (tuple) constant. */
export function isConstantSetDisplay(fn: IRFunction, operands: readonly number[]): boolean {
  if (operands.length < 3) return false;
  const defs = new Map<number, Instruction>();
  for (const block of fn.blocks) for (const ins of block.instructions) if (ins.result !== null) defs.set(ins.result, ins);
  const fold = (id: number, depth: number): Folded => {
    const ins = defs.get(id);
    if (ins === undefined || depth > 50) return null;
    if (ins.op === 'const') return typeof ins.attrs.value === 'bigint' ? ins.attrs.value : typeof ins.attrs.value === 'boolean' ? BigInt(ins.attrs.value) : 'other';
    if (ins.op === 'build_tuple') return ins.operands.every((o) => fold(o, depth + 1) !== null) ? 'other' : null;
    if (FOLDED_UNARY.has(ins.op)) {
      const x = fold(ins.operands[0], depth + 1);
      if (typeof x !== 'bigint') return x;
      return ins.op === 'neg' ? -x : ins.op === 'invert' ? ~x : x;
    }
    if (FOLDED_BINARY.has(ins.op)) {
      const x = fold(ins.operands[0], depth + 1), y = fold(ins.operands[1], depth + 1);
      if (x === null || y === null) return null;
      return typeof x === 'bigint' && typeof y === 'bigint' ? foldInts(ins.op, x, y) : 'other';
    }
    return null;
  };
  return operands.every((o) => fold(o, 0) !== null);
}
