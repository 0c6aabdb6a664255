// The IR's data structures: module → functions → CFG of basic blocks → instructions.
// Which ops exist and what their operands/attributes mean is in ops.ts, not here.

import type { ConstantValue } from '../ast/nodes.js';
import type { OpName } from './ops.js';

/** A source span: lines from 1; columns in UTF-8 bytes from 0, as CPython's AST. */
export interface SourcePos {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** A virtual register, unique within its function (`%N` in the text form). */
export type ValueId = number;
/** A block's id, unique within its function (`bbN` in the text form); not its index. */
export type BlockId = number;

/**
 * An immediate attribute value; which variant is determined by the op table's AttrKind:
 * const → ConstantValue, name → string, names → string[], int/block/func → number,
 * blocks → number[], enum → string.
 */
export type AttrValue = ConstantValue | string | readonly string[] | number | readonly number[];

/**
 * One operation. Invariants (checked by verify.ts): `operands` match the op's operand
 * specs in count and kind, `attrs` has exactly the op's attributes (optional ones may be
 * absent), `result` is non-null exactly when the op has a result.
 */
export interface Instruction {
  op: OpName;
  result: ValueId | null;
  operands: ValueId[];
  attrs: Record<string, AttrValue>;
  pos: SourcePos | null;
}

/**
 * A basic block: phis first, then ordinary instructions, exactly one terminator, last.
 * `handler` is the block that receives control when any instruction here raises (an
 * exception edge of the CFG); null means the exception leaves the function. A handler
 * sees none of the values defined in the raising block (the raise may precede them).
 */
export interface Block {
  id: BlockId;
  instructions: Instruction[];
  handler: BlockId | null;
}

/** Python's parameter kinds, in the order a signature lists them. */
export type ParamKind = 'positional_only' | 'normal' | 'var_positional' | 'keyword_only' | 'var_keyword';

/**
 * A parameter. Invariant: in a function's list, kinds appear in the order above, at most
 * one var_positional and one var_keyword, and only positional_only/normal/keyword_only
 * may have a default; positional ones with a default come after those without.
 */
export interface Param {
  name: string;
  kind: ParamKind;
  hasDefault: boolean;
}

/** What code a function came from; 'module' only for function 0. */
export type FunctionKind = 'module' | 'function' | 'lambda' | 'comprehension';

/**
 * One code object. Invariants: `blocks[0]` is the entry and no edge leads to it; block
 * ids and value ids are unique; parameters are bound as locals named by the parameter on
 * entry (a parameter that is also a cellvar is copied into its cell by the lowered code);
 * `cellvars` are this function's names captured by inner functions, `freevars` the names it
 * captures (in make_function's closure order); `locals` lists every local variable name.
 */
export interface IRFunction {
  index: number;
  name: string;
  qualname: string;
  kind: FunctionKind;
  /** Index of the function whose code creates this one; null only for the module body. */
  parent: number | null;
  /** First line of the definition (for tracebacks); 1 for the module body. */
  line: number;
  /** The function's __doc__ as CPython 3.13 cleans it; null when it has none. A module's
   *  docstring is stored to `__doc__` by its code instead, as CPython does. */
  docstring: string | null;
  params: Param[];
  locals: string[];
  cellvars: string[];
  freevars: string[];
  blocks: Block[];
}

/** A lowered module. Invariant: `functions[i].index === i`; `functions[0]` is the module body. */
export interface IRModule {
  filename: string;
  functions: IRFunction[];
}

export function terminatorOf(block: Block): Instruction | undefined {
  return block.instructions[block.instructions.length - 1];
}
