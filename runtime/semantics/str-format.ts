// str.format / str.format_map (Objects/stringlib/unicode_format.h): a markup iterator that
// splits a template into literal text and replacement fields, a field-name splitter, and a
// driver that calls back into the interpreter for argument lookup, attribute/item access,
// conversions and __format__.
import { raise } from './errors.js';
import { decimalValue, toCodePoints } from './codepoints.js';

/** One replacement field. `spec` is raw (may itself contain fields when `specHasFields`). */
export interface Field {
  readonly name: string;
  /** '' when absent, else the character after '!' (validated only when rendered). */
  readonly conversion: string;
  readonly spec: string;
  readonly specHasFields: boolean;
}

/** A literal run followed by at most one field (the shape of _string.formatter_parser). */
export interface MarkupPiece {
  readonly literal: string;
  readonly field: Field | null;
}

/** Parse the whole template eagerly (e.g. for string.Formatter.parse). */
export function parseMarkup(template: string): MarkupPiece[] {
  return [...markup(template)];
}

/**
 * Iterate the template lazily: like CPython, a syntax error late in the template is only
 * reported after the fields before it were rendered (and their lookup errors came first).
 */
export function* markup(template: string): Generator<MarkupPiece> {
  const s = toCodePoints(template).map((c) => String.fromCodePoint(c));
  let pos = 0;
  const end = s.length;
  while (pos < end) {
    const start = pos;
    let c = '';
    let brace = false;
    while (pos < end) {
      c = s[pos++];
      if (c === '{' || c === '}') { brace = true; break; }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (c === '}' && brace && (atEnd || s[pos] !== '}')) raise('ValueError', "Single '}' encountered in format string");
    if (atEnd && c === '{' && brace) raise('ValueError', "Single '{' encountered in format string");
    if (!atEnd && brace) {
      if (s[pos] === c) { pos++; brace = false; } // an escaped brace: keep one, no field
      else len--;
    }
    const literal = s.slice(start, start + len).join('');
    if (!brace) { yield { literal, field: null }; continue; }
    const [field, next] = parseField(s, pos);
    pos = next;
    yield { literal, field };
  }
}

/** parse_field: the text after '{' up to its matching '}'. */
function parseField(s: string[], pos: number): [Field, number] {
  const end = s.length;
  const nameStart = pos;
  let c = '';
  while (pos < end) {
    c = s[pos++];
    if (c === '{') raise('ValueError', "unexpected '{' in field name");
    if (c === '[') {
      while (pos < end && s[pos] !== ']') pos++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = s.slice(nameStart, pos - 1).join('');
  if (c !== '!' && c !== ':') {
    if (c !== '}' || pos > end) raise('ValueError', "expected '}' before end of string");
    return [{ name, conversion: '', spec: '', specHasFields: false }, pos];
  }
  let conversion = '';
  if (c === '!') {
    if (pos >= end) raise('ValueError', 'end of string while looking for conversion specifier');
    conversion = s[pos++];
    if (pos < end) {
      const d = s[pos++];
      if (d === '}') return [{ name, conversion, spec: '', specHasFields: false }, pos];
      if (d !== ':') raise('ValueError', "expected ':' after conversion specifier");
    }
  }
  const specStart = pos;
  let depth = 1;
  let specHasFields = false;
  while (pos < end) {
    const d = s[pos++];
    if (d === '{') { specHasFields = true; depth++; }
    else if (d === '}' && --depth === 0) {
      return [{ name, conversion, spec: s.slice(specStart, pos - 1).join(''), specHasFields }, pos];
    }
  }
  return raise('ValueError', "unmatched '{' in format spec");
}

/** One step after the first name part: `.attr` or `[key]` (key is a number when all digits). */
export type Accessor = { kind: 'attr'; name: string } | { kind: 'item'; key: number | string };

/** The field name split as formatter_field_name_split: first part (index or key) and accessors. */
export interface FieldName {
  /** A positional index, a keyword name, or null for an empty (auto-numbered) name. */
  readonly first: number | string | null;
  readonly rest: Accessor[];
}

/** get_integer: all decimal digits (any script) -> the value, else -1. */
function asIndex(text: string): number {
  if (text === '') return -1;
  let acc = 0n;
  for (const ch of text) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    acc = acc * 10n + BigInt(d);
    if (acc > 2n ** 63n - 1n) raise('ValueError', 'Too many decimal digits in format string');
  }
  return Number(acc);
}

/** formatter_field_name_split, eagerly (all accessor errors raised now). */
export function splitFieldName(name: string): FieldName {
  const [first, rest] = splitLazily(name);
  return { first, rest: [...rest] };
}

/** The first part now; accessors parsed as they are used (CPython reports lookup errors first). */
function splitLazily(name: string): [number | string | null, Generator<Accessor>] {
  const s = [...name];
  let i = 0;
  while (i < s.length && s[i] !== '.' && s[i] !== '[') i++;
  const firstText = s.slice(0, i).join('');
  const index = asIndex(firstText);
  return [firstText === '' ? null : index >= 0 ? index : firstText, accessors(s, i)];
}

function* accessors(s: string[], i: number): Generator<Accessor> {
  while (i < s.length) {
    const c = s[i++];
    let text: string;
    if (c === '.') {
      const start = i;
      while (i < s.length && s[i] !== '.' && s[i] !== '[') i++;
      text = s.slice(start, i).join('');
      if (text === '') raise('ValueError', 'Empty attribute in format string');
      yield { kind: 'attr', name: text };
    } else if (c === '[') {
      const start = i;
      while (i < s.length && s[i] !== ']') i++;
      if (i >= s.length) raise('ValueError', "Missing ']' in format string");
      text = s.slice(start, i++).join('');
      if (text === '') raise('ValueError', 'Empty attribute in format string');
      const key = asIndex(text);
      yield { kind: 'item', key: key >= 0 ? key : text };
    } else raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
  }
}

/** Callbacks into the interpreter; each may throw the interpreter's Python exceptions. */
export interface FormatHooks<V> {
  /** The positional arguments, or null for format_map (positional fields are then an error). */
  readonly positional: readonly V[] | null;
  /** kwargs[name] / mapping[name]; throws KeyError itself. */
  keyword(name: string): V;
  getattr(v: V, name: string): V;
  getitem(v: V, key: number | string): V;
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** format(v, spec): the object's __format__ (pyx's formatInt/formatFloat/formatStr for scalars). */
  format(v: V, spec: string): string;
  /** format(s, spec) for the str produced by a !r/!s/!a conversion. */
  formatStr(s: string, spec: string): string;
}

/** template.format(*positional, **kwargs) / template.format_map(mapping). */
export function strFormat<V>(template: string, hooks: FormatHooks<V>): string {
  const auto = { state: 'init' as 'init' | 'auto' | 'manual', next: 0 };
  return build(template, hooks, 2, auto);
}

const markupCache = new Map<string, MarkupPiece[]>();

/**
 * Templates repeat, so well-formed ones are parsed once; a template with a syntax error is
 * never cached and is walked lazily, keeping CPython's error order.
 */
function pieces(template: string): Iterable<MarkupPiece> {
  let list = markupCache.get(template);
  if (list === undefined) {
    try {
      list = parseMarkup(template);
    } catch {
      return markup(template);
    }
    if (markupCache.size > 512) markupCache.clear();
    markupCache.set(template, list);
  }
  return list;
}

function build<V>(template: string, hooks: FormatHooks<V>, depth: number, auto: { state: 'init' | 'auto' | 'manual'; next: number }): string {
  if (depth <= 0) raise('ValueError', 'Max string recursion exceeded');
  let out = '';
  for (const piece of pieces(template)) {
    out += piece.literal;
    const f = piece.field;
    if (f === null) continue;
    const value = fieldValue(f.name, hooks, auto);
    const spec = f.specHasFields ? build(f.spec, hooks, depth - 1, auto) : f.spec;
    if (f.conversion !== '') {
      const text = convert(value, f.conversion, hooks);
      out += hooks.formatStr(text, spec);
      continue;
    }
    out += hooks.format(value, spec);
  }
  return out;
}

function convert<V>(value: V, conversion: string, hooks: FormatHooks<V>): string {
  switch (conversion) {
    case 'r': return hooks.repr(value);
    case 's': return hooks.str(value);
    case 'a': return hooks.ascii(value);
  }
  const cp = conversion.codePointAt(0)!;
  return raise('ValueError', `Unknown conversion specifier ${cp > 32 && cp < 127 ? conversion : `\\x${cp.toString(16)}`}`);
}

function fieldValue<V>(name: string, hooks: FormatHooks<V>, auto: { state: 'init' | 'auto' | 'manual'; next: number }): V {
  const [first, rest] = splitLazily(name);
  let index = typeof first === 'number' ? first : -1;
  if (first === null || typeof first === 'number') {
    const empty = first === null;
    if (auto.state === 'init') auto.state = empty ? 'auto' : 'manual';
    if (auto.state === 'manual' && empty) raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    if (auto.state === 'auto' && !empty) raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    if (empty) index = auto.next++;
  }
  let value: V;
  if (index < 0) value = hooks.keyword(first as string);
  else {
    if (hooks.positional === null) raise('ValueError', 'Format string contains positional fields');
    if (index >= hooks.positional!.length) raise('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    value = hooks.positional![index];
  }
  for (const step of rest) value = step.kind === 'attr' ? hooks.getattr(value, step.name) : hooks.getitem(value, step.key);
  return value;
}
