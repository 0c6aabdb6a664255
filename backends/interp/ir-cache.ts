// A cache of imported modules' lowered IR, beside the parse cache (grammar/cache.ts): a
// module that did not change is read back instead of parsed and lowered. Measured on a run
// importing difflib (pylib), lowering and CFG clean-up were ~40% of its time; pylib/ is
// imported unchanged by every run, as CPython keeps .pyc files for the same reason.
//
// The key covers everything the IR depends on: the source text, pyx's version, V8's (the
// entry format is V8's structured clone, which round-trips the IR's bigints and byte
// arrays), the grammar hash, and a hash of every source file of lower/ and ir/ — so an edit
// to the lowering invalidates every entry. The IR is stored as lowered, before any pass: the
// pipeline still runs on each load. Any failure to read or write falls back to lowering.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { IRModule } from '../../ir/types.js';
import { defaultCacheDir, grammarHash } from '../../grammar/cache.js';
import { version } from '../../cli/version.js';

// Bump when the stored layout changes in a way the other key parts do not capture.
const FORMAT = 'pyx-ir-cache-1';

let salt: string | null | undefined;

/** sha256 over the lowering's own code: lower/ and ir/ (tests and maps excluded). */
function loweringHash(): string {
  const hash = createHash('sha256');
  for (const dir of ['../../lower/', '../../ir/']) {
    const url = new URL(dir, import.meta.url);
    for (const name of readdirSync(url).sort()) {
      if (!/\.(ts|js)$/.test(name) || /\.test\./.test(name)) continue;
      hash.update(name).update('\0').update(readFileSync(new URL(name, url))).update('\0');
    }
  }
  return hash.digest('hex');
}

function cacheSalt(): string | null {
  if (salt === undefined) {
    try {
      salt = process.env.PYX_NO_CACHE !== undefined ? null
        : [FORMAT, version(), process.versions.v8, grammarHash(), loweringHash()].join('\0');
    } catch {
      salt = null; // sources not readable (an unusual install): no cache
    }
  }
  return salt;
}

/** The module lowered from `source`: from the cache, else `lower()` (and stored). */
export function cachedLowering(source: string, filename: string, lower: () => IRModule): IRModule {
  const s = cacheSalt();
  if (s === null) return lower();
  const key = createHash('sha256').update(s).update('\0').update(source).digest('hex');
  const dir = join(defaultCacheDir(), 'ir');
  const path = join(dir, `${key}.v8`);
  try {
    const entry = deserialize(readFileSync(path)) as { key?: string; module?: IRModule };
    // The stored key guards against a renamed or truncated entry.
    if (entry?.key === key && Array.isArray(entry.module?.functions)) return { ...entry.module, filename };
  } catch {
    // Missing or unreadable entry: lower it.
  }
  const module = lower();
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize({ key, module }));
    renameSync(temporary, path);
  } catch {
    // An unwritable cache only costs speed.
  }
  return module;
}
