// The interpreter's dispatch program: each compiled function's blocks as one Int32Array of
// fixed-width instructions, run by a switch in call.ts's runFrame. The hottest ops (local
// moves, small-int and float arithmetic and comparisons, list/tuple indexing, jumps,
// branches, for over a range or list, return) are executed inline by that switch, with no
// call at all; every other op, and every case a fast path does not cover, calls the op's
// closure (compile.ts), which does the whole general operation. A closure call per op cost
// about twice a switch case doing the same work (measured, docs/architecture-runtime.md).
//
// Layout: instruction p occupies words [p*W, p*W + W): opcode, then up to four operands.
// Invariants: `blockPc[k]` is the first instruction of block k; `pcBlock[p]` / `pcStep[p]`
// name the block and step index (-1: the terminator) an instruction belongs to, for
// tracebacks and exception handlers; phi copies of an edge taken by an inline jump or branch
// are MOVEs in an edge stub placed after the block, so the order of the copies is the
// closures' (withPhiCopies, sequential).

import type { Instruction } from '../../ir/types.js';
import type { Code } from './state.js';

export const W = 5;

export const enum Op {
  /** a: index into `closures` (a step). */
  STEP = 0,
  /** a: index into `closures` (a terminator returning the next block, or -1 to return). */
  TERM,
  /** f64[b + a] → f64[b + c]  (store_local, phi copies). */
  MOVE,
  /** load_local: f64[b + a] → f64[b + c] unless unbound (then closure d raises). */
  LOAD_LOCAL,
  /** a, b operand slots, c result slot, d the op's closure (the general operation). */
  ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD,
  LT, LE, GT, GE, EQ, NE,
  /** a container, b index, c result, d closure. */
  SUBSCR,
  /** a container, b index, c value, d closure. */
  STORE_SUBSCR,
  /** a target instruction; JUMP_BACK also passes a safepoint. */
  JUMP, JUMP_BACK,
  /** a condition slot, b then-instruction, c else-instruction, d 1 when an edge goes back. */
  BRANCH,
  /** a iterator slot, b item slot, c body instruction; anything but a next item of a list
   *  or range (exhaustion included) runs the terminator's closure, `closures[pcClosure]`. */
  FOR_ITER,
  /** a slot: the value returned. */
  RETURN,
  /** call with positional arguments only: a callee slot, b its method load's self slot (-1:
   *  none), c result slot, d the op's closure; the argument slots are `callArgs[pc]`. A plain
   *  Python function (or a method of one) whose parameters are exactly the arguments gets a
   *  frame and runs from the switch itself; anything else runs the closure. */
  CALL,
  /** a object slot, b result slot, c method load's self slot (-1: none), d closure; the
   *  site's inline cache (`caches[pc]`, see SiteCache) filled by the closure: an instance of the
   *  cached class, with the cached type version, whose dict has the name at the cached entry. */
  LOAD_ATTR,
  /** a object slot, b value slot, d closure; cache as LOAD_ATTR's (a plain instance-dict store). */
  STORE_ATTR,
  /** c result slot, d closure; cache: the name's entry in the frame's globals. */
  LOAD_GLOBAL,
  /** a, b operand slots, c result slot, d closure (a float operand: the closure). */
  IS, IS_NOT,
  /** a operand slot, c result slot, d closure (anything but a bool or None: the closure). */
  NOT,
  /** A comparison (LT..NE's operands) whose result the next instruction, a BRANCH, tests:
   *  on the inline path it also takes that branch; else its closure runs and then the BRANCH. */
  LT_BRANCH, LE_BRANCH, GT_BRANCH, GE_BRANCH, EQ_BRANCH, NE_BRANCH,
  /** The entry block's constant prologue: `constants` copied to slots a.. (compile.ts). */
  CONSTS,
}

/** LT_BRANCH..NE_BRANCH minus this is LT..NE. */
export const FUSED_BRANCH = Op.LT_BRANCH - Op.LT;

/**
 * An attribute or global site's inline cache, shared by its closure (attr.ts, globals.ts),
 * which fills it after a lookup, and the dispatch switch, which reads it. Indexes below.
 * Invariant: a CLASS word of 0 (the initial value) matches no instance.
 */
export const enum SiteCache {
  /** Byte address of the class the entry was made for. */
  CLASS = 0,
  /** The heap's TYPE_VERSION when it was made. */
  VERSION,
  /** The name's entry number in the instance dict (or the globals dict). */
  HINT,
  /** The interned name's byte address. */
  KEY,
  /** LOAD_ATTR: 1 when the name is read from the instance dict, 2 when it is a method load
   *  (the class's plain function FN, with the instance as self: the name is not in the
   *  instance dict, checked with the name's hash, HASH_LO and HASH_HI, and KEY_VALUE). */
  MODE,
  FN,
  HASH_LO,
  HASH_HI,
  KEY_VALUE,
  SIZE,
}

const BINARY: Partial<Record<string, Op>> = {
  add: Op.ADD, sub: Op.SUB, mul: Op.MUL, truediv: Op.TRUEDIV, floordiv: Op.FLOORDIV, mod: Op.MOD,
  inplace_add: Op.ADD, inplace_sub: Op.SUB, inplace_mul: Op.MUL, inplace_truediv: Op.TRUEDIV,
  inplace_floordiv: Op.FLOORDIV, inplace_mod: Op.MOD,
  lt: Op.LT, le: Op.LE, gt: Op.GT, ge: Op.GE, eq: Op.EQ, ne: Op.NE,
};

/** A function's dispatch program. `closures` are Step/Term functions of compile.ts. */
export interface Program {
  readonly words: Int32Array;
  readonly blockPc: Int32Array;
  readonly pcBlock: Int32Array;
  readonly pcStep: Int32Array;
  /** FOR_ITER's terminator closure (the general iteration), by instruction; -1 elsewhere. */
  readonly pcClosure: Int32Array;
  readonly closures: ((b: number) => number | void)[];
  /** The phi copies of block k's exception edge ([from, to] slot pairs, sequential), made
   *  when an exception raised in block k lands in its handler; null when there are none. */
  readonly handlerMoves: (Int32Array | null)[];
  /** The inline cache of each LOAD_ATTR, STORE_ATTR and LOAD_GLOBAL, by instruction. */
  readonly caches: (Float64Array | null)[];
  /** The function's constants, in the slots CONSTS fills; null when it has none. */
  readonly constants: Float64Array | null;
  /** CALL's argument slots, by instruction; null elsewhere. */
  readonly callArgs: (Int32Array | null)[];
  /** CALL's site cache, by instruction (call.ts fills it): 0, or the key of the plain Python
   *  function the site last entered directly — its code index k as 2k + 1 + (1 when a method
   *  load's self was bound first) — with its Code in `callees`. */
  readonly callKeys: Int32Array;
  readonly callees: (Code | null)[];
  /** CALL's class cache, by instruction: the class the site last instantiated directly
   *  (object.__new__ and a plain Python __init__), valid while the heap's TYPE_VERSION and
   *  collection count are the ones recorded. */
  readonly classSites: (ClassSite | null)[];
}

/** A class instantiated at a call site, with the __init__ it runs (call.ts). */
export interface ClassSite {
  /** The class's address. */
  addr: number;
  version: number;
  gc: number;
  /** Its __init__ (a plain function) and that function's code. */
  init: number;
  code: Code;
}

/** What the encoder needs of compileFunction's results for one block. */
export interface BlockParts {
  /** The instructions that have steps, in order, and their step closures. */
  readonly body: readonly Instruction[];
  readonly steps: readonly ((b: number) => void)[];
  readonly last: Instruction;
  /** The terminator closure, phi copies included (used when not inlined). */
  readonly term: (b: number) => number;
  /** The block index each block id has. */
  readonly blockOf: (id: number) => number;
  readonly slot: (id: number) => number;
  readonly localSlot: (name: string) => number;
  /** The phi copies of the edge from this block to block index k: [from, to] slot pairs. */
  readonly moves: (k: number) => readonly number[];
  /** Whether the first step is the constant prologue (no instruction of its own). */
  readonly prologue: boolean;
  /** The prologue's constants and their first slot (with `prologue`). */
  readonly constants?: { readonly base: number; readonly values: Float64Array };
  /** The block index of this block's exception handler, or -1. */
  readonly handler: number;
  /** The hidden self slot of a method load's result (compile.ts selfSlots), or -1. */
  readonly selfSlot: (id: number) => number;
  /** The inline cache an instruction's closure fills (SiteCache), if it has one. */
  readonly cache: (ins: Instruction) => Float64Array | undefined;
}

/**
 * Encodes the blocks. `inline` false (op counting) keeps every op a closure call, so the
 * counts stay the IR's.
 */
export function encodeProgram(blocks: readonly BlockParts[], inline: boolean): Program {
  const words: number[] = [];
  const pcBlock: number[] = [];
  const pcStep: number[] = [];
  const pcClosure: number[] = [];
  const callArgs: (Int32Array | null)[] = [];
  const caches: (Float64Array | null)[] = [];
  let constants: Float64Array | null = null;
  const closures: ((b: number) => number | void)[] = [];
  const blockPc = new Int32Array(blocks.length);
  /** Jumps whose target is a block (patched to its pc at the end): [word index, block]. */
  const patches: [number, number][] = [];
  const emit = (block: number, step: number, op: Op, a = 0, b = 0, c = 0, d = 0, closure = -1): number => {
    const p = pcBlock.length;
    words.push(op, a, b, c, d);
    pcBlock.push(block);
    pcStep.push(step);
    pcClosure.push(closure);
    callArgs.push(null);
    caches.push(null);
    return p;
  };
  const closure = (f: (b: number) => number | void): number => { closures.push(f); return closures.length - 1; };
  blocks.forEach((parts, k) => {
    blockPc[k] = pcBlock.length;
    parts.steps.forEach((step, i) => {
      const ins = parts.body[i];
      const index = closure(step);
      if (inline && parts.prologue && i === 0 && parts.constants !== undefined) {
        constants = parts.constants.values;
        emit(k, i, Op.CONSTS, parts.constants.base, 0, 0, index);
        return;
      }
      let fast = inline && !(parts.prologue && i === 0) ? BINARY[ins.op] : undefined;
      // A comparison that the block's branch tests, just before it: fused with the branch.
      if (fast !== undefined && fast >= Op.LT && fast <= Op.NE && i === parts.steps.length - 1 && parts.last.op === 'branch'
        && parts.last.operands[0] === ins.result) fast += FUSED_BRANCH;
      if (fast !== undefined) emit(k, i, fast, parts.slot(ins.operands[0]), parts.slot(ins.operands[1]), parts.slot(ins.result!), index);
      else if (inline && ins.op === 'store_local' && !(parts.prologue && i === 0)) emit(k, i, Op.MOVE, parts.slot(ins.operands[0]), 0, parts.localSlot(ins.attrs.name as string));
      else if (inline && ins.op === 'load_local') emit(k, i, Op.LOAD_LOCAL, parts.localSlot(ins.attrs.name as string), 0, parts.slot(ins.result!), index);
      else if (inline && ins.op === 'subscr') emit(k, i, Op.SUBSCR, parts.slot(ins.operands[0]), parts.slot(ins.operands[1]), parts.slot(ins.result!), index);
      else if (inline && ins.op === 'store_subscr') emit(k, i, Op.STORE_SUBSCR, parts.slot(ins.operands[0]), parts.slot(ins.operands[1]), parts.slot(ins.operands[2]), index);
      else if (inline && ins.op === 'load_attr' && parts.cache(ins) !== undefined) {
        const p = emit(k, i, Op.LOAD_ATTR, parts.slot(ins.operands[0]), parts.slot(ins.result!), parts.selfSlot(ins.result!), index);
        caches[p] = parts.cache(ins)!;
      } else if (inline && ins.op === 'store_attr' && parts.cache(ins) !== undefined) {
        const p = emit(k, i, Op.STORE_ATTR, parts.slot(ins.operands[0]), parts.slot(ins.operands[1]), 0, index);
        caches[p] = parts.cache(ins)!;
      } else if (inline && ins.op === 'load_global' && parts.cache(ins) !== undefined) {
        const p = emit(k, i, Op.LOAD_GLOBAL, 0, 0, parts.slot(ins.result!), index);
        caches[p] = parts.cache(ins)!;
      } else if (inline && (ins.op === 'is' || ins.op === 'is_not')) {
        emit(k, i, ins.op === 'is' ? Op.IS : Op.IS_NOT, parts.slot(ins.operands[0]), parts.slot(ins.operands[1]), parts.slot(ins.result!), index);
      } else if (inline && ins.op === 'not') emit(k, i, Op.NOT, parts.slot(ins.operands[0]), 0, parts.slot(ins.result!), index);
      else if (inline && ins.op === 'call' && ((ins.attrs.kwnames as readonly string[] | undefined)?.length ?? 0) === 0) {
        const p = emit(k, i, Op.CALL, parts.slot(ins.operands[0]), parts.selfSlot(ins.operands[0]), parts.slot(ins.result!), index);
        callArgs[p] = Int32Array.from(ins.operands.slice(1), (id) => parts.slot(id));
      }
      else emit(k, i, Op.STEP, index);
    });
    const last = parts.last;
    const term = closure(parts.term);
    /** An edge to block `to`: its pc, or a stub with the edge's phi copies (filled later). */
    const stubs: [number, number][] = []; // [word index to patch with the stub's pc, target block]
    const edge = (wordIndex: number, to: number) => {
      if (parts.moves(to).length === 0) patches.push([wordIndex, to]);
      else stubs.push([wordIndex, to]);
    };
    const p = pcBlock.length;
    if (!inline) emit(k, -1, Op.TERM, term);
    else if (last.op === 'jump') {
      const to = parts.blockOf(last.attrs.target as number);
      emit(k, -1, to <= k ? Op.JUMP_BACK : Op.JUMP);
      edge(p * W + 1, to);
    } else if (last.op === 'branch') {
      const yes = parts.blockOf(last.attrs.then as number), no = parts.blockOf(last.attrs.else as number);
      emit(k, -1, Op.BRANCH, parts.slot(last.operands[0]), 0, 0, yes <= k || no <= k ? 1 : 0);
      edge(p * W + 2, yes);
      edge(p * W + 3, no);
    } else if (last.op === 'for_iter') {
      emit(k, -1, Op.FOR_ITER, parts.slot(last.operands[0]), parts.slot(last.result!), 0, 0, term);
      edge(p * W + 3, parts.blockOf(last.attrs.body as number));
    } else if (last.op === 'return' && parts.moves(-1).length === 0) {
      emit(k, -1, Op.RETURN, parts.slot(last.operands[0]));
    } else emit(k, -1, Op.TERM, term);
    for (const [wordIndex, to] of stubs) {
      words[wordIndex] = pcBlock.length;
      const moves = parts.moves(to);
      for (let m = 0; m < moves.length; m += 2) emit(k, -1, Op.MOVE, moves[m], 0, moves[m + 1]);
      const back = to <= k;
      const q = emit(k, -1, back ? Op.JUMP_BACK : Op.JUMP);
      patches.push([q * W + 1, to]);
    }
  });
  for (const [wordIndex, to] of patches) words[wordIndex] = blockPc[to];
  const handlerMoves = blocks.map((parts) => {
    const moves = parts.handler < 0 ? [] : parts.moves(parts.handler);
    return moves.length === 0 ? null : Int32Array.from(moves);
  });
  return {
    words: Int32Array.from(words), blockPc, pcBlock: Int32Array.from(pcBlock), pcStep: Int32Array.from(pcStep),
    pcClosure: Int32Array.from(pcClosure), closures, handlerMoves, caches, constants, callArgs,
    callKeys: new Int32Array(pcBlock.length), callees: pcBlock.map(() => null), classSites: pcBlock.map(() => null),
  };
}
