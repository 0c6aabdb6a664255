// Tagged 64-bit values, NaN-boxed (the choice and its measurements: docs/architecture-runtime.md,
// bench/micro/heap-values.ts).
//
// A Value is one 64-bit word. In TypeScript it travels as a JS `number` whose IEEE-754 bits ARE
// the word; in the heap it is one Float64Array element. Every float is itself; everything else is
// a negative quiet NaN whose high 32 bits name the kind:
//
//   high word (u32)   kind        low word
//   < 0xFFF90000      float       (the double's own bits; NaN is canonicalized to 0x7FF8…0)
//   0xFFF90000        small int   int32 payload (ints outside int32 are heap big ints)
//   0xFFFA0000        pointer     byte address of a heap object (u32)
//   0xFFFB0000        bool        0 or 1
//   0xFFFC0000        None        0
//   0xFFFF0000        NULL        0 — "no value": empty slot, unbound local, missing key
//
// Why this survives V8: tags are QUIET NaNs (bit 51 set), so V8's "silence NaN" on stores is a
// no-op, and they differ from every NaN float arithmetic produces: x64 makes 0xFFF80000…0 and
// propagates an operand's payload, and all float NaNs in the heap have a zero payload, so results
// of arithmetic need NO canonicalization (measured: a check per float store cost ~50% of a float
// loop). Only bits from outside (reinterpreted bytes) go through fromFloat. V8 CAN canonicalize NaNs when a
// double is stored in a JS array of doubles (measured in a plain node script: [1.5, 2.5][0] = box
// reads back 0x7FF80000…; under other tiers/element kinds it survived), so a Value must never be
// kept in a JS array; keep it in the heap (handles), a local, or an object field. Structured clone
// (postMessage) canonicalizes too (measured): threads exchange addresses as plain integers.
// value.test.ts checks the paths we rely on: locals, arguments, returns, typed-array stores.

/** A NaN-boxed Python value. Invariant: its bits follow the table above. */
export type Value = number;

export const HI_INT = 0xfff90000 | 0;
export const HI_PTR = 0xfffa0000 | 0;
export const HI_BOOL = 0xfffb0000 | 0;
export const HI_NONE = 0xfffc0000 | 0;
export const HI_NULL = 0xffff0000 | 0;
/** Unsigned high words at or above this are tagged (not floats). */
export const TAG_FLOOR = 0xfff90000;

// Scratch words for reinterpreting a double's bits. Module-level, hence per thread (each worker
// has its own module instance); never shared.
const scratchF64 = new Float64Array(1);
const scratchI32 = new Int32Array(scratchF64.buffer);

function box(hi: number, lo: number): Value {
  scratchI32[0] = lo;
  scratchI32[1] = hi;
  return scratchF64[0];
}

export const NONE: Value = box(HI_NONE, 0);
export const FALSE: Value = box(HI_BOOL, 0);
export const TRUE: Value = box(HI_BOOL, 1);
export const NULL: Value = box(HI_NULL, 0);
/** The one NaN a Python float NaN is stored as (positive quiet NaN, not a tag). */
export const CANONICAL_NAN: Value = box(0x7ff80000, 0);

/**
 * Unpack two values at once: after `unpack2(a, b)`, `words` holds [a.lo, a.hi, b.lo, b.hi].
 * One store per value instead of one per word read — for hot binary operations.
 */
const pairF64 = new Float64Array(2);
export const words = new Int32Array(pairF64.buffer);
export function unpack2(a: Value, b: Value): void {
  pairF64[0] = a;
  pairF64[1] = b;
}

/** The heap address if v is a pointer, else 0 (one reinterpretation for the tag and address). */
export function ptrOrZero(v: Value): number {
  scratchF64[0] = v;
  return scratchI32[1] === HI_PTR ? scratchI32[0] >>> 0 : 0;
}

/** High 32 bits (signed int32) of a value. */
export function hiOf(v: Value): number {
  scratchF64[0] = v;
  return scratchI32[1];
}

/** Low 32 bits (signed int32) of a value. */
export function loOf(v: Value): number {
  scratchF64[0] = v;
  return scratchI32[0];
}

/**
 * Floats are the only values equal to themselves, except NaNs: a NaN is a float when its high
 * word is below the tag range (0x7FF80000 from V8/fromFloat, 0xFFF80000 from x64 arithmetic).
 */
export function isFloat(v: Value): boolean {
  return v === v || (hiOf(v) >>> 0) < TAG_FLOOR;
}

export function isSmallInt(v: Value): boolean {
  return v !== v && hiOf(v) === HI_INT;
}

export function isPtr(v: Value): boolean {
  return v !== v && hiOf(v) === HI_PTR;
}

export function isBool(v: Value): boolean {
  return v !== v && hiOf(v) === HI_BOOL;
}

export function isNone(v: Value): boolean {
  return v !== v && hiOf(v) === HI_NONE && loOf(v) === 0;
}

export function isNull(v: Value): boolean {
  return v !== v && hiOf(v) === HI_NULL;
}

/** Box a JS number as a Python float (NaN canonicalized so it can never look like a tag). */
export function fromFloat(x: number): Value {
  return x === x ? x : CANONICAL_NAN;
}

/** Box an int32 as a small int. Caller guarantees `(i | 0) === i`. */
export function fromInt32(i: number): Value {
  return box(HI_INT, i);
}

export function fromBool(b: boolean): Value {
  // Built from its words each time, not `b ? TRUE : FALSE`: optimized code may turn a
  // NaN-boxed constant into the canonical NaN (seen with is/is not after warm-up), which
  // then reads as a float.
  return box(HI_BOOL, b ? 1 : 0);
}

/** Box a heap byte address (u32, 8-aligned, non-zero). */
export function fromPtr(addr: number): Value {
  return box(HI_PTR, addr | 0);
}

/** The float a float Value holds (identity; named for readability at call sites). */
export function toFloat(v: Value): number {
  return v;
}

/** The int32 payload of a small int or bool. */
export function toInt32(v: Value): number {
  return loOf(v);
}

/** The heap address of a pointer Value (unsigned). */
export function toPtr(v: Value): number {
  return loOf(v) >>> 0;
}

/** Identity in Python's `is` sense: the same 64-bit word (floats compare by bits, as objects). */
export function sameValue(a: Value, b: Value): boolean {
  if (a === a && b === b) return Object.is(a, b);
  scratchF64[0] = a;
  const ahi = scratchI32[1];
  const alo = scratchI32[0];
  scratchF64[0] = b;
  return ahi === scratchI32[1] && alo === scratchI32[0];
}

/** Debug description of the raw word, e.g. `int(5)`, `ptr(0x10040)`, `float(1.5)`. */
export function describeValue(v: Value): string {
  if (isFloat(v)) return `float(${v})`;
  const hi = hiOf(v);
  const lo = loOf(v);
  switch (hi) {
    case HI_INT: return `int(${lo})`;
    case HI_PTR: return `ptr(0x${(lo >>> 0).toString(16)})`;
    case HI_BOOL: return lo ? 'True' : 'False';
    case HI_NONE: return 'None';
    case HI_NULL: return 'NULL';
    default: return `bad(0x${(hi >>> 0).toString(16)}:${(lo >>> 0).toString(16)})`;
  }
}
