// Per-thread interpreter state: the heap, the compiled program, the recursion counter and
// the optional op counter. One Interp per thread and program; workers make their own.

import type { Heap } from '../../runtime/index.js';
import type { Instruction, IRFunction, IRModule } from '../../ir/types.js';
import type { OpName } from '../../ir/ops.js';
import type { Program } from './dispatch.js';

/** A step of a compiled block: runs one instruction on the frame whose slots start at f64 index `b`. */
export type Step = (b: number) => void;
/** A block terminator: the next block's index, or -1 after `return` (value in the return slot). */
export type Term = (b: number) => number;

/**
 * One IR function compiled to closures. Invariants: `steps[k]` and `terms[k]` belong to
 * `fn.blocks[k]`; slots: locals [0, locals), cells [locals, locals + cells), then one per
 * IR value, then the return slot `ret` (last).
 */
export interface Code {
  readonly fn: IRFunction;
  readonly steps: Step[][];
  /** The instruction of each step of block k, then its terminator: what a traceback names
   *  (not every instruction has a step: local-alias.ts). */
  readonly stepInstructions: Instruction[][];
  /** The blocks as the dispatch loop runs them (dispatch.ts); set once all blocks are compiled. */
  program: Program;
  readonly terms: Term[];
  readonly nslots: number;
  readonly ret: number;
  /** A slot that roots a new instance while the dispatch loop's CALL runs its __init__
   *  (call.ts enterFromSlots); free at any other time. */
  readonly scratch: number;
  /** Slot of each local name / cell name. */
  readonly localSlot: Map<string, number>;
  readonly cellSlot: Map<string, number>;
  /** Whether a call with exactly len(params) positional arguments can copy them straight in. */
  readonly simple: boolean;
  /** The slot of each parameter, in `fn.params` order (the calls' binding loops read it). */
  readonly argSlots: Int32Array;
  /** Whether the function has cells or free variables (its frame needs setupCells). */
  readonly hasCells: boolean;
  /** Whether the function contains a yield_value: a call makes a generator (generators.ts). */
  readonly generator: boolean;
  /** For each block k that only releases temporary iterators and re-raises (`landing`, then
   *  `release_iter`s, then `reraise` of the landing's value: a release region's handler), the
   *  slots it releases, in order; null for every other block. A generator's close() runs these
   *  instead of raising GeneratorExit through them (generators.ts, closesQuietly). */
  readonly releaseOnly: (Int32Array | null)[];
}

/**
 * One source file whose functions the interpreter runs: the main script or an imported
 * module. Invariant: functions [first, first + count) of `Interp.module` are its own.
 */
export interface CodeUnit {
  /** The module's __name__ ('__main__' for the script). */
  readonly name: string;
  readonly filename: string;
  readonly source: string;
  readonly first: number;
  readonly count: number;
}

/** What imports need to know of the run (modules.ts). */
export interface ImportConfig {
  /** sys.path until `sys` is imported (from then on, the list sys.path is read each time). */
  readonly path: readonly string[];
  /** The optimization pipeline imported modules go through, as the script ('' for none). */
  readonly pipeline: string;
  /** Modules whose body is running (partially initialised), by name. */
  readonly initializing: Set<string>;
}

/**
 * Invariants: `codes[i]` is compiled lazily from `module.functions[i]`. `module` is the
 * function table of the whole run: the script's functions first, then each imported
 * module's, renumbered (modules.ts), so `module.functions[i].index === i` still holds and
 * `unitOf[i]` is the index in `units` of the file function i comes from.
 */
export interface Interp {
  readonly heap: Heap;
  readonly module: IRModule;
  readonly source: string;
  readonly units: CodeUnit[];
  readonly unitOf: number[];
  readonly imports: ImportConfig;
  readonly codes: (Code | undefined)[];
  depth: number;
  recursionLimit: number;
  /** Per-op execution counts when --count-ops is on; null (and zero cost) otherwise. */
  readonly opCounts: Map<OpName, number> | null;
}
