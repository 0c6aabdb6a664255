// Test support: loads tests/stdlib/*.json (written by scripts/gen-stdlib-expected.py from
// CPython 3.13) and decodes its tagged values; see that script for the encoding.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseFloatRepr } from '../semantics/expected.js';

/** A decoded value: int bigint, float number, bytes Uint8Array, tuple { tuple }, dict Map-like pairs. */
export type Py =
  | bigint | number | string | boolean | null | Uint8Array
  | Py[] | { tuple: Py[] } | { pairs: [Py, Py][] }
  | { error: string; message: string; [k: string]: unknown };

export function decodePy(x: unknown): Py {
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return x;
  if (Array.isArray(x)) return x.map(decodePy);
  const o = x as Record<string, unknown>;
  if ('i' in o) return BigInt(o.i as string);
  if ('f' in o) return parseFloatRepr(o.f as string);
  if ('y' in o) return Uint8Array.from(Buffer.from(o.y as string, 'hex'));
  if ('t' in o) return { tuple: (o.t as unknown[]).map(decodePy) };
  if ('d' in o) return { pairs: (o.d as [unknown, unknown][]).map(([k, v]) => [decodePy(k), decodePy(v)]) };
  if ('error' in o) return o as Py;
  throw new Error(`undecodable expected value ${JSON.stringify(x)}`);
}

/** The parsed JSON of tests/stdlib/<name>.json (found from the source or a dist/ build). */
export function loadExpected(name: string): any {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const root of [join(here, '..', '..'), join(here, '..', '..', '..')]) {
    try {
      return JSON.parse(readFileSync(join(root, 'tests', 'stdlib', name + '.json'), 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  throw new Error(`tests/stdlib/${name}.json not found; run scripts/gen-stdlib-expected.py`);
}
