// The runtime's public surface: what the interpreter, the JIT and the free-threaded backend call.
// Everything a Python program can reach lives in the one shared heap (heap.ts); these functions
// take the calling thread's Heap view first and NaN-boxed Values (value.ts) for Python values.
//
// Rules for callers (details in docs/architecture-runtime.md):
//  1. A Value never goes into a JS array (V8 may canonicalize its NaN payload); keep it in the
//     heap (a frame slot, a handle), a local or an object field.
//  2. Raw addresses/Values stay valid until the next safepoint; across a safepoint, hold them in
//     a frame slot or a handle (pushHandle) and re-read them after.
//  3. Any call that allocates may replace heap.i32/heap.f64: re-read the views after it.
//  4. Call safepoint(heap) on loop back-edges and calls; leaveRunning/enterRunning around
//     anything that blocks.
// Failing operations throw PyError (pyType + CPython's message).

export { Heap, type HeapOptions } from './heap.js';
export { createRuntime, joinRuntime, leaveRuntime } from './runtime.js';
export {
  type Value, NONE, TRUE, FALSE, NULL, fromFloat, fromInt32, fromBool, fromPtr, toInt32, toPtr,
  isFloat, isSmallInt, isPtr, isBool, isNone, isNull, sameValue, hiOf, loOf, HI_INT, HI_PTR, HI_BOOL, HI_NONE, HI_NULL,
} from './value.js';
export { TypeId } from './layout.js';
export { intFromBigInt, intFromNumber, intToBigInt, intToNumber, intAdd, intSub, intMul, intCompare, isIntLike, isBigInt } from './int.js';
export {
  strFromJs, strToJs, strLength, strCodePointAt, strEquals, strConcat, strHash, internStr, isStr,
  bytesFromArray, bytesToArray, bytesLength,
} from './str.js';
export {
  newTuple, tupleInit, tupleGet, tupleLength, newList, listAppend, listGet, listSet, listPop, listInsert,
  listLength, isList,
} from './sequence.js';
export { newDict, dictGet, dictSet, dictDelete, dictLength, dictNext, dictEntryKey, dictEntryValue, isDict } from './dict.js';
export { newSet, setAdd, setDiscard, setContains, setPop, setLength, setNext, setEntryKey, setEquals } from './set.js';
export { hashValue, keyEquals } from './keys.js';
export { hashOut } from './hash.js';
export {
  newRange, newSlice, rangePart, newCell, cellGet, cellSet, newFunction, functionCodeIndex, functionField, FN,
  newModule, moduleDict, pushFrame, popFrame, frameSlot, setFrameSlot, frameIp, setFrameIp, topFrame, FRAME_SLOTS,
  isArenaFrame, FRAME_STACK_BYTES,
  typeOf, typeIdOf, isInstanceOf, typeName, typeBase, type FunctionParts,
} from './objects.js';
export { pushHandle, handleGet, handleSet, popHandles, collect, type GcStats } from './gc.js';
export { safepoint, collectGarbage, enterRunning, leaveRunning, setGcStress } from './safepoint.js';
export { WorkerPool, type PoolOptions } from './threads.js';
export { registerJob, type Job } from './jobs.js';
export { PyError } from './errors.js';
export { toPy, toJs, display, type JsData } from './convert.js';
