// The `hashlib` module: md5, sha1, sha224, sha256, sha384, sha512, sha3_*, shake_* and new(),
// hash objects (`_hashlib.HASH`: update, digest, hexdigest, copy, name, digest_size,
// block_size; `_hashlib.HASHXOF` for SHAKE, whose digests take a length) and pbkdf2_hmac, on
// the pure digests of hashlib-core.ts and hashlib-keccak.ts; messages as CPython 3.13's
// (OpenSSL build).
//
// Layout of a hash object (ext-types.ts): F1 the algorithm's name (str), F2 the chaining words
// as bytes (big-endian words), F3 the unprocessed tail (bytes), F4 the total length (a float
// Value: byte counts stay below 2^53). Everything is an immutable Value, so copy() shares them.

import type { Heap } from '../heap.js';
import { type Value, NONE, NULL, isNull, isNone, loOf } from '../value.js';
import { strFromJs, strToJs, isStr, bytesFromArray, bytesToArray } from '../str.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineMethod, defineModule, arg, self, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr } from '../builtins/objects.js';
import { bytesLikeData } from '../builtins/bytes-like.js';
import { typeNameOf, truthy } from '../builtins/protocol.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extKey, newExt, type ExtType } from '../builtins/ext-types.js';
import { newSet, setAdd } from '../set.js';
import { intFromBigInt } from '../int.js';
import { asInt } from './math.js';
import { defineExtClass, extClassValue } from './ext-class.js';
import { blake2Algorithm, blake2InitialWords } from './hashlib-blake2.js';
import { dictGet, dictNext, dictEntryKey } from '../dict.js';
import { HASH_ALGORITHMS, type HashAlgorithm, type HashState, newHashState, updateHash, hashDigest } from './hashlib-core.js';

/** F1 holds the algorithm's name, or for BLAKE2 its variant key (hashlib-blake2.ts). */
function algorithmOf(heap: Heap, h: Value): HashAlgorithm {
  const key = strToJs(heap, nget(heap, h, 1));
  return HASH_ALGORITHMS.get(key) ?? blake2Algorithm(key)!;
}

function load(heap: Heap, h: Value): HashState {
  const packed = bytesToArray(heap, nget(heap, h, 2));
  const words = new Uint32Array(packed.length / 4);
  for (let i = 0; i < words.length; i++) words[i] = ((packed[4 * i] << 24) | (packed[4 * i + 1] << 16) | (packed[4 * i + 2] << 8) | packed[4 * i + 3]) >>> 0;
  return { algorithm: algorithmOf(heap, h), words, tail: bytesToArray(heap, nget(heap, h, 3)).slice(), length: nget(heap, h, 4) };
}

function store(heap: Heap, h: Value, state: HashState): void {
  const packed = new Uint8Array(state.words.length * 4);
  state.words.forEach((w, i) => { packed[4 * i] = w >>> 24; packed[4 * i + 1] = (w >>> 16) & 0xff; packed[4 * i + 2] = (w >>> 8) & 0xff; packed[4 * i + 3] = w & 0xff; });
  nset(heap, h, 2, bytesFromArray(heap, packed));
  nset(heap, h, 3, bytesFromArray(heap, state.tail));
  nset(heap, h, 4, state.length);
}

/** The bytes of a hashed argument, with CPython's refusals of str and non-buffers. */
function dataOf(heap: Heap, v: Value): Uint8Array {
  if (isStr(heap, v)) throw typeError('Strings must be encoded before hashing');
  const data = bytesLikeData(heap, v);
  if (data === null) throw typeError('object supporting the buffer API required');
  return data;
}

/** _hashlib.HASH, or _hashlib.HASHXOF for SHAKE (whose digests take a length). */
function defineHashType(typeName: string): ExtType {
  const t = defineExtType(typeName, '_hashlib', {
    repr: (heap, h) => `<${algorithmOf(heap, h).name} _hashlib.${typeName} object @ 0x${(loOf(h) >>> 0).toString(16).padStart(12, '0')}>`,
    getAttr: (heap, h, name) => {
      const algorithm = algorithmOf(heap, h);
      if (name === 'name') return strFromJs(heap, algorithm.name);
      if (name === 'digest_size') return intFromBigInt(heap, BigInt(algorithm.digestSize));
      if (name === 'block_size') return intFromBigInt(heap, BigInt(algorithm.blockSize));
      return NULL;
    },
  });
  // type(h) is `<class '_hashlib.HASH'>`; as in CPython the class cannot be called.
  defineExtClass(t, '*args, **kwargs', () => raise('TypeError', `cannot create '_hashlib.${typeName}' instances`));
  return t;
}
const hashType = defineHashType('HASH');
const xofType = defineHashType('HASHXOF');

// --- BLAKE2: classes of their own (_blake2.blake2b/blake2s), called with the parameter options ---

const BLAKE2_OPTIONS = ['digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset',
  'node_depth', 'inner_size', 'last_node', 'usedforsecurity'];

function blake2Type(name: string): ExtType {
  return defineExtType(name, '_blake2', {
    getAttr: (heap, h, attr) => {
      const algorithm = algorithmOf(heap, h);
      if (attr === 'name') return strFromJs(heap, algorithm.name);
      if (attr === 'digest_size') return intFromBigInt(heap, BigInt(algorithm.digestSize));
      if (attr === 'block_size') return intFromBigInt(heap, BigInt(algorithm.blockSize));
      return NULL;
    },
  });
}
const blake2bType = blake2Type('blake2b');
const blake2sType = blake2Type('blake2s');

/** A new BLAKE2 object; `option(name)` gives a keyword's Value or NULL. */
function newBlake2(heap: Heap, wide: boolean, data: Value, option: (name: string) => Value): Value {
  const maxSize = wide ? 64 : 32, saltSize = wide ? 16 : 8;
  const intOption = (name: string, fallback: bigint): bigint => (isNull(option(name)) ? fallback : asInt(heap, option(name)));
  const bytesOption = (name: string): Uint8Array => (isNull(option(name)) ? new Uint8Array(0) : dataOf(heap, option(name)).slice());
  const digestSize = intOption('digest_size', BigInt(maxSize));
  if (digestSize < 1n || digestSize > BigInt(maxSize)) raise('ValueError', `digest_size must be between 1 and ${maxSize} bytes`);
  const key = bytesOption('key'), salt = bytesOption('salt'), person = bytesOption('person');
  if (key.length > maxSize) raise('ValueError', `maximum key length is ${maxSize} bytes`);
  if (salt.length > saltSize) raise('ValueError', `maximum salt length is ${saltSize} bytes`);
  if (person.length > saltSize) raise('ValueError', `maximum person length is ${saltSize} bytes`);
  const fanout = intOption('fanout', 1n), depth = intOption('depth', 1n), leafSize = intOption('leaf_size', 0n);
  const nodeOffset = intOption('node_offset', 0n), nodeDepth = intOption('node_depth', 0n), innerSize = intOption('inner_size', 0n);
  if (fanout < 0n || fanout > 255n) raise('ValueError', 'fanout must be between 0 and 255');
  if (depth < 1n || depth > 255n) raise('ValueError', 'depth must be between 1 and 255');
  if (leafSize < 0n) raise('ValueError', 'value must be positive');
  if (leafSize > 0xffffffffn) raise('OverflowError', 'leaf_size is too large');
  if (nodeOffset < 0n) raise('ValueError', 'value must be positive');
  if (nodeOffset >= 1n << BigInt(wide ? 64 : 48)) raise('OverflowError', 'node_offset is too large');
  if (nodeDepth < 0n || nodeDepth > 255n) raise('ValueError', 'node_depth must be between 0 and 255');
  if (innerSize < 0n || innerSize > BigInt(maxSize)) raise('ValueError', `inner_size must be between 0 and is ${maxSize}`);
  const lastNode = !isNull(option('last_node')) && truthy(heap, option('last_node'));
  const algorithm = blake2Algorithm(`${wide ? 'blake2b' : 'blake2s'}/${digestSize}/${lastNode ? 1 : 0}`)!;
  const state = newHashState(algorithm);
  state.words = blake2InitialWords(wide, { digestSize: Number(digestSize), keyLength: key.length, salt, person,
    fanout: Number(fanout), depth: Number(depth), leafSize: Number(leafSize), nodeOffset, nodeDepth: Number(nodeDepth),
    innerSize: Number(innerSize), lastNode });
  if (key.length > 0) {
    const block = new Uint8Array(algorithm.blockSize);
    block.set(key);
    updateHash(state, block); // a key is hashed as a first block of its own
  }
  if (!isNull(data) && !isNone(data)) updateHash(state, dataOf(heap, data));
  const h = newExt(heap, wide ? blake2bType : blake2sType);
  nset(heap, h, 1, strFromJs(heap, `${algorithm.name}/${digestSize}/${lastNode ? 1 : 0}`));
  store(heap, h, state);
  return h;
}

const blake2Signature = `data=, /, *, ${BLAKE2_OPTIONS.map((name) => `${name}=`).join(', ')}`;
const blake2Classes = ([[blake2bType, true], [blake2sType, false]] as const).map(([t, wide]) => defineExtClass(t, blake2Signature,
  (heap, a) => newBlake2(heap, wide, arg(heap, a, 0), (name) => arg(heap, a, 1 + BLAKE2_OPTIONS.indexOf(name)))));

function newHash(heap: Heap, algorithm: HashAlgorithm, data: Value): Value {
  const state = newHashState(algorithm);
  if (!isNull(data) && !isNone(data)) updateHash(state, dataOf(heap, data));
  const h = newExt(heap, algorithm.xof ? xofType : hashType);
  nset(heap, h, 1, strFromJs(heap, algorithm.name));
  store(heap, h, state);
  return h;
}

/**
 * SHAKE's output length argument, with what CPython's OpenSSL build raises: the binder's
 * message when it is missing, SystemError for a negative digest() length (from
 * PyBytes_FromStringAndSize), MemoryError for a negative hexdigest() one or a huge one.
 */
function outLength(heap: Heap, v: Value, method: string): number {
  if (isNull(v)) throw typeError(`${method}() missing required argument 'length' (pos 1)`);
  const n = asInt(heap, v);
  if (n < 0n && method === 'digest') raise('SystemError', 'Negative size passed to PyBytes_FromStringAndSize');
  if (n < 0n || n > 1n << 30n) raise('MemoryError', '');
  return Number(n);
}

for (const [t, typeName] of [[hashType, 'HASH'], [xofType, 'HASHXOF'], [blake2bType, 'blake2b'], [blake2sType, 'blake2s']] as const) {
  const method = (name: string, sig: string, fn: (heap: Heap, a: number) => Value): void => { defineMethod(extKey(t), typeName, name, sig, fn); };
  method('update', 'obj, /', (heap, a) => {
    const h = self(heap, a);
    const state = load(heap, h);
    updateHash(state, dataOf(heap, arg(heap, a, 0)));
    store(heap, h, state);
    return NONE;
  });
  if (t === xofType) {
    method('digest', 'length=', (heap, a) => bytesFromArray(heap, hashDigest(load(heap, self(heap, a)), outLength(heap, arg(heap, a, 0), 'digest'))));
    method('hexdigest', 'length=', (heap, a) => strFromJs(heap, hex(hashDigest(load(heap, self(heap, a)), outLength(heap, arg(heap, a, 0), 'hexdigest')))));
  } else {
    method('digest', '', (heap, a) => bytesFromArray(heap, hashDigest(load(heap, self(heap, a)))));
    method('hexdigest', '', (heap, a) => strFromJs(heap, hex(hashDigest(load(heap, self(heap, a))))));
  }
  method('copy', '', (heap, a) => {
    const h = self(heap, a);
    const copy = newExt(heap, t);
    for (let i = 1; i <= 4; i++) nset(heap, copy, i, nget(heap, h, i));
    return copy;
  });
}

function hex(data: Uint8Array): string {
  let out = '';
  for (const byte of data) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** `data` or its older name `string` (CPython accepts either, not both). */
function initialData(heap: Heap, data: Value, string: Value): Value {
  const hasData = !isNull(data), hasString = !isNull(string) && !isNone(string);
  if (hasData && hasString) throw typeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
  return hasString ? string : data;
}

// Other spellings OpenSSL's name lookup accepts (the SHA-1/SHA-2/MD5 names in any case; the
// dashed SHA-3/SHAKE names), as hashlib.new() under CPython's OpenSSL build does.
const CASELESS = new Set(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']);
const OPENSSL_NAMES = new Map([['sha3-224', 'sha3_224'], ['sha3-256', 'sha3_256'], ['sha3-384', 'sha3_384'],
  ['sha3-512', 'sha3_512'], ['shake128', 'shake_128'], ['shake256', 'shake_256']]);

function lookup(name: string): HashAlgorithm {
  const lower = name.toLowerCase();
  const algorithm = HASH_ALGORITHMS.get(name) ?? (CASELESS.has(lower) ? HASH_ALGORITHMS.get(lower)
    : OPENSSL_NAMES.has(lower) ? HASH_ALGORITHMS.get(OPENSSL_NAMES.get(lower)!) : undefined);
  if (algorithm === undefined) raise('ValueError', `unsupported hash type ${name}`);
  return algorithm!;
}

const entries: [string, NativeEntry][] = [];
for (const algorithm of HASH_ALGORITHMS.values()) {
  entries.push([algorithm.name, defineFunction('hashlib', `openssl_${algorithm.name}`, 'string=, *, usedforsecurity=',
    (heap, a) => newHash(heap, algorithm, arg(heap, a, 0)))]);
}
entries.push(['new', defineFunction('hashlib', '__hash_new', 'name, data=, *, usedforsecurity=, string=, **kwargs', (heap, a) => {
  const name = arg(heap, a, 0);
  if (!isStr(heap, name)) throw typeError(`new() argument 'name' must be str, not ${typeNameOf(heap, name)}`);
  const text = strToJs(heap, name);
  const kwargs = arg(heap, a, 4);
  const data = initialData(heap, arg(heap, a, 1), arg(heap, a, 3));
  const blake2 = BLAKE2_NAMES.get(text);
  if (blake2 !== undefined) {
    const option = (key: string): Value => (isNull(kwargs) ? NULL : dictGet(heap, kwargs, strFromJs(heap, key)));
    for (let pos = isNull(kwargs) ? -1 : dictNext(heap, kwargs, 0); pos >= 0; pos = dictNext(heap, kwargs, pos + 1)) {
      const key = strToJs(heap, dictEntryKey(heap, kwargs, pos));
      if (!BLAKE2_OPTIONS.includes(key)) throw typeError(`${blake2}() got an unexpected keyword argument '${key}'`);
    }
    return newBlake2(heap, blake2 === 'blake2b', data, option);
  }
  if (!isNull(kwargs) && dictNext(heap, kwargs, 0) >= 0) {
    throw typeError(`new() got an unexpected keyword argument '${strToJs(heap, dictEntryKey(heap, kwargs, dictNext(heap, kwargs, 0)))}'`);
  }
  return newHash(heap, lookup(text), data);
})]);

// hashlib.new's BLAKE2 names: its own, and OpenSSL's full-length ones.
const BLAKE2_NAMES = new Map([['blake2b', 'blake2b'], ['blake2s', 'blake2s'], ['blake2b512', 'blake2b'], ['blake2s256', 'blake2s']]);

// --- pbkdf2_hmac (RFC 8018 with HMAC, RFC 2104) ---

function digestOf(algorithm: HashAlgorithm, ...parts: Uint8Array[]): Uint8Array {
  const state = newHashState(algorithm);
  for (const part of parts) updateHash(state, part);
  return hashDigest(state);
}

function hmacPads(algorithm: HashAlgorithm, key: Uint8Array): [Uint8Array, Uint8Array] {
  let k = key.length > algorithm.blockSize ? digestOf(algorithm, key) : key;
  const padded = new Uint8Array(algorithm.blockSize);
  padded.set(k);
  k = padded;
  return [k.map((b) => b ^ 0x36), k.map((b) => b ^ 0x5c)];
}

entries.push(['pbkdf2_hmac', defineFunction('hashlib', 'pbkdf2_hmac', 'hash_name, password, salt, iterations, dklen=', (heap, a) => {
  const nameV = arg(heap, a, 0);
  if (!isStr(heap, nameV)) throw typeError(`pbkdf2_hmac() argument 'hash_name' must be str, not ${typeNameOf(heap, nameV)}`);
  const hashName = strToJs(heap, nameV);
  const blake2 = BLAKE2_NAMES.get(hashName);
  const algorithm = blake2 !== undefined ? blake2Algorithm(blake2 === 'blake2b' ? 'blake2b/64/0' : 'blake2s/32/0')! : lookup(hashName);
  // OpenSSL refuses an extendable-output function here, with this bare message.
  if (algorithm.xof) raise('ValueError', 'no reason supplied');
  const password = dataOf(heap, arg(heap, a, 1)), salt = dataOf(heap, arg(heap, a, 2));
  const iterations = asInt(heap, arg(heap, a, 3));
  if (iterations < 1n) raise('ValueError', 'iteration value must be greater than 0.');
  const dklenV = arg(heap, a, 4);
  const dklen = isNull(dklenV) || isNone(dklenV) ? BigInt(algorithm.digestSize) : asInt(heap, dklenV);
  if (dklen < 1n) raise('ValueError', 'key length must be greater than 0.');
  const [inner, outer] = hmacPads(algorithm, password);
  const hmac = (message: Uint8Array): Uint8Array => digestOf(algorithm, outer, digestOf(algorithm, inner, message));
  const out = new Uint8Array(Number(dklen));
  for (let block = 1, offset = 0; offset < out.length; block++, offset += algorithm.digestSize) {
    const counter = new Uint8Array([block >>> 24, (block >>> 16) & 0xff, (block >>> 8) & 0xff, block & 0xff]);
    let u = hmac(Uint8Array.from([...salt, ...counter]));
    const t = u.slice();
    for (let i = 1n; i < iterations; i++) {
      u = hmac(u);
      for (let j = 0; j < t.length; j++) t[j] ^= u[j];
    }
    out.set(t.subarray(0, Math.min(t.length, out.length - offset)), offset);
  }
  return bytesFromArray(heap, out);
})]);

defineModule('hashlib', (heap, dict) => {
  for (const [name, entry] of entries) setAttr(heap, dict, name, nativeValue(heap, entry));
  setAttr(heap, dict, 'blake2b', extClassValue(heap, blake2Classes[0]));
  setAttr(heap, dict, 'blake2s', extClassValue(heap, blake2Classes[1]));
  for (const setName of ['algorithms_guaranteed', 'algorithms_available']) {
    const names = newSet(heap);
    setAttr(heap, dict, setName, names);
    for (const name of [...HASH_ALGORITHMS.keys(), 'blake2b', 'blake2s']) setAdd(heap, names, strFromJs(heap, name));
  }
});
