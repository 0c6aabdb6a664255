// Test support: interpreter-like hooks over decoded expected values (PyValue), so the
// formatting drivers can be exercised without the real object model.
import { asciiEscape } from './codepoints.js';
import { PyError, raise } from './errors.js';
import { PyValue } from './expected.js';
import { intToStr } from './int-str.js';
import { NumberView, PercentHooks } from './percent-format.js';
import { complexRepr, floatRepr, strRepr } from '../repr.js';

export function typeName(v: PyValue): string {
  switch (v.t) {
    case 'int': return 'int';
    case 'float': return 'float';
    case 'str': return 'str';
    case 'bool': return 'bool';
    case 'none': return 'NoneType';
    case 'tuple': return 'tuple';
    case 'list': return 'list';
    case 'dict': return 'dict';
    case 'bytes': return 'bytes';
    case 'complex': return 'complex';
    case 'error': throw new Error('not a value');
  }
}

export function repr(v: PyValue): string {
  switch (v.t) {
    case 'int': return intToStr(v.v);
    case 'float': return floatRepr(v.v);
    case 'str': return strRepr(v.v);
    case 'bool': return v.v ? 'True' : 'False';
    case 'none': return 'None';
    case 'complex': return complexRepr(v.re, v.im);
    case 'tuple': return v.v.length === 1 ? `(${repr(v.v[0])},)` : `(${v.v.map(repr).join(', ')})`;
    case 'list': return `[${v.v.map(repr).join(', ')}]`;
    case 'dict': return `{${[...v.v].map(([k, x]) => `${strRepr(k)}: ${repr(x)}`).join(', ')}}`;
  }
  throw new Error(`no repr for ${v.t}`);
}

export function str(v: PyValue): string {
  return v.t === 'str' ? v.v : repr(v);
}

export const percentHooks: PercentHooks<PyValue> = {
  view(v): NumberView {
    if (v.t === 'int') return { t: 'int', v: v.v };
    if (v.t === 'bool') return { t: 'int', v: v.v ? 1n : 0n };
    if (v.t === 'float') return { t: 'float', v: v.v };
    if (v.t === 'str') return { t: 'str', v: v.v };
    return { t: 'other' };
  },
  typeName,
  str,
  repr,
  ascii: (v) => asciiEscape(repr(v)),
};

/** dict[key] with Python's KeyError text (repr of the key). */
export function dictGet(d: Map<string, PyValue>, key: string): PyValue {
  const v = d.get(key);
  if (v === undefined) throw new PyError('KeyError', strRepr(key));
  return v;
}

export { raise };

/** A small object model for str.format tests: attributes real/imag, items of list/tuple/dict/str. */
export function getattr(v: PyValue, name: string): PyValue {
  if ((v.t === 'int' || v.t === 'bool') && (name === 'real' || name === 'imag')) {
    return { t: 'int', v: name === 'imag' ? 0n : v.t === 'int' ? v.v : v.v ? 1n : 0n };
  }
  if (v.t === 'float' && (name === 'real' || name === 'imag')) return { t: 'float', v: name === 'real' ? v.v : 0 };
  return raise('AttributeError', `'${typeName(v)}' object has no attribute '${name}'`);
}

export function getitem(v: PyValue, key: number | string): PyValue {
  if (v.t === 'dict') {
    if (typeof key === 'number') throw new PyError('KeyError', String(key));
    return dictGet(v.v, key);
  }
  if (v.t === 'tuple' || v.t === 'list' || v.t === 'str') {
    if (typeof key === 'string') {
      if (v.t === 'str') raise('TypeError', "string indices must be integers, not 'str'");
      raise('TypeError', `${v.t} indices must be integers or slices, not str`);
    }
    const items = v.t === 'str' ? [...v.v].map((ch): PyValue => ({ t: 'str', v: ch })) : v.v;
    if (key >= items.length) raise('IndexError', `${v.t === 'str' ? 'string' : v.t} index out of range`);
    return items[key as number];
  }
  return raise('TypeError', `'${typeName(v)}' object is not subscriptable`);
}
