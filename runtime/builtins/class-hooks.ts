// The seam between the builtin protocol (protocol.ts, repr.ts, objects.ts, arith.ts, …) and
// user classes (runtime/classes.ts). The builtin files only test `isUserObject` and call
// through `classHooks`; runtime/classes.ts fills the table when it is imported, so the
// builtin files need no import of it (which would be a cycle).

import type { Heap } from '../heap.js';
import type { Value } from '../value.js';
import { NativeKind, nativeKind } from './native.js';

/** A native kind that runtime/classes.ts owns (class, instance, bound method, descriptors, super). */
export function isUserKind(k: number): boolean {
  return k >= NativeKind.CLASS && k <= NativeKind.SUPER;
}

export function isUserObject(heap: Heap, v: Value): boolean {
  return isUserKind(nativeKind(heap, v));
}

/**
 * Invariant: every entry is replaced by runtime/classes.ts at load; the defaults only run
 * when that module was never imported, which no backend does (backends/interp imports it).
 */
export const classHooks = {
  typeName: (_heap: Heap, _v: Value): string => 'object',
  repr: (_heap: Heap, _v: Value): string => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  str: (_heap: Heap, _v: Value): string => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  getAttr: (_heap: Heap, _v: Value, _name: string): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  setAttr: (_heap: Heap, _v: Value, _name: string, _x: Value): void => { throw new Error('internal error: runtime/classes.ts not loaded'); },
};
