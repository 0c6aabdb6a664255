// A content-addressed parse cache: the AST of a source text is stored under
// sha256(format, pyx version, Node's V8 version, grammar hash, mode, source), so a second
// parse of an unchanged file is a file read and a deserialization instead of a parse.
//
// Serialization is V8's structured clone (node:v8 serialize/deserialize): it round-trips
// everything an AST holds — bigint ints, Uint8Array bytes, -0, inf, null vs undefined, and
// shared node objects — with no custom codec. Measured on _pydecimal.py's tree (6,339 lines,
// 1.6 MB serialized): deserialize 116 ms, JSON.parse with a bigint reviver 218 ms, parsing
// ~2,100 ms. Plain JSON.parse (67 ms) cannot hold bigint/bytes; deflate would shrink entries
// ~7x for +13 ms per load, not worth it yet. The V8 format is why V8's version is in the key.
//
// The cache must never change what pyx prints: any failure to read or write it (missing
// directory, permissions, a truncated or corrupt file) falls back to parsing.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { mod } from '../ast/nodes.js';
import type { LiteralWarning } from './literals.js';

/** What a parse produces and the cache keeps: the tree and the SyntaxWarnings CPython
 *  prints while compiling it (so a cached run prints them too). */
export interface ParseResult {
  readonly tree: mod;
  readonly warnings: readonly LiteralWarning[];
}

// Bump when the stored layout changes in a way the other key parts do not capture.
const FORMAT = 'pyx-ast-cache-1';

/** Where the cache lives: $PYX_CACHE_DIR, else $XDG_CACHE_HOME/pyx, else ~/.cache/pyx. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PYX_CACHE_DIR) return env.PYX_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'pyx');
  return join(homedir(), '.cache', 'pyx');
}

let grammarHashMemo: string | undefined;

/**
 * sha256 over the files that decide what an AST looks like: every file in grammar/ (the
 * tokenizer, the Ohm grammar, the semantics; tests, maps and this cache excluded) and the
 * AST node definitions. Works from the TypeScript sources (tsx) and from dist/ alike, since
 * it hashes whatever sits beside this module. Any edit to the parser invalidates the cache.
 */
export function grammarHash(): string {
  if (grammarHashMemo !== undefined) return grammarHashMemo;
  const hash = createHash('sha256');
  const grammarDir = new URL('.', import.meta.url);
  const astDir = new URL('../ast/', import.meta.url);
  const sources: URL[] = [];
  for (const name of readdirSync(grammarDir).sort()) {
    if (/\.test\.|\.map$|^cache\./.test(name)) continue;
    sources.push(new URL(name, grammarDir));
  }
  // Run from dist/, python.ohm is read from the source tree (tsc does not copy it).
  const sourceGrammar = new URL('../../grammar/python.ohm', import.meta.url);
  if (!readdirSync(grammarDir).includes('python.ohm')) sources.push(sourceGrammar);
  for (const name of readdirSync(astDir).sort()) {
    if (/^nodes\.(ts|js)$/.test(name)) sources.push(new URL(name, astDir));
  }
  for (const url of sources) {
    try {
      hash.update(url.pathname.split('/').pop()!).update('\0').update(readFileSync(url)).update('\0');
    } catch {
      // A subdirectory or an unreadable entry carries no grammar text of its own.
    }
  }
  grammarHashMemo = hash.digest('hex');
  return grammarHashMemo;
}

/**
 * One cache directory. Invariants: entries are files `<dir>/ast/<key>.v8` written
 * atomically (temporary file + rename), so a reader sees a whole entry or none; `salt`
 * folds the pyx version and grammar hash into every key.
 */
export class ParseCache {
  readonly hits = { hit: 0, miss: 0 };
  private readonly entries: string;
  private readonly salt: string;

  constructor(readonly dir: string, pyxVersion: string, grammar: string = grammarHash()) {
    this.entries = join(dir, 'ast');
    this.salt = [FORMAT, pyxVersion, process.versions.v8, grammar].join('\0');
  }

  /** The key for one parse: the source text and the mode (exec/eval) it is parsed in. */
  key(source: string, mode: string): string {
    return createHash('sha256').update(this.salt).update('\0').update(mode).update('\0').update(source).digest('hex');
  }

  get(key: string): ParseResult | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(this.entries, `${key}.v8`));
    } catch {
      this.hits.miss++;
      return undefined;
    }
    try {
      const value = deserialize(bytes) as { key: string } & ParseResult;
      // The stored key guards against a file renamed or copied under the wrong name.
      if (value?.key === key && typeof value.tree === 'object' && Array.isArray(value.warnings)) {
        this.hits.hit++;
        return { tree: value.tree, warnings: value.warnings };
      }
    } catch {
      // Corrupt or truncated entry: parse again and overwrite it.
    }
    this.hits.miss++;
    return undefined;
  }

  set(key: string, result: ParseResult): void {
    try {
      mkdirSync(this.entries, { recursive: true });
      const path = join(this.entries, `${key}.v8`);
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize({ key, tree: result.tree, warnings: result.warnings }));
      renameSync(temporary, path);
    } catch {
      // An unwritable cache only costs speed.
    }
  }

  /** How many entries the directory holds (for every pyx version) and their total size. */
  usage(): { entries: number; bytes: number } {
    let entries = 0;
    let bytes = 0;
    for (const name of this.entryNames()) {
      try {
        bytes += statSync(join(this.entries, name)).size;
        entries++;
      } catch {
        // Removed meanwhile by another pyx: not counted.
      }
    }
    return { entries, bytes };
  }

  /** Removes every entry (all pyx versions); returns what was there. The cache has no
   *  eviction of its own, since entries are only ever valid or unreachable. */
  clear(): { entries: number; bytes: number } {
    const before = this.usage();
    for (const name of this.entryNames()) rmSync(join(this.entries, name), { force: true });
    return before;
  }

  private entryNames(): string[] {
    try {
      return readdirSync(this.entries).filter((name) => name.endsWith('.v8') || name.endsWith('.tmp'));
    } catch {
      return [];
    }
  }

  /** Parses through the cache: returns the stored result or runs `parse` and stores it. */
  parse(source: string, mode: string, parse: () => ParseResult): ParseResult {
    const key = this.key(source, mode);
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const result = parse();
    this.set(key, result);
    return result;
  }
}
