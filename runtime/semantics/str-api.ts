// The str methods under their Python names (re-exported as `str` by index.ts).
export * from './str-methods.js';
export * from './str-case.js';
