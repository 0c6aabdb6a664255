// Test support: loads the CPython-generated expectation tables in tests/semantics/ and
// decodes their tagged values (format documented in scripts/gen-semantics-expected.py).
import { existsSync, readFileSync } from 'node:fs';
import { PyError } from './errors.js';

/** A decoded expected value. Ints are bigint, floats number, bytes Uint8Array, tuples arrays. */
export type PyValue =
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'complex'; re: number; im: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'bytes'; v: Uint8Array }
  | { t: 'tuple'; v: PyValue[] }
  | { t: 'list'; v: PyValue[] }
  | { t: 'none' }
  | { t: 'dict'; v: Map<string, PyValue> }
  | { t: 'error'; type: string; message: string };

type Tagged = [string, ...unknown[]];

/** One case: operation name, arguments, CPython's result (or error). */
export interface Case {
  readonly op: string;
  readonly args: PyValue[];
  readonly expected: PyValue;
}

export function parseFloatRepr(text: string): number {
  if (text === 'nan') return NaN;
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  return Number(text);
}

export function decode(x: Tagged, strings: readonly string[] = []): PyValue {
  switch (x[0]) {
    case 'r': return { t: 'str', v: strings[x[1] as number] };
    case 'i': {
      const s = x[1] as string;
      return { t: 'int', v: s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s) };
    }
    case 'f': return { t: 'float', v: parseFloatRepr(x[1] as string) };
    case 'c': return { t: 'complex', re: parseFloatRepr(x[1] as string), im: parseFloatRepr(x[2] as string) };
    case 's': return { t: 'str', v: x[1] as string };
    case 'b': return { t: 'bool', v: x[1] as boolean };
    case 'y': return { t: 'bytes', v: Uint8Array.from(Buffer.from(x[1] as string, 'hex')) };
    case 't': return { t: 'tuple', v: (x[1] as Tagged[]).map((y) => decode(y, strings)) };
    case 'l': return { t: 'list', v: (x[1] as Tagged[]).map((y) => decode(y, strings)) };
    case 'n': return { t: 'none' };
    case 'd': return { t: 'dict', v: new Map((x[1] as [string, Tagged][]).map(([k, v]) => [k, decode(v, strings)])) };
    case 'E': return { t: 'error', type: x[1] as string, message: x[2] as string };
  }
  throw new Error(`unknown tag ${x[0]}`);
}

/** Load tests/semantics/<name>.json. */
export function loadCases(name: string): Case[] {
  // From source (tsx) the tables are two levels up; from a dist/ build, three.
  let url = new URL(`../../tests/semantics/${name}`, import.meta.url);
  if (!existsSync(url)) url = new URL(`../../../tests/semantics/${name}`, import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as { strings?: string[]; cases: [string, Tagged[], Tagged][] };
  const strings = data.strings ?? [];
  return data.cases.map(([op, args, expected]) => ({ op, args: args.map((a) => decode(a, strings)), expected: decode(expected, strings) }));
}

/** Run `fn`, turning a PyError into the same shape as an expected error. */
export function capture(fn: () => PyValue): PyValue {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyError) return { t: 'error', type: e.pyType, message: e.message };
    throw e;
  }
}

/** Display a value for failure messages (bigints and -0 survive). */
export function show(v: PyValue): string {
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : Object.is(x, -0) ? '-0' : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));
}

/** Deep equality where floats compare bit-exactly (NaN == NaN, 0 != -0). */
export function same(a: PyValue, b: PyValue): boolean {
  return show(a) === show(b);
}

export const int = (v: bigint): PyValue => ({ t: 'int', v });
export const float = (v: number): PyValue => ({ t: 'float', v });
export const str = (v: string): PyValue => ({ t: 'str', v });
export const bool = (v: boolean): PyValue => ({ t: 'bool', v });
export const tuple = (...v: PyValue[]): PyValue => ({ t: 'tuple', v });
export const none: PyValue = { t: 'none' };

/** Argument accessors that fail loudly on a table/type mismatch. */
export function asInt(v: PyValue): bigint {
  if (v.t !== 'int') throw new Error(`expected int, got ${show(v)}`);
  return v.v;
}
export function asFloat(v: PyValue): number {
  if (v.t !== 'float') throw new Error(`expected float, got ${show(v)}`);
  return v.v;
}
export function asStr(v: PyValue): string {
  if (v.t !== 'str') throw new Error(`expected str, got ${show(v)}`);
  return v.v;
}

/**
 * Run every case through `impl` and collect mismatches (at most `limit` reported), so one
 * ava assertion covers a whole table and the failure lists the first differences.
 */
export function mismatches(cases: Case[], impl: (c: Case) => PyValue, limit = 15): string[] {
  const out: string[] = [];
  for (const c of cases) {
    const got = capture(() => impl(c));
    if (!same(got, c.expected)) {
      out.push(`${c.op}(${c.args.map(show).join(', ')}): expected ${show(c.expected)}, got ${show(got)}`);
      if (out.length >= limit) break;
    }
  }
  return out;
}
