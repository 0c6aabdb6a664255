// The json module's cores: dumps (json-encode.ts) and loads (json-decode.ts).
export { dumps, encodeString, jsClassify, type Classified, type DumpsOptions } from './json-encode.js';
export { loads, scanOnce, cpIndex, decodeError, defaultHooks, type DecodeHooks, type JsonValue, type LoadsOptions } from './json-decode.js';
