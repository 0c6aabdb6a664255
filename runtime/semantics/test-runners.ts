// Test support: dispatchers from a CPython expectation case to the pyx implementation, shared
// by the table tests and the fuzz test.
import { asInt, asStr, asFloat, bool, Case, float, int, PyValue, str } from './expected.js';
import * as m from './str-methods.js';
import * as k from './str-case.js';
import { encode } from './encode.js';
import { cpAt, cpLength, cpSlice } from './codepoints.js';
import { raise } from './errors.js';
import { formatComplex, formatFloat, formatInt, formatStr } from './format-spec.js';
import { parseInt } from './int-str.js';
import { parseFloat } from './float.js';

const optInt = (v: PyValue | undefined): number | null => (v === undefined || v.t === 'none' ? null : Number(asInt(v)));
const strs = (list: string[]): PyValue => ({ t: 'list', v: list.map(str) });
const triple = (list: string[]): PyValue => ({ t: 'tuple', v: list.map(str) });
const affixes = (v: PyValue): string | string[] => (v.t === 'tuple' ? v.v.map(asStr) : asStr(v));

const unary: Record<string, (s: string) => string | boolean> = {
  upper: k.upper, lower: k.lower, title: k.title, capitalize: k.capitalize, swapcase: k.swapcase, casefold: k.casefold,
  isdigit: k.isdigit, isnumeric: k.isnumeric, isdecimal: k.isdecimal, isalpha: k.isalpha, isalnum: k.isalnum,
  isspace: k.isspace, isidentifier: k.isidentifier, isprintable: k.isprintable, istitle: k.istitle,
  islower: k.islower, isupper: k.isupper, isascii: k.isascii,
};

export function runStr(c: Case): PyValue {
  const [first, ...a] = c.args;
  if (c.op === 'maketrans_translate') {
    const table = m.maketrans(asStr(a[0]), asStr(a[1]), asStr(a[2]));
    return str(m.translate(asStr(first), (cp) => {
      const v = table.get(cp);
      return v === undefined ? { kind: 'keep' } : v === null ? { kind: 'delete' } : { kind: 'int', value: BigInt(v) };
    }));
  }
  if (c.op === 'join') return str(m.join(asStr(first), a[0].t === 'list' ? a[0].v.map(asStr) : []));
  const s = asStr(first);
  if (c.op in unary && a.length === 0) {
    const r = unary[c.op](s);
    return typeof r === 'boolean' ? bool(r) : str(r);
  }
  const ch = (i: number): string | null => (a[i] === undefined || a[i].t === 'none' ? null : asStr(a[i]));
  switch (c.op) {
    case 'len': return int(BigInt(cpLength(s)));
    case 'split': return strs(m.split(s, ch(0), optInt(a[1]) ?? -1));
    case 'rsplit': return strs(m.rsplit(s, ch(0), optInt(a[1]) ?? -1));
    case 'splitlines': return strs(m.splitlines(s, a[0]?.t === 'bool' && a[0].v));
    case 'find': return int(BigInt(m.find(s, asStr(a[0]), optInt(a[1]), optInt(a[2]))));
    case 'rfind': return int(BigInt(m.rfind(s, asStr(a[0]), optInt(a[1]), optInt(a[2]))));
    case 'index': return int(BigInt(m.index(s, asStr(a[0]), optInt(a[1]), optInt(a[2]))));
    case 'rindex': return int(BigInt(m.rindex(s, asStr(a[0]), optInt(a[1]), optInt(a[2]))));
    case 'count': return int(BigInt(m.count(s, asStr(a[0]), optInt(a[1]), optInt(a[2]))));
    case 'startswith': return bool(m.startswith(s, affixes(a[0]), optInt(a[1]), optInt(a[2])));
    case 'endswith': return bool(m.endswith(s, affixes(a[0]), optInt(a[1]), optInt(a[2])));
    case 'replace': return str(m.replace(s, asStr(a[0]), asStr(a[1]), optInt(a[2]) ?? -1));
    case 'strip': return str(m.strip(s, ch(0)));
    case 'lstrip': return str(m.lstrip(s, ch(0)));
    case 'rstrip': return str(m.rstrip(s, ch(0)));
    case 'center': return str(m.center(s, optInt(a[0])!, asStr(a[1])));
    case 'ljust': return str(m.ljust(s, optInt(a[0])!, asStr(a[1])));
    case 'rjust': return str(m.rjust(s, optInt(a[0])!, asStr(a[1])));
    case 'zfill': return str(m.zfill(s, optInt(a[0])!));
    case 'partition': return triple(m.partition(s, asStr(a[0])));
    case 'rpartition': return triple(m.rpartition(s, asStr(a[0])));
    case 'expandtabs': return str(m.expandtabs(s, optInt(a[0]) ?? 8));
    case 'removeprefix': return str(m.removeprefix(s, asStr(a[0])));
    case 'removesuffix': return str(m.removesuffix(s, asStr(a[0])));
    case 'encode': return { t: 'bytes', v: encode(s, asStr(a[0]), asStr(a[1])) };
    case 'slice': return str(cpSlice(s, optInt(a[0]), optInt(a[1]), optInt(a[2])));
    case 'getitem': {
      const r = cpAt(s, optInt(a[0])!);
      return r === undefined ? raise('IndexError', 'string index out of range') : str(r);
    }
  }
  throw new Error(`no op ${c.op}`);
}

export function runFormat(c: Case): PyValue {
  const [value, spec] = c.args;
  switch (c.op) {
    case 'format_float': return str(formatFloat(asFloat(value), asStr(spec)));
    case 'format_int': return str(formatInt(asInt(value), asStr(spec)));
    case 'format_bool': return str(formatInt(value.t === 'bool' && value.v ? 1n : 0n, asStr(spec), 'bool'));
    case 'format_str': return str(formatStr(asStr(value), asStr(spec)));
    case 'format_complex': {
      if (value.t !== 'complex') throw new Error('expected complex');
      return str(formatComplex(value.re, value.im, asStr(spec)));
    }
  }
  throw new Error(`no op ${c.op}`);
}


/** int(text, base) and float(text). */
export function runParse(c: Case): PyValue {
  if (c.op === 'parse_int') return int(parseInt(asStr(c.args[0]), Number(asInt(c.args[1]))));
  if (c.op === 'parse_float') return float(parseFloat(asStr(c.args[0])));
  throw new Error(`no op ${c.op}`);
}
