// One import for the interpreter: `import * as sem from '../runtime/semantics/index.js'`.
// The str methods keep their Python names under `str` (split, find, upper, ...), where flat
// names would clash with everyday identifiers.
export * from './errors.js';
export * from './int.js';
export * from './int-str.js';
export * from './float.js';
export * from './float-digits.js';
export * from './complex.js';
export * from './format-spec.js';
export * from './percent-format.js';
export * from './str-format.js';
export * from './hash.js';
export * from './codepoints.js';
export * from './encode.js';
export * from './decode.js';
export * from './unicode.js';
export { powCorrectlyRounded } from './pow.js';
export * as str from './str-api.js';
