// Character classes for the tokenizer, kept apart so tokenize.ts stays about control flow.
// CPython's lexer works on UTF-8 bytes; pyx works on UTF-16 code units, so every test
// here takes a code unit (or a code point where noted) from `String.charCodeAt`.

/** ASCII letter, `_`, or any non-ASCII unit: CPython's `is_potential_identifier_start`. */
export function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

/** As above plus digits: CPython's `is_potential_identifier_char`. */
export function isPotentialIdentifierChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

// Python identifiers use XID_Start / XID_Continue (PEP 3131); JS regexes only know
// ID_Start / ID_Continue. The XID sets are the ID sets minus the few characters whose NFKC
// form is not an identifier; those are listed by hand below (from Unicode's
// DerivedCoreProperties: U+037A, U+0E33, U+0EB3, U+309B, U+309C, U+FC5E–U+FC63,
// U+FDFA, U+FDFB, U+FE70–U+FE7E (even), U+FF9E, U+FF9F). `_` is XID_Start only for Python.
const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;
const NOT_XID_START = new Set([
  0x037a, 0x0e33, 0x0eb3, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60, 0xfc61, 0xfc62, 0xfc63,
  0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e, 0xff9e,
  0xff9f,
]);
const NOT_XID_CONTINUE = new Set([
  0x037a, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60, 0xfc61, 0xfc62, 0xfc63, 0xfdfa, 0xfdfb,
  0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e,
]);

/** Is code point `cp` valid at the start of a Python identifier (XID_Start or `_`)? */
export function isXidStart(cp: number): boolean {
  if (cp < 128) return isPotentialIdentifierStart(cp);
  return !NOT_XID_START.has(cp) && ID_START.test(String.fromCodePoint(cp));
}

/** Is code point `cp` valid after the start of a Python identifier (XID_Continue)? */
export function isXidContinue(cp: number): boolean {
  if (cp < 128) return isPotentialIdentifierChar(cp);
  return !NOT_XID_CONTINUE.has(cp) && ID_CONTINUE.test(String.fromCodePoint(cp));
}

// Python's str.isprintable(): false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs
// other than the ASCII space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Py_UNICODE_ISPRINTABLE for one code point. */
export function isPrintable(cp: number): boolean {
  if (cp < 128) return cp >= 0x20 && cp < 0x7f;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

/** Hex as CPython's `%04X`: upper case, at least four digits. */
export function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}
