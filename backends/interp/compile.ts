// IR function → closures. The handler table is a Record<OpName, ...>, so tsc rejects an op
// of ir/ops.ts without a handler; the data each handler needs (dunder names, symbols,
// variable scopes) is read from the op table's semantics, not repeated here.

import { OP_TABLE, type OpName } from '../../ir/ops.js';
import type { Instruction, IRFunction } from '../../ir/types.js';
import {
  type Heap, type Value, NONE, NULL, TRUE, FALSE, fromInt32, fromBool, isNull, sameValue, safepoint,
  intFromBigInt, internStr, strFromJs, bytesFromArray, newTuple, tupleInit, newList, listAppend, listLength,
  newDict, dictGet, dictSet, dictLength, newSet, setAdd, newSlice, newCell, cellGet, cellSet, newFunction, FN,
  functionField, moduleDict, strToJs, listGet,
} from '../../runtime/index.js';
import { PyError } from '../../runtime/errors.js';
import { setMerge, setNext, setEntryKey } from '../../runtime/set.js';
import { pushHandle, popHandles } from '../../runtime/gc.js';
import { binary, unary, type BinaryName } from '../../runtime/builtins/arith.js';
import { compare, eq, truthy, tid, tupleItem, typeNameOf } from '../../runtime/builtins/protocol.js';
import { contains, getItem, setItem, delItem, getIter, iterNext, extendFromIterable, replaceContents } from '../../runtime/builtins/containers.js';
import { raise, PyRaise } from '../../runtime/builtins/exceptions.js';
import { loadAttr, storeAttr, formatValue, builtinsDict, assertionErrorClass, keepConstant } from '../../runtime/builtins/objects.js';
import { TypeId } from '../../runtime/layout.js';
import { tupleLength } from '../../runtime/index.js';
import { callFromSlots, callMethodFromSlots, callEx, calleeDisplay } from './call.js';
import { loadName as loadClassName, storeName as storeClassName, deleteName as deleteClassName } from './classes.js';
import { EXCEPTION_HANDLERS, raiseValue } from './exceptions.js';
import { MATCH_HANDLERS } from './match.js';
import { COROUTINE_HANDLERS, warnIfDropped } from './coroutines.js';
import { RELEASE_HANDLERS } from './iter-release.js';
import { isConstantSetDisplay } from './constant-display.js';
import { raiseNameError } from './name-suggest.js';
import { builtinValue, classHooks, isUserObject } from '../../runtime/builtins/class-hooks.js';
import { yieldHandler, resumeHandler, delegateHandler } from './generators.js';
import { binaryStep, compareStep, subscrStep, storeSubscrStep, iterInline, sliceInline, listStoreSliceInline } from './fast.js';
import { loadAttrStep, storeAttrStep } from './attr.js';
import { loadGlobalStep, storeGlobalStep } from './globals.js';
import { aliasedLoads } from './local-alias.js';
import { forwardedStores } from './store-forward.js';
import { dunderSite } from './dunder-site.js';
import { encodeProgram, SiteCache, type BlockParts, type Program } from './dispatch.js';
import { successors } from '../../ir/cfg.js';
import { HI_NULL } from '../../runtime/value.js';
import { strConcatMany } from '../../runtime/str.js';
import { importName, importFrom, importStar } from './modules.js';
import type { Code, Interp, Step, Term } from './state.js';
import { strValue, reprValue } from '../../runtime/builtins/repr.js';
import { asciiEscape } from '../../runtime/semantics/codepoints.js';
import { newComplex } from '../../runtime/complex.js';

/** What a handler sees of the function being compiled. */
interface Ctx {
  readonly it: Interp;
  readonly heap: Heap;
  readonly fn: IRFunction;
  readonly code: Code;
  /** Slot of IR value id. */
  v(id: number): number;
  /** Block index of block id. */
  block(id: number): number;
  /** Index of the block being compiled (for back-edge safepoints). */
  readonly here: number;
  /** Method loads (attr.ts): load_attr result id → its hidden self slot. */
  readonly selfSlots: Map<number, number>;
  /** The inline caches of attribute and global sites (dispatch.ts SiteCache), when the
   *  dispatch program inlines them (not while counting ops); null otherwise. */
  readonly caches: Map<Instruction, Float64Array> | null;
}

/** A new inline cache for `ins`, registered in the context (undefined when not inlining). */
function siteCache(c: Ctx, ins: Instruction): Float64Array | undefined {
  if (c.caches === null) return undefined;
  const ic = new Float64Array(SiteCache.SIZE);
  ic[SiteCache.HINT] = -1;
  c.caches.set(ins, ic);
  return ic;
}

type Handler = (ins: Instruction, c: Ctx) => Step | Term;

const BINARY_NAMES: Record<string, BinaryName> = {
  __add__: 'add', __sub__: 'sub', __mul__: 'mul', __matmul__: 'matmul', __truediv__: 'truediv',
  __floordiv__: 'floordiv', __mod__: 'mod', __pow__: 'pow', __lshift__: 'lshift', __rshift__: 'rshift',
  __and__: 'and', __or__: 'or', __xor__: 'xor',
};

function constantValue(heap: Heap, value: Instruction['attrs'][string]): Value {
  if (value === null) return NONE;
  if (typeof value === 'boolean') return value ? TRUE : FALSE;
  if (typeof value === 'bigint') return keepConstant(heap, intFromBigInt(heap, value));
  if (typeof value === 'number') return value === value ? value : Number.NaN;
  if (typeof value === 'string') return internStr(heap, value);
  if (typeof value === 'object' && 'kind' in value) {
    if (value.kind === 'bytes') return keepConstant(heap, bytesFromArray(heap, value.value));
    if (value.kind === 'complex') return keepConstant(heap, newComplex(heap, 0, value.imag));
    return dictGet(heap, builtinsDict(heap), internStr(heap, 'Ellipsis')); // the singleton (installClassBuiltins)
  }
  throw new Error('internal error: bad constant');
}

function binaryHandler(ins: Instruction, c: Ctx): Step {
  const sem = OP_TABLE[ins.op].semantics as { method: string; inplace: string | null };
  const op = BINARY_NAMES[sem.method];
  const inplace = sem.inplace !== null;
  const heap = c.heap;
  const l = c.v(ins.operands[0]), r = c.v(ins.operands[1]), out = c.v(ins.result!);
  if (!inplace) return binaryStep(heap, op, l, r, out, dunderSite(c.it, op, (x, y) => binary(heap, op, x, y)));
  return binaryStep(heap, op, l, r, out, (x, y) => {
    // list += iterable extends in place (list.__iadd__); everything else falls back to the binary op.
    if (op === 'add' && tid(heap, x) === TypeId.LIST) { extendFromIterable(heap, x, y); return x; }
    // list *= n repeats in place (list_inplace_repeat): the same object, so aliases see it.
    if (op === 'mul' && tid(heap, x) === TypeId.LIST) {
      const r = binary(heap, 'mul', x, y, true);
      const h = pushHandle(heap, r);
      try { replaceContents(heap, x, r); } finally { popHandles(heap, h); }
      return x;
    }
    return binary(heap, op, x, y, true);
  });
}

function compareHandler(ins: Instruction, c: Ctx): Step {
  const sem = OP_TABLE[ins.op].semantics as { symbol: string };
  const heap = c.heap;
  const l = c.v(ins.operands[0]), r = c.v(ins.operands[1]), out = c.v(ins.result!);
  const sym = sem.symbol;
  const test = (x: Value, y: Value): boolean => {
    if (sym === '==') return eq(heap, x, y);
    if (sym === '!=') return !eq(heap, x, y);
    const k = compare(heap, x, y, sym);
    if (k === undefined) return false;
    return sym === '<' ? k < 0 : sym === '<=' ? k <= 0 : sym === '>' ? k > 0 : k >= 0;
  };
  // A user object on either side: its rich comparison's own result (any object, no identity
  // shortcut: a NaN-like __eq__ may say x != x), as the COMPARE_OP of CPython.
  return compareStep(heap, sym as '<', l, r, out, (x, y) => (isUserObject(heap, x) || isUserObject(heap, y) ? classHooks.richCompare(heap, x, y, sym) : fromBool(test(x, y))));
}

function nameError(name: string): never {
  return raise('NameError', `name '${name}' is not defined`);
}

function unbound(name: string): never {
  return raise('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
}

const HANDLERS: Record<OpName, Handler> = {
  const: (ins, c) => {
    const heap = c.heap;
    const value = constantValue(heap, ins.attrs.value);
    const out = c.v(ins.result!);
    return (b) => { heap.f64[b + out] = value; };
  },
  phi: () => { throw new Error('internal error: phi is assigned by the predecessors (see compileFunction)'); },
  load_local: (ins, c) => {
    const heap = c.heap, s = c.code.localSlot.get(ins.attrs.name as string)!, out = c.v(ins.result!), name = ins.attrs.name as string;
    // Unbound is the NULL tag in the slot's high word: read as an i32, no reinterpretation.
    return (b) => { const f64 = heap.f64, v = f64[b + s]; if (v !== v && heap.i32[((b + s) << 1) + 1] === HI_NULL) unbound(name); f64[b + out] = v; };
  },
  store_local: (ins, c) => {
    const heap = c.heap, s = c.code.localSlot.get(ins.attrs.name as string)!, src = c.v(ins.operands[0]);
    return (b) => { heap.f64[b + s] = heap.f64[b + src]; };
  },
  delete_local: (ins, c) => {
    const heap = c.heap, s = c.code.localSlot.get(ins.attrs.name as string)!, name = ins.attrs.name as string;
    return (b) => { if (isNull(heap.f64[b + s])) unbound(name); heap.f64[b + s] = NULL; };
  },
  load_name: (ins, c) => {
    const heap = c.heap, ns = c.v(ins.operands[0]), name = ins.attrs.name as string, out = c.v(ins.result!);
    return (b) => { const v_ = loadClassName(heap, heap.f64[b + ns], heap.f64[b - 1], name); heap.f64[b + out] = v_; };
  },
  store_name: (ins, c) => {
    const heap = c.heap, ns = c.v(ins.operands[0]), src = c.v(ins.operands[1]), name = ins.attrs.name as string;
    return (b) => { storeClassName(heap, heap.f64[b + ns], name, heap.f64[b + src]); };
  },
  delete_name: (ins, c) => {
    const heap = c.heap, ns = c.v(ins.operands[0]), name = ins.attrs.name as string;
    return (b) => { deleteClassName(heap, heap.f64[b + ns], name); };
  },
  load_global: (ins, c) => loadGlobalStep(c.heap, c.code, ins.attrs.name as string, c.v(ins.result!), siteCache(c, ins)),
  store_global: (ins, c) => storeGlobalStep(c.heap, ins.attrs.name as string, c.v(ins.operands[0])),
  delete_global: (ins, c) => {
    const heap = c.heap, name = ins.attrs.name as string, key = internStr(heap, name);
    return (b) => { if (!deleteKey(heap, heap.f64[b - 1], key)) nameError(name); };
  },
  load_deref: (ins, c) => {
    const heap = c.heap, name = ins.attrs.name as string, s = c.code.cellSlot.get(name)!, out = c.v(ins.result!);
    const free = c.fn.freevars.includes(name) && c.fn.kind !== 'comprehension';
    return (b) => {
      const v = cellGet(heap, heap.f64[b + s]);
      if (isNull(v)) {
        if (free) raise('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
        unbound(name);
      }
      heap.f64[b + out] = v;
    };
  },
  store_deref: (ins, c) => {
    const heap = c.heap, s = c.code.cellSlot.get(ins.attrs.name as string)!, src = c.v(ins.operands[0]);
    return (b) => { cellSet(heap, heap.f64[b + s], heap.f64[b + src]); };
  },
  delete_deref: (ins, c) => {
    const heap = c.heap, name = ins.attrs.name as string, s = c.code.cellSlot.get(name)!;
    return (b) => { const cell = heap.f64[b + s]; if (isNull(cellGet(heap, cell))) unbound(name); cellSet(heap, cell, NULL); };
  },
  load_closure: (ins, c) => {
    const heap = c.heap, s = c.code.cellSlot.get(ins.attrs.name as string)!, out = c.v(ins.result!);
    return (b) => { heap.f64[b + out] = heap.f64[b + s]; };
  },
  add: binaryHandler, sub: binaryHandler, mul: binaryHandler, matmul: binaryHandler, truediv: binaryHandler,
  floordiv: binaryHandler, mod: binaryHandler, pow: binaryHandler, lshift: binaryHandler, rshift: binaryHandler,
  bit_and: binaryHandler, bit_or: binaryHandler, bit_xor: binaryHandler,
  inplace_add: binaryHandler, inplace_sub: binaryHandler, inplace_mul: binaryHandler, inplace_matmul: binaryHandler,
  inplace_truediv: binaryHandler, inplace_floordiv: binaryHandler, inplace_mod: binaryHandler, inplace_pow: binaryHandler,
  inplace_lshift: binaryHandler, inplace_rshift: binaryHandler, inplace_bit_and: binaryHandler,
  inplace_bit_or: binaryHandler, inplace_bit_xor: binaryHandler,
  neg: (ins, c) => unaryStep(ins, c, '-'),
  pos: (ins, c) => unaryStep(ins, c, '+'),
  invert: (ins, c) => unaryStep(ins, c, '~'),
  not: (ins, c) => {
    const heap = c.heap, s = c.v(ins.operands[0]), out = c.v(ins.result!);
    return (b) => { const v_ = truthy(heap, heap.f64[b + s]) ? FALSE : TRUE; heap.f64[b + out] = v_; };
  },
  lt: compareHandler, le: compareHandler, eq: compareHandler, ne: compareHandler, gt: compareHandler, ge: compareHandler,
  is: (ins, c) => identity(ins, c, false),
  is_not: (ins, c) => identity(ins, c, true),
  in: (ins, c) => membership(ins, c, false),
  not_in: (ins, c) => membership(ins, c, true),
  build_tuple: (ins, c) => {
    const heap = c.heap, items = Int32Array.from(ins.operands, (id) => c.v(id)), out = c.v(ins.result!);
    return (b) => {
      const t = newTuple(heap, items.length);
      for (let i = 0; i < items.length; i++) tupleInit(heap, t, i, heap.f64[b + items[i]]);
      heap.f64[b + out] = t;
    };
  },
  build_list: (ins, c) => {
    const heap = c.heap, items = Int32Array.from(ins.operands, (id) => c.v(id)), out = c.v(ins.result!);
    // A display of 3+ constants is CPython's BUILD_LIST 0 + LIST_EXTEND of a tuple constant,
    // which allocates the length rounded up to even (list_preallocate_exact): sys.getsizeof
    // of [1, 2, 3] is 88, of [x, y, z] 80.
    const capacity = isConstantSetDisplay(c.fn, ins.operands) ? (items.length + 1) & ~1 : items.length;
    return (b) => {
      const l = newList(heap, capacity);
      for (let i = 0; i < items.length; i++) listAppend(heap, l, heap.f64[b + items[i]]);
      heap.f64[b + out] = l;
    };
  },
  build_set: (ins, c) => {
    const heap = c.heap, items = Int32Array.from(ins.operands, (id) => c.v(id)), out = c.v(ins.result!);
    // CPython compiles a display of 3+ constants to a frozenset constant merged into an empty
    // set (set_merge), whose order can differ from adding the items one by one.
    if (isConstantSetDisplay(c.fn, ins.operands)) {
      return (b) => {
        const frozen = newSet(heap, true);
        heap.f64[b + out] = frozen;
        for (let i = 0; i < items.length; i++) setAdd(heap, frozen, heap.f64[b + items[i]]);
        // The compiler's constant merging (merge_consts_recursive) rebuilds the frozenset
        // from its own iteration order before the code object keeps it.
        const merged = newSet(heap, true);
        heap.f64[b + out] = merged;
        for (let p = setNext(heap, frozen, 0); p >= 0; p = setNext(heap, frozen, p + 1)) setAdd(heap, merged, setEntryKey(heap, frozen, p));
        const s = newSet(heap);
        heap.f64[b + out] = s;
        setMerge(heap, s, merged);
      };
    }
    return (b) => {
      const s = newSet(heap);
      heap.f64[b + out] = s;
      for (let i = 0; i < items.length; i++) setAdd(heap, s, heap.f64[b + items[i]]);
    };
  },
  build_dict: (ins, c) => {
    const heap = c.heap, items = Int32Array.from(ins.operands, (id) => c.v(id)), out = c.v(ins.result!);
    return (b) => {
      const d = newDict(heap);
      heap.f64[b + out] = d;
      for (let i = 0; i < items.length; i += 2) dictSet(heap, d, heap.f64[b + items[i]], heap.f64[b + items[i + 1]]);
    };
  },
  build_slice: (ins, c) => {
    const heap = c.heap, [x, y, z] = ins.operands.map((id) => c.v(id)), out = c.v(ins.result!);
    return (b) => { const v_ = newSlice(heap, heap.f64[b + x], heap.f64[b + y], heap.f64[b + z]); heap.f64[b + out] = v_; };
  },
  build_string: (ins, c) => {
    const heap = c.heap, items = Int32Array.from(ins.operands, (id) => c.v(id)), out = c.v(ins.result!);
    // The parts are strs (format_value's results and constants): joined on the heap, no JS strings.
    const parts = new Float64Array(items.length); // a typed array: a JS array may canonicalize NaN boxes
    return (b) => {
      const f64 = heap.f64;
      for (let i = 0; i < items.length; i++) parts[i] = f64[b + items[i]];
      const v_ = strConcatMany(heap, parts);
      heap.f64[b + out] = v_;
    };
  },
  format_value: (ins, c) => {
    const heap = c.heap, s = c.v(ins.operands[0]), spec = ins.operands.length > 1 ? c.v(ins.operands[1]) : -1;
    const conv = ins.attrs.conversion as string, out = c.v(ins.result!);
    return (b) => {
      let v = heap.f64[b + s];
      if (conv === 's') v = strFromJs(heap, strValue(heap, v));
      else if (conv === 'r') v = strFromJs(heap, reprValue(heap, v));
      else if (conv === 'a') v = strFromJs(heap, asciiEscape(reprValue(heap, v)));
      { const v_ = formatValue(heap, v, spec < 0 ? '' : strToJs(heap, heap.f64[b + spec])); heap.f64[b + out] = v_; }
    };
  },
  list_append: (ins, c) => {
    const heap = c.heap, l = c.v(ins.operands[0]), x = c.v(ins.operands[1]);
    return (b) => { listAppend(heap, heap.f64[b + l], heap.f64[b + x]); };
  },
  list_extend: (ins, c) => {
    const heap = c.heap, l = c.v(ins.operands[0]), x = c.v(ins.operands[1]);
    return (b) => {
      const it = heap.f64[b + x];
      extendFromIterable(heap, heap.f64[b + l], it, () => `Value after * must be an iterable, not ${typeNameOf(heap, it)}`);
    };
  },
  list_to_tuple: (ins, c) => {
    const heap = c.heap, l = c.v(ins.operands[0]), out = c.v(ins.result!);
    return (b) => { const v_ = listToTuple(heap, heap.f64[b + l]); heap.f64[b + out] = v_; };
  },
  set_add: (ins, c) => {
    const heap = c.heap, s = c.v(ins.operands[0]), x = c.v(ins.operands[1]);
    return (b) => { setAdd(heap, heap.f64[b + s], heap.f64[b + x]); };
  },
  set_update: (ins, c) => {
    const heap = c.heap, s = c.v(ins.operands[0]), x = c.v(ins.operands[1]);
    return (b) => {
      const items = newList(heap);
      extendFromIterable(heap, items, heap.f64[b + x]);
      for (let i = 0; i < listLength(heap, items); i++) setAdd(heap, heap.f64[b + s], listGet(heap, items, i));
    };
  },
  dict_set: (ins, c) => {
    const heap = c.heap, d = c.v(ins.operands[0]), k = c.v(ins.operands[1]), x = c.v(ins.operands[2]);
    return (b) => { dictSet(heap, heap.f64[b + d], heap.f64[b + k], heap.f64[b + x]); };
  },
  dict_update: (ins, c) => {
    const heap = c.heap, d = c.v(ins.operands[0]), m = c.v(ins.operands[1]);
    return (b) => {
      const src = builtinValue(heap, heap.f64[b + m]); // a dict subclass unpacks as its dict
      if (tid(heap, src) !== TypeId.DICT) throw new PyError('TypeError', `'${typeNameOf(heap, src)}' object is not a mapping`);
      mergeDict(heap, heap.f64[b + d], src, null);
    };
  },
  dict_merge: (ins, c) => {
    const heap = c.heap, d = c.v(ins.operands[0]), m = c.v(ins.operands[1]), f = c.v(ins.operands[2]);
    return (b) => {
      const src = builtinValue(heap, heap.f64[b + m]); // a dict subclass unpacks as its dict
      const name = calleeDisplay(heap, heap.f64[b + f], c.it);
      if (tid(heap, src) !== TypeId.DICT) throw new PyError('TypeError', `${name} argument after ** must be a mapping, not ${typeNameOf(heap, src)}`);
      mergeDict(heap, heap.f64[b + d], src, name);
    };
  },
  tuple_get: (ins, c) => {
    const heap = c.heap, t = c.v(ins.operands[0]), i = ins.attrs.index as number, out = c.v(ins.result!);
    return (b) => { const v_ = tupleItem(heap, heap.f64[b + t], i); heap.f64[b + out] = v_; };
  },
  load_attr: (ins, c) => {
    const heap = c.heap, o = c.v(ins.operands[0]), name = ins.attrs.name as string, out = c.v(ins.result!);
    return loadAttrStep(heap, o, out, name, c.selfSlots.get(ins.result!) ?? -1, siteCache(c, ins));
  },
  store_attr: (ins, c) => {
    const heap = c.heap, o = c.v(ins.operands[0]), x = c.v(ins.operands[1]), name = ins.attrs.name as string;
    return storeAttrStep(heap, o, x, name, siteCache(c, ins));
  },
  delete_attr: (ins, c) => {
    const heap = c.heap, o = c.v(ins.operands[0]), name = ins.attrs.name as string;
    return (b) => { storeAttr(heap, heap.f64[b + o], name, NULL); };
  },
  subscr: (ins, c) => {
    const heap = c.heap, o = c.v(ins.operands[0]), k = c.v(ins.operands[1]), out = c.v(ins.result!);
    return subscrStep(heap, o, k, out, (x, key) => getItem(heap, x, key));
  },
  store_subscr: (ins, c) => {
    const heap = c.heap, o = c.v(ins.operands[0]), k = c.v(ins.operands[1]), x = c.v(ins.operands[2]);
    return storeSubscrStep(heap, o, k, x, (y, key, v) => setItem(heap, y, key, v));
  },
  delete_subscr: (ins, c) => {
    const heap = c.heap, o = c.v(ins.operands[0]), k = c.v(ins.operands[1]);
    return (b) => { delItem(heap, heap.f64[b + o], heap.f64[b + k]); };
  },
  call: (ins, c) => {
    const it = c.it, heap = c.heap, f = c.v(ins.operands[0]), out = c.v(ins.result!);
    const args = Int32Array.from(ins.operands.slice(1), (id) => c.v(id));
    const kwnames = (ins.attrs.kwnames as readonly string[] | undefined) ?? null;
    const self = c.selfSlots.get(ins.operands[0]) ?? -1;
    if (self >= 0) {
      return (b) => {
        const s = heap.f64[b + self];
        const r = isNull(s) ? callFromSlots(it, heap.f64[b + f], b, args, kwnames) : callMethodFromSlots(it, heap.f64[b + f], s, b, args, kwnames);
        heap.f64[b + out] = r;
      };
    }
    return (b) => {
      const r = callFromSlots(it, heap.f64[b + f], b, args, kwnames);
      heap.f64[b + out] = r;
    };
  },
  call_ex: (ins, c) => {
    const it = c.it, heap = c.heap, f = c.v(ins.operands[0]), a = c.v(ins.operands[1]);
    const k = ins.operands.length > 2 ? c.v(ins.operands[2]) : -1, out = c.v(ins.result!);
    return (b) => { const v_ = callEx(it, heap.f64[b + f], heap.f64[b + a], k < 0 ? NULL : heap.f64[b + k]); heap.f64[b + out] = v_; };
  },
  make_function: (ins, c) => makeFunction(ins, c),
  get_iter: (ins, c) => {
    const heap = c.heap, s = c.v(ins.operands[0]), out = c.v(ins.result!);
    return (b) => { const v_ = getIter(heap, heap.f64[b + s]); heap.f64[b + out] = v_; };
  },
  for_iter: (ins, c) => {
    const heap = c.heap, s = c.v(ins.operands[0]), out = c.v(ins.result!);
    const body = c.block(ins.attrs.body as number), exit = c.block(ins.attrs.exit as number);
    return (b) => {
      if (iterInline(heap, b + s, b + out)) return body;
      const x = iterNext(heap, heap.f64[b + s]);
      if (isNull(x)) return exit;
      heap.f64[b + out] = x;
      return body;
    };
  },
  yield_value: (ins, c) => yieldHandler(ins, c.heap, c.v(ins.operands[0]), c.code.ret, c.block(ins.attrs.resume as number)),
  resume_value: (ins, c) => resumeHandler(c.it, c.code.ret, c.v(ins.result!)),
  delegate_send: (ins, c) => delegateHandler(c.it, c.v(ins.operands[0]), c.v(ins.operands[1]), c.v(ins.result!)),
  unpack_sequence: (ins, c) => {
    const heap = c.heap, s = c.v(ins.operands[0]), n = ins.attrs.count as number, out = c.v(ins.result!);
    return (b) => { const v_ = unpack(heap, heap.f64[b + s], n, -1); heap.f64[b + out] = v_; };
  },
  unpack_ex: (ins, c) => {
    const heap = c.heap, s = c.v(ins.operands[0]), before = ins.attrs.before as number, after = ins.attrs.after as number, out = c.v(ins.result!);
    return (b) => { const v_ = unpack(heap, heap.f64[b + s], before, after); heap.f64[b + out] = v_; };
  },
  import_name: (ins, c) => {
    const it = c.it, heap = c.heap, name = ins.attrs.name as string, level = ins.attrs.level as number, out = c.v(ins.result!);
    const fromlist = (ins.attrs.fromlist as readonly string[] | undefined) ?? null;
    return (b) => { const v_ = importName(it, heap.f64[b - 1], name, fromlist, level); heap.f64[b + out] = v_; };
  },
  import_from: (ins, c) => {
    const it = c.it, heap = c.heap, m = c.v(ins.operands[0]), name = ins.attrs.name as string, out = c.v(ins.result!);
    return (b) => { const v_ = importFrom(it, heap.f64[b + m], name); heap.f64[b + out] = v_; };
  },
  import_star: (ins, c) => {
    const it = c.it, heap = c.heap, m = c.v(ins.operands[0]);
    return (b) => { importStar(it, heap.f64[b + m], heap.f64[b - 1]); };
  },
  load_assertion_error: (ins, c) => {
    const heap = c.heap, out = c.v(ins.result!);
    return (b) => { const v_ = assertionErrorClass(heap); heap.f64[b + out] = v_; };
  },
  jump: (ins, c) => {
    const heap = c.heap, target = c.block(ins.attrs.target as number);
    if (target <= c.here) return () => { safepoint(heap); return target; };
    return () => target;
  },
  branch: (ins, c) => {
    const heap = c.heap, s = c.v(ins.operands[0]);
    const yes = c.block(ins.attrs.then as number), no = c.block(ins.attrs.else as number);
    const back = yes <= c.here || no <= c.here;
    return (b) => {
      const v = heap.f64[b + s];
      const t = v === TRUE ? true : v === FALSE ? false : truthy(heap, v);
      if (back) safepoint(heap);
      return t ? yes : no;
    };
  },
  return: (ins, c) => {
    const heap = c.heap, s = c.v(ins.operands[0]), ret = c.code.ret;
    return (b) => { heap.f64[b + ret] = heap.f64[b + s]; return -1; };
  },
  raise: (ins, c) => {
    const heap = c.heap, s = c.v(ins.operands[0]), it = c.it;
    const cause = ins.operands.length > 1 ? c.v(ins.operands[1]) : -1;
    return (b) => raiseValue(it, heap.f64[b + s], cause < 0 ? null : heap.f64[b + cause]);
  },
  ...EXCEPTION_HANDLERS,
  ...MATCH_HANDLERS,
  ...COROUTINE_HANDLERS,
  ...RELEASE_HANDLERS,
};

function unaryStep(ins: Instruction, c: Ctx, symbol: '-' | '+' | '~'): Step {
  const heap = c.heap, s = c.v(ins.operands[0]), out = c.v(ins.result!);
  return (b) => { const v_ = unary(heap, symbol, heap.f64[b + s]); heap.f64[b + out] = v_; };
}

function identity(ins: Instruction, c: Ctx, negate: boolean): Step {
  const heap = c.heap, l = c.v(ins.operands[0]), r = c.v(ins.operands[1]), out = c.v(ins.result!);
  return (b) => { const v_ = fromBool(sameValue(heap.f64[b + l], heap.f64[b + r]) !== negate); heap.f64[b + out] = v_; };
}

function membership(ins: Instruction, c: Ctx, negate: boolean): Step {
  const heap = c.heap, item = c.v(ins.operands[0]), box = c.v(ins.operands[1]), out = c.v(ins.result!);
  return (b) => { const v_ = fromBool(contains(heap, heap.f64[b + box], heap.f64[b + item]) !== negate); heap.f64[b + out] = v_; };
}

function deleteKey(heap: Heap, d: Value, key: Value): boolean {
  if (isNull(dictGet(heap, d, key))) return false;
  heap; // dictDelete via setItem path keeps one implementation of KeyError text
  delItem(heap, d, key);
  return true;
}

function listToTuple(heap: Heap, l: Value): Value {
  const n = listLength(heap, l);
  const t = newTuple(heap, n);
  for (let i = 0; i < n; i++) tupleInit(heap, t, i, listGet(heap, l, i));
  return t;
}

function mergeDict(heap: Heap, into: Value, src: Value, callee: string | null): void {
  const keys = newList(heap);
  extendFromIterable(heap, keys, src);
  for (let i = 0; i < listLength(heap, keys); i++) {
    const k = listGet(heap, keys, i);
    if (callee !== null && !isNull(dictGet(heap, into, k))) {
      throw new PyError('TypeError', `${callee} got multiple values for keyword argument '${strValue(heap, k)}'`);
    }
    dictSet(heap, into, k, dictGet(heap, src, k));
  }
}

/** A tuple of the unpacked items; `after` >= 0 for starred unpacking (middle items as a list). */
function unpack(heap: Heap, seq: Value, before: number, after: number): Value {
  const t = tid(heap, seq);
  // `a, b = pair`: a tuple of the right length is its own result (tuples are immutable, and
  // the tuple_gets read it at once); a list of the right length is copied, items only.
  if (after < 0 && t === TypeId.TUPLE && tupleLength(heap, seq) === before) return seq;
  if (after < 0 && t === TypeId.LIST && listLength(heap, seq) === before) {
    const out = newTuple(heap, before);
    for (let i = 0; i < before; i++) tupleInit(heap, out, i, listGet(heap, seq, i));
    return out;
  }
  const items = newList(heap);
  if (t === TypeId.TUPLE || t === TypeId.LIST) extendFromIterable(heap, items, seq);
  else {
    // Handles: a user iterator's __iter__/__next__ runs Python (a safepoint) meanwhile.
    const top = pushHandle(heap, items);
    try {
      let iterator: Value;
      try { iterator = getIter(heap, seq); } catch (e) {
        if (e instanceof PyError && e.pyType === 'TypeError') throw new PyError('TypeError', `cannot unpack non-iterable ${typeNameOf(heap, seq)} object`);
        throw e;
      }
      pushHandle(heap, iterator);
      for (let x = iterNext(heap, iterator); !isNull(x); x = iterNext(heap, iterator)) {
        listAppend(heap, items, x);
        if (after < 0 && listLength(heap, items) > before) break;
      }
    } finally {
      popHandles(heap, top);
    }
  }
  const n = listLength(heap, items);
  if (after < 0) {
    if (n < before) throw new PyError('ValueError', `not enough values to unpack (expected ${before}, got ${n})`);
    if (n > before) throw new PyError('ValueError', `too many values to unpack (expected ${before})`);
    return listToTuple(heap, items);
  }
  if (n < before + after) throw new PyError('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${n})`);
  const out = newTuple(heap, before + 1 + after);
  for (let i = 0; i < before; i++) tupleInit(heap, out, i, listGet(heap, items, i));
  const middle = newList(heap);
  tupleInit(heap, out, before, middle);
  for (let i = before; i < n - after; i++) listAppend(heap, middle, listGet(heap, items, i));
  for (let i = 0; i < after; i++) tupleInit(heap, out, before + 1 + i, listGet(heap, items, n - after + i));
  return out;
}

function makeFunction(ins: Instruction, c: Ctx): Step {
  const heap = c.heap, it = c.it, index = ins.attrs.fn as number, target = it.module.functions[index];
  const ops = Int32Array.from(ins.operands, (id) => c.v(id)), out = c.v(ins.result!);
  const nPos = target.params.filter((p) => p.hasDefault && p.kind !== 'keyword_only').length;
  const kwNames = target.params.filter((p) => p.hasDefault && p.kind === 'keyword_only').map((p) => p.name);
  const nCells = target.freevars.length;
  const name = internStr(heap, target.name), qualname = internStr(heap, target.qualname), modName = internStr(heap, it.units[it.unitOf[index]].name);
  const doc = target.docstring === undefined || target.docstring === null ? NONE : keepConstant(heap, strFromJs(heap, target.docstring));
  return (b) => {
    const globals = heap.f64[b - 1];
    const f = newFunction(heap, index, { name, qualname, globals, module: modName, doc });
    heap.f64[b + out] = f; // rooted in the frame before the next allocation could matter
    let k = 0;
    if (nPos > 0) {
      const d = newTuple(heap, nPos);
      for (let i = 0; i < nPos; i++) tupleInit(heap, d, i, heap.f64[b + ops[k++]]);
      setFn(heap, f, FN.DEFAULTS, d);
    }
    if (kwNames.length > 0) {
      const d = newDict(heap);
      setFn(heap, f, FN.KWDEFAULTS, d);
      for (const n of kwNames) dictSet(heap, d, internStr(heap, n), heap.f64[b + ops[k++]]);
    }
    if (nCells > 0) {
      const t = newTuple(heap, nCells);
      for (let i = 0; i < nCells; i++) tupleInit(heap, t, i, heap.f64[b + ops[k++]]);
      setFn(heap, f, FN.CLOSURE, t);
    }
  };
}

function setFn(heap: Heap, f: Value, offset: number, v: Value): void {
  heap.f64[(loOfValue(f) + offset) >>> 3] = v;
}

function loOfValue(v: Value): number {
  scratch[0] = v;
  return scratchI[0] >>> 0;
}
const scratch = new Float64Array(1);
const scratchI = new Int32Array(scratch.buffer);

/**
 * The load_attr results used exactly once, as the callee of a `call` later in the same
 * block: method loads (attr.ts), each given a hidden self slot.
 */
function methodLoads(fn: IRFunction): number[] {
  const uses = new Map<number, number>();
  for (const block of fn.blocks) for (const ins of block.instructions) for (const id of ins.operands) uses.set(id, (uses.get(id) ?? 0) + 1);
  const found: number[] = [];
  for (const block of fn.blocks) {
    const loads = new Set<number>();
    for (const ins of block.instructions) {
      if (ins.op === 'load_attr' && ins.result !== null && uses.get(ins.result) === 1) loads.add(ins.result);
      else if (ins.op === 'call' && loads.has(ins.operands[0])) found.push(ins.operands[0]);
    }
  }
  return found;
}

/** Compiles IR function `index` of the interpreter's module (once). */
export function compileFunction(it: Interp, index: number): Code {
  const cached = it.codes[index];
  if (cached !== undefined) return cached;
  const fn = it.module.functions[index];
  const localSlot = new Map<string, number>();
  for (const name of fn.locals) localSlot.set(name, localSlot.size);
  for (const p of fn.params) if (!localSlot.has(p.name)) localSlot.set(p.name, localSlot.size);
  const cellSlot = new Map<string, number>();
  for (const name of [...fn.cellvars, ...fn.freevars]) cellSlot.set(name, localSlot.size + cellSlot.size);
  const valueSlot = new Map<number, number>();
  let next = localSlot.size + cellSlot.size;
  // Loads whose result can be read from the local's own slot take no step (local-alias.ts);
  // not while counting ops, whose figures are the IR's.
  const aliased = it.opCounts === null ? aliasedLoads(fn) : new Map<number, string>();
  // Constants get slots of their own, filled once per frame by a first step of the entry
  // block (one typed-array copy) instead of one step per const per execution: the loop body
  // of -O0 code re-runs its consts at every iteration. Only when nothing jumps back to the
  // entry block (it then runs once per frame), and not while counting ops.
  const constants = it.opCounts === null && !fn.blocks.some((block) => successors(block).includes(fn.blocks[0]?.id))
    ? fn.blocks.flatMap((block) => block.instructions.filter((ins) => ins.op === 'const' && ins.result !== null)) : [];
  const constBase = next;
  const constTemplate = new Float64Array(constants.length);
  constants.forEach((ins, i) => {
    constTemplate[i] = constantValue(it.heap, ins.attrs.value);
    valueSlot.set(ins.result!, next++);
  });
  // Results computed straight into the local they are stored to (store-forward.ts).
  const forwarded = it.opCounts === null ? forwardedStores(fn, new Set([...aliased.keys(), ...valueSlot.keys()]))
    : { results: new Map<number, string>(), stores: new Set<Instruction>() };
  for (const block of fn.blocks) {
    for (const ins of block.instructions) {
      if (ins.result === null || valueSlot.has(ins.result)) continue;
      const local = aliased.get(ins.result) ?? forwarded.results.get(ins.result);
      valueSlot.set(ins.result, local !== undefined ? localSlot.get(local)! : next++);
    }
  }
  const selfSlots = new Map<number, number>();
  for (const id of methodLoads(fn)) selfSlots.set(id, next++);
  const blockIndex = new Map<number, number>();
  fn.blocks.forEach((block, k) => blockIndex.set(block.id, k));
  const simple = fn.params.every((p) => p.kind === 'normal' || p.kind === 'positional_only');
  // An async def (async_function) makes a coroutine even without a yield_value.
  const generator = fn.blocks.some((block) => block.instructions.some((ins) => ins.op === 'yield_value' || ins.op === 'async_function'));
  const argSlots = Int32Array.from(fn.params, (p) => localSlot.get(p.name)!);
  const hasCells = fn.cellvars.length > 0 || fn.freevars.length > 0;
  const code: Code = {
    fn, steps: [], stepInstructions: [], terms: [], nslots: next + 3, ret: next, scratch: next + 1, localSlot, cellSlot, simple, generator, argSlots, hasCells,
    program: undefined as unknown as Program, // encoded below, once every block's closures exist
    releaseOnly: fn.blocks.map((block) => releaseOnlySlots(block.instructions, valueSlot)),
  };
  const parts: BlockParts[] = [];
  // Phis: each predecessor copies its operand into the phi's slot just before transferring.
  const phiCopies = new Map<string, [number, number][]>(); // "pred->succ" → [from slot, to slot]
  for (const block of fn.blocks) {
    for (const ins of block.instructions) {
      if (ins.op !== 'phi') continue;
      (ins.attrs.from as number[]).forEach((pred, i) => {
        const key = `${pred}->${block.id}`;
        if (!phiCopies.has(key)) phiCopies.set(key, []);
        phiCopies.get(key)!.push([valueSlot.get(ins.operands[i])!, valueSlot.get(ins.result!)!]);
      });
    }
  }
  // An edge's phi copies happen at once in SSA, but run one after another here: order them so
  // that no copy overwrites a slot another still reads (`last = parent` with `parent` itself a
  // phi of the same loop header), breaking cycles through the frame's last slot (next + 2).
  for (const [key, pairs] of phiCopies) phiCopies.set(key, sequentialCopies(pairs, next + 2));
  const counts = it.opCounts;
  const caches = counts === null ? new Map<Instruction, Float64Array>() : null;
  const used = new Set<number>();
  for (const block of fn.blocks) for (const ins of block.instructions) for (const id of ins.operands) used.add(id);
  const slices = counts === null ? fusedSlices(fn) : new Map<Instruction, Instruction>();
  const fusedBuilds = new Set(slices.values());
  fn.blocks.forEach((block, k) => {
    const ctx: Ctx = {
      it, heap: it.heap, fn, code, here: k, selfSlots, caches,
      v: (id) => valueSlot.get(id)!,
      block: (id) => blockIndex.get(id)!,
    };
    const steps: Step[] = [];
    const body = block.instructions.slice(0, -1).filter((ins) => ins.op !== 'phi' && !(ins.op === 'load_local' && aliased.has(ins.result!))
      && !(ins.op === 'const' && constants.length > 0) && !forwarded.stores.has(ins) && !fusedBuilds.has(ins));
    if (k === 0 && constants.length > 0) {
      const heap = it.heap;
      // A few constants: an element loop (TypedArray.set's call costs ~25 ns, more than that).
      const n = constTemplate.length;
      steps.push(n <= 12
        ? (b) => { const f64 = heap.f64, at = b + constBase; for (let i = 0; i < n; i++) f64[at + i] = constTemplate[i]; }
        : (b) => { heap.f64.set(constTemplate, b + constBase); });
      body.unshift(constants[0]); // its traceback instruction (the copy cannot raise)
    }
    for (const ins of body.slice(steps.length)) {
      let step = HANDLERS[ins.op](ins, ctx) as Step;
      if (ins.op === 'call' && !used.has(ins.result!)) step = droppedCall(it, ctx, ins, step);
      const build = slices.get(ins);
      if (build !== undefined) step = fusedSliceStep(ctx, ins, build, step);
      steps.push(counts === null ? step : counted(counts, ins.op, step));
    }
    const last = block.instructions[block.instructions.length - 1];
    let term = HANDLERS[last.op](last, ctx) as Term;
    if (counts !== null) term = counted(counts, last.op, term);
    term = withPhiCopies(it.heap, term, block.id, fn, phiCopies);
    code.steps.push(steps);
    code.stepInstructions.push([...body, last]);
    code.terms.push(term);
    parts.push({
      body, steps, last, term, prologue: k === 0 && constants.length > 0,
      constants: k === 0 && constants.length > 0 ? { base: constBase, values: constTemplate } : undefined,
      handler: block.handler === null ? -1 : blockIndex.get(block.handler) ?? -1,
      blockOf: (id) => blockIndex.get(id)!,
      slot: (id) => valueSlot.get(id)!,
      selfSlot: (id) => selfSlots.get(id) ?? -1,
      cache: (ins) => caches?.get(ins),
      localSlot: (name) => localSlot.get(name)!,
      moves: (to) => (to < 0 ? [] : (phiCopies.get(`${block.id}->${fn.blocks[to].id}`) ?? []).flat()),
    });
    if (OP_TABLE[last.op].flags.terminator !== true) throw new Error(`internal error: block without terminator in ${fn.qualname}`);
  });
  code.program = encodeProgram(parts, counts === null);
  it.codes[index] = code;
  return code;
}

/**
 * `x[a:b:c]` and `x[a:b:c] = v`: a build_slice whose one use is the subscr or store_subscr right
 * after it (that instruction → the build_slice). The build takes no step: the subscript reads the
 * three bounds itself (fusedSliceStep), so a list, tuple or str sliced by small ints or None makes
 * no slice object (fannkuch's `perm[:k + 1] = perm[k::-1]` made two per flip).
 */
function fusedSlices(fn: IRFunction): Map<Instruction, Instruction> {
  const uses = new Map<number, number>();
  for (const block of fn.blocks) for (const ins of block.instructions) for (const id of ins.operands) uses.set(id, (uses.get(id) ?? 0) + 1);
  const found = new Map<Instruction, Instruction>();
  for (const block of fn.blocks) {
    const body = block.instructions;
    for (let i = 0; i + 1 < body.length; i++) {
      const build = body[i], next = body[i + 1];
      if (build.op !== 'build_slice' || build.result === null || build.operands.length !== 3 || uses.get(build.result) !== 1) continue;
      if ((next.op === 'subscr' || next.op === 'store_subscr') && next.operands[1] === build.result) found.set(next, build);
    }
  }
  return found;
}

/** The step of a subscr or store_subscr fused with the build_slice before it (fusedSlices): the
 *  list, tuple and str cases on the bounds' slots, else the slice object made into the build's own slot and
 *  the instruction's usual step run. */
function fusedSliceStep(c: Ctx, ins: Instruction, build: Instruction, usual: Step): Step {
  const heap = c.heap, [x, y, z] = build.operands.map((id) => c.v(id)), k = c.v(build.result!), o = c.v(ins.operands[0]);
  const slow = (b: number): void => {
    const f64 = heap.f64;
    const slice = newSlice(heap, f64[b + x], f64[b + y], f64[b + z]);
    heap.f64[b + k] = slice;
    usual(b);
  };
  if (ins.op === 'subscr') {
    const out = c.v(ins.result!);
    return (b) => { if (!sliceInline(heap, b + o, b + x, b + y, b + z, b + out)) slow(b); };
  }
  const v = c.v(ins.operands[2]);
  return (b) => { if (!listStoreSliceInline(heap, b + o, b + x, b + y, b + z, b + v)) slow(b); };
}

/**
 * A call whose result nothing uses (an expression statement): CPython frees that object at
 * once, which for a coroutine that never ran prints "never awaited" there (coroutines.ts).
 */
function droppedCall(it: Interp, c: Ctx, ins: Instruction, step: Step): Step {
  const heap = it.heap, out = c.v(ins.result!), line = ins.pos?.line ?? c.fn.line;
  const unit = it.units[it.unitOf[c.fn.index] ?? 0];
  return (b) => { step(b); warnIfDropped(heap, heap.f64[b + out], unit.filename, unit.source, line); };
}

/** Code.releaseOnly for one block: the slots of its release_iters when the block is only
 *  `landing`, `release_iter`s and a `reraise` of the landing's value; else null. */
function releaseOnlySlots(body: readonly Instruction[], valueSlot: ReadonlyMap<number, number>): Int32Array | null {
  const first = body[0], last = body[body.length - 1];
  if (body.length < 3 || first.op !== 'landing' || last.op !== 'reraise' || last.operands[0] !== first.result) return null;
  const releases = body.slice(1, -1);
  if (!releases.every((ins) => ins.op === 'release_iter')) return null;
  return Int32Array.from(releases, (ins) => valueSlot.get(ins.operands[0])!);
}

/** Parallel copies [from, to] as a sequence with the same effect (`temp` breaks cycles). */
export function sequentialCopies(pairs: readonly [number, number][], temp: number): [number, number][] {
  const pending = pairs.filter(([from, to]) => from !== to).map(([from, to]) => [from, to] as [number, number]);
  const out: [number, number][] = [];
  while (pending.length > 0) {
    // A copy whose destination no other pending copy reads can go now.
    const ready = pending.findIndex(([, to]) => !pending.some(([from]) => from === to));
    if (ready >= 0) {
      out.push(pending[ready]);
      pending.splice(ready, 1);
      continue;
    }
    // Every destination is still read: a cycle. Save one destination's value and read it from there.
    const saved = pending[0][1];
    out.push([saved, temp]);
    for (const pair of pending) if (pair[0] === saved) pair[0] = temp;
  }
  return out;
}

function withPhiCopies(heap: Heap, term: Term, from: number, fn: IRFunction, copies: Map<string, [number, number][]>): Term {
  const bySucc = new Map<number, Int32Array>();
  fn.blocks.forEach((block, k) => {
    const list = copies.get(`${from}->${block.id}`);
    if (list !== undefined) bySucc.set(k, Int32Array.from(list.flat()));
  });
  if (bySucc.size === 0) return term;
  return (b) => {
    const next = term(b);
    const moves = bySucc.get(next);
    if (moves !== undefined) for (let i = 0; i < moves.length; i += 2) heap.f64[b + moves[i + 1]] = heap.f64[b + moves[i]];
    return next;
  };
}

function counted<F extends (b: number) => unknown>(counts: Map<OpName, number>, op: OpName, f: F): F {
  return ((b: number) => { counts.set(op, (counts.get(op) ?? 0) + 1); return f(b); }) as F;
}

export { PyRaise, dictLength, tupleLength };
