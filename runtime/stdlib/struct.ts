// The struct module as CPython 3.13 on x86-64 Linux: pack, unpack, unpack_from,
// pack_into, iter_unpack and calcsize with byte orders @ = < > !, native sizes and
// alignment for '@', every format code (x c b B ? h H i I l L q Q n N e f d s p P), repeat
// counts, and struct.error's messages. Python ints are bigint, floats number, bytes
// Uint8Array, bool boolean.
import { ModuleError } from './errors.js';
import { PyError, withMemoryGuard } from '../semantics/errors.js';

/**
 * A value to pack: int (bigint, or boolean as int), float (number), bytes, a truth value
 * for '?'; a str (string) is accepted only to be refused with CPython's message.
 */
export type PackValue = bigint | number | boolean | Uint8Array | string;
/** A value unpack returns: int → bigint, float → number, bytes/char → Uint8Array, '?' → boolean. */
export type UnpackValue = bigint | number | boolean | Uint8Array;

function structError(msg: string): ModuleError {
  return new ModuleError('struct.error', msg);
}

/**
 * A run of `count` items of one code (a format's `3h`). Invariant: `offset` is aligned as
 * the byte order requires; item k of the run sits at offset + k * size. For 's'/'p' the
 * run is one item and `size` is the repeat count.
 */
interface Item {
  readonly code: string;
  readonly offset: number;
  readonly size: number;
  readonly count: number;
}

/** A compiled format (struct.Struct). Invariant: `size` = calcsize(format); `nargs` values pack. */
export interface Compiled {
  readonly format: string;
  readonly little: boolean;
  readonly native: boolean;
  readonly size: number;
  readonly items: readonly Item[];
  readonly nargs: number;
}

const STD_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};
// x86-64 Linux (LP64): long, size_t and pointers are 8 bytes; alignment equals size.
const NATIVE_SIZE: Record<string, number> = { ...STD_SIZE, l: 8, L: 8, n: 8, N: 8, P: 8 };

const MAX_SIZE = 2n ** 63n - 1n;

/** Struct(format): parses and lays out the format (cached by the caller if it likes). */
export function compile(format: string): Compiled {
  let i = 0;
  let little = true;
  let native = true;
  const first = format[0];
  if (first === '@' || first === '=' || first === '<' || first === '>' || first === '!') {
    i = 1;
    native = first === '@';
    little = first === '@' || first === '=' || first === '<';
  }
  const sizes = native ? NATIVE_SIZE : STD_SIZE;
  const items: Item[] = [];
  let size = 0n;
  let nargs = 0;
  while (i < format.length) {
    const ch = format[i];
    if (/\s/.test(ch)) { i++; continue; }
    let count = 1n;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < format.length && format[j] >= '0' && format[j] <= '9') j++;
      count = BigInt(format.slice(i, j));
      if (j >= format.length) throw structError('repeat count given without format specifier');
      i = j;
    }
    const code = format[i++];
    const sz = sizes[code];
    if (sz === undefined) throw structError('bad char in struct format');
    const align = native ? BigInt(sz) : 1n;
    size = ((size + align - 1n) / align) * align;
    if (code === 's' || code === 'p') {
      if (size + count > MAX_SIZE) throw structError('total struct size too long');
      items.push({ code, offset: Number(size), size: Number(count), count: 1 });
      size += count;
      nargs++;
      continue;
    }
    if (size + count * BigInt(sz) > MAX_SIZE) throw structError('total struct size too long');
    if (code === 'x') { size += count; continue; }
    if (count > 0n) items.push({ code, offset: Number(size), size: sz, count: Number(count) });
    size += count * BigInt(sz);
    nargs += Number(count);
  }
  return { format, little, native, size: Number(size), items, nargs };
}

export function calcsize(format: string): number {
  return compile(format).size;
}

const INT_BITS: Record<string, [number, boolean]> = {
  b: [8, true], B: [8, false], h: [16, true], H: [16, false], i: [32, true], I: [32, false],
  q: [64, true], Q: [64, false], n: [64, true], N: [64, false], P: [64, false],
};

function intBits(code: string, native: boolean): [number, boolean] {
  if (code === 'l' || code === 'L') return [native ? 64 : 32, code === 'l'];
  return INT_BITS[code];
}

function toInt(v: PackValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw structError('required argument is not an integer');
}

function toFloat(v: PackValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v); // float(int); huge ints are the caller's OverflowError
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw structError('required argument is not a float');
}

/** PyFloat_Pack2: IEEE half precision, round half to even, OverflowError past 65504. */
export function packHalf(x: number): number {
  let sign = 0;
  let e = 0;
  let bits = 0;
  if (x === 0) return Object.is(x, -0) ? 0x8000 : 0;
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return 0x7e00;
    return x < 0 ? 0xfc00 : 0x7c00;
  }
  if (x < 0) { sign = 1; x = -x; }
  e = Math.floor(Math.log2(x));
  // log2 can round up just below a power of two; normalize f into [1, 2) exactly.
  let f = x / 2 ** e;
  if (f >= 2) { f /= 2; e++; } else if (f < 1) { f *= 2; e--; }
  if (e >= 16) throw new PyError('OverflowError', 'float too large to pack with e format');
  if (e < -25) { f = 0; e = 0; } else if (e < -14) { f = f * 2 ** (14 + e); e = 0; } else { e += 15; f -= 1; }
  f *= 1024;
  bits = Math.floor(f);
  if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
    bits++;
    if (bits === 1024) {
      bits = 0;
      e++;
      if (e === 31) throw new PyError('OverflowError', 'float too large to pack with e format');
    }
  }
  return bits | (e << 10) | (sign << 15);
}

export function unpackHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) return f ? NaN : sign * Infinity;
  if (e === 0) return sign * f * 2 ** -24;
  return sign * (1 + f / 1024) * 2 ** (e - 15);
}

function packItem(view: DataView, at: number, it: Item, v: PackValue, c: Compiled): void {
  const le = c.little;
  switch (it.code) {
    case 'c':
      if (!(v instanceof Uint8Array) || v.length !== 1) throw structError('char format requires a bytes object of length 1');
      view.setUint8(at, v[0]);
      return;
    case '?': view.setUint8(at, typeof v === 'boolean' ? Number(v) : Number(typeof v === 'string' || v instanceof Uint8Array ? v.length > 0 : v !== 0 && v !== 0n)); return;
    case 's': case 'p': {
      if (!(v instanceof Uint8Array)) throw structError(`argument for '${it.code}' must be a bytes object`);
      if (it.code === 's') {
        for (let k = 0; k < it.size; k++) view.setUint8(at + k, k < v.length ? v[k] : 0);
      } else if (it.size > 0) {
        const n = Math.min(v.length, it.size - 1, 255);
        view.setUint8(at, n);
        for (let k = 1; k < it.size; k++) view.setUint8(at + k, k - 1 < n ? v[k - 1] : 0);
      }
      return;
    }
    case 'e': view.setUint16(at, packHalf(toFloat(v)), le); return;
    case 'f': {
      const x = toFloat(v);
      // Native '@f' is a plain C cast (overflow gives inf); the standard sizes check.
      if (!c.native && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) throw new PyError('OverflowError', 'float too large to pack with f format');
      view.setFloat32(at, x, le);
      return;
    }
    case 'd': view.setFloat64(at, toFloat(v), le); return;
  }
  const [bits, signed] = intBits(it.code, c.native);
  const n = toInt(v);
  const lo = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const hi = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  if (it.code === 'P') {
    // PyLong_AsVoidPtr: negative pointers are taken as their two's complement.
    if (n < -(1n << 63n) || n > hi) throw structError('int too large to convert');
  } else if (n < lo || n > hi) throw structError(`'${it.code}' format requires ${lo} <= number <= ${hi}`);
  let u = BigInt.asUintN(bits, n);
  const bytes = bits / 8;
  for (let k = 0; k < bytes; k++) {
    view.setUint8(at + (le ? k : bytes - 1 - k), Number(u & 0xffn));
    u >>= 8n;
  }
}

/** struct.pack(format, *values). */
export function pack(format: string | Compiled, values: readonly PackValue[]): Uint8Array {
  const c = typeof format === 'string' ? compile(format) : format;
  if (values.length !== c.nargs) throw structError(`pack expected ${c.nargs} items for packing (got ${values.length})`);
  const out = withMemoryGuard(() => new Uint8Array(c.size));
  packInto(c, out, 0, values);
  return out;
}

/** struct.pack_into(format, buffer, offset, *values). */
export function packInto(format: string | Compiled, buffer: Uint8Array, offset: number, values: readonly PackValue[]): void {
  const c = typeof format === 'string' ? compile(format) : format;
  if (values.length !== c.nargs) throw structError(`pack_into expected ${c.nargs} items for packing (got ${values.length})`);
  if (offset < 0) {
    if (offset + buffer.length < 0) throw structError(`offset ${offset} out of range for ${buffer.length}-byte buffer`);
    offset += buffer.length;
  }
  if (buffer.length - offset < c.size) {
    throw structError(`pack_into requires a buffer of at least ${c.size + offset} bytes for packing ${c.size} bytes at offset ${offset} (actual buffer size is ${buffer.length})`);
  }
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let k = 0;
  for (const it of c.items) {
    for (let j = 0; j < it.count; j++) packItem(view, offset + it.offset + j * it.size, it, values[k++], c);
  }
}

function unpackItem(view: DataView, at: number, it: Item, c: Compiled): UnpackValue {
  const le = c.little;
  const bytes = (n: number) => new Uint8Array(view.buffer.slice(view.byteOffset + at, view.byteOffset + at + n));
  switch (it.code) {
    case 'c': return bytes(1);
    case '?': return view.getUint8(at) !== 0;
    case 's': return bytes(it.size);
    case 'p': {
      if (it.size === 0) return new Uint8Array(0);
      const n = Math.min(view.getUint8(at), it.size - 1);
      return bytes(n + 1).slice(1);
    }
    case 'e': return unpackHalf(view.getUint16(at, le));
    case 'f': return view.getFloat32(at, le);
    case 'd': return view.getFloat64(at, le);
  }
  const [bits, signed] = intBits(it.code, c.native);
  const n = bits / 8;
  let u = 0n;
  for (let k = 0; k < n; k++) u = (u << 8n) | BigInt(view.getUint8(at + (le ? n - 1 - k : k)));
  return signed ? BigInt.asIntN(bits, u) : u;
}

/** struct.unpack(format, buffer). */
export function unpack(format: string | Compiled, buffer: Uint8Array): UnpackValue[] {
  const c = typeof format === 'string' ? compile(format) : format;
  if (buffer.length !== c.size) throw structError(`unpack requires a buffer of ${c.size} bytes`);
  return unpackAt(c, buffer, 0);
}

function unpackAt(c: Compiled, buffer: Uint8Array, offset: number): UnpackValue[] {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const out: UnpackValue[] = [];
  for (const it of c.items) {
    for (let j = 0; j < it.count; j++) out.push(unpackItem(view, offset + it.offset + j * it.size, it, c));
  }
  return out;
}

/** struct.unpack_from(format, buffer, offset=0). */
export function unpackFrom(format: string | Compiled, buffer: Uint8Array, offset = 0): UnpackValue[] {
  const c = typeof format === 'string' ? compile(format) : format;
  if (offset < 0) {
    if (offset + buffer.length < 0) throw structError(`offset ${offset} out of range for ${buffer.length}-byte buffer`);
    offset += buffer.length;
  }
  if (buffer.length - offset < c.size) {
    throw structError(`unpack_from requires a buffer of at least ${c.size + offset} bytes for unpacking ${c.size} bytes at offset ${offset} (actual buffer size is ${buffer.length})`);
  }
  return unpackAt(c, buffer, offset);
}

/** struct.iter_unpack(format, buffer) as an eager list of tuples. */
export function iterUnpack(format: string | Compiled, buffer: Uint8Array): UnpackValue[][] {
  const c = typeof format === 'string' ? compile(format) : format;
  if (c.size === 0) throw structError('cannot iteratively unpack with a struct of length 0');
  if (buffer.length % c.size !== 0) {
    throw structError(`iterative unpacking requires a buffer of a multiple of ${c.size} bytes`);
  }
  const out: UnpackValue[][] = [];
  for (let off = 0; off < buffer.length; off += c.size) out.push(unpackAt(c, buffer, off));
  return out;
}
