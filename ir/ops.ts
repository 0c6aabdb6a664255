// THE op table: every IR op is declared here once. The printer, text parser, JSON
// reader/writer, verifier, docs/ir.md generator, interpreter and JIT derive their per-op
// behaviour from these entries, so they cannot drift apart (ARCHITECTURE.md decision 3).

// --- Kinds ---

/**
 * What a value is known to be, structurally. `object` is any Python object; the others are
 * promises made by the producing op that consumers rely on (a `list_append` needs the list
 * a `build_list` made, a `for_iter` the iterator of a `get_iter`). The verifier checks that
 * an operand whose kind is not `object` comes from an op whose result has exactly that kind.
 */
export type ValueKind =
  | 'object' | 'cell' | 'iterator' | 'tuple' | 'list' | 'set' | 'dict' | 'str' | 'module';

/**
 * Immediate attribute kinds. `const`: a Python constant (printed as its repr); `name`: an
 * identifier-like string; `names`: a tuple of such; `int`: a non-negative JS integer;
 * `block`/`blocks`: block ids of the same function; `func`: a function index of the module;
 * `enum`: one of `values`.
 */
export type AttrKind = 'const' | 'name' | 'names' | 'int' | 'block' | 'blocks' | 'func' | 'enum';

/** One fixed operand: its name (for docs and messages) and the kind it must have. */
export interface OperandSpec {
  readonly name: string;
  readonly kind: ValueKind;
  /** Only trailing operands may be optional; an omitted one is simply absent. */
  readonly optional?: boolean;
}

/** Any number of operands after the fixed ones; `pairs` requires an even count. */
export interface VariadicSpec {
  readonly name: string;
  readonly kind: ValueKind;
  readonly pairs?: boolean;
}

/** One immediate attribute. Invariant: `values` is given exactly when `kind` is 'enum'. */
export interface AttrSpec {
  readonly name: string;
  readonly kind: AttrKind;
  readonly values?: readonly string[];
  /** An optional attribute may be absent; the printer then omits it. */
  readonly optional?: boolean;
  /** Printed as the bare value, without `name=` (only an op's first attribute may be bare). */
  readonly bare?: boolean;
}

/**
 * Memory regions an op may read or write, for passes that move or delete ops. `locals`
 * are the frame's named variables, `cells` the closure cells (visible to other frames),
 * `globals` the module dict (and builtins on read), `heap` every other object. A call may
 * run arbitrary Python, so it reads and writes everything but the caller's own locals.
 */
export type Region = 'locals' | 'cells' | 'globals' | 'heap';

/**
 * What passes need to know. Invariants: `pure` implies not `mayRaise`, not `sideEffects`,
 * no `writes`, not `terminator`. Rules for passes: an unused op may be deleted when it
 * neither `mayRaise` nor has `sideEffects` (a raise is observable: deleting an unused
 * `load_local` would hide an UnboundLocalError); only `pure` ops may be merged with an
 * identical one (GVN) or hoisted freely, since the others allocate a new object (identity
 * is observable through `is`) or read state that `writes` of other ops may change.
 * `terminator` ops end a block and only they name successor blocks.
 */
export interface OpFlags {
  readonly pure: boolean;
  readonly mayRaise: boolean;
  readonly terminator: boolean;
  readonly sideEffects: boolean;
  readonly reads: readonly Region[];
  readonly writes: readonly Region[];
}

/**
 * The executable description the interpreter's dispatch is derived from: an op's
 * evaluation category plus the data that category needs (which dunder methods a binary op
 * tries, which variable namespace a load uses, ...). The interpreter switches on
 * `category` exhaustively and reads the rest from here instead of hard-coding it per op.
 */
export type Semantics =
  | { readonly category: 'constant' }
  | { readonly category: 'phi' }
  /** A class body's names: its namespace dict first, then (load only) globals and builtins. */
  | { readonly category: 'namespace'; readonly action: 'load' | 'store' | 'delete' }
  | { readonly category: 'variable'; readonly scope: 'local' | 'global' | 'deref' | 'closure';
      readonly action: 'load' | 'store' | 'delete' }
  | { readonly category: 'binary'; readonly symbol: string; readonly method: string;
      readonly reflected: string; readonly inplace: string | null;
      /** As the TypeError names the operator: "+", "+=", "** or pow()". */
      readonly errorSymbol: string }
  | { readonly category: 'unary'; readonly symbol: string; readonly method: string | null }
  | { readonly category: 'compare'; readonly symbol: string; readonly method: string;
      readonly reflected: string }
  | { readonly category: 'identity'; readonly negate: boolean }
  | { readonly category: 'membership'; readonly negate: boolean }
  | { readonly category: 'build'; readonly container: 'tuple' | 'list' | 'set' | 'dict' | 'slice' | 'string' }
  | { readonly category: 'container'; readonly action: 'list_append' | 'list_extend' | 'list_to_tuple'
      | 'set_add' | 'set_update' | 'dict_set' | 'dict_update' | 'dict_merge' | 'tuple_get' }
  | { readonly category: 'format' }
  | { readonly category: 'attribute'; readonly action: 'load' | 'store' | 'delete' }
  | { readonly category: 'subscript'; readonly action: 'load' | 'store' | 'delete' }
  | { readonly category: 'call'; readonly form: 'vector' | 'ex' }
  | { readonly category: 'function' }
  | { readonly category: 'iterate'; readonly action: 'get_iter' | 'for_iter' | 'release' }
  | { readonly category: 'unpack'; readonly starred: boolean }
  | { readonly category: 'import'; readonly action: 'module' | 'from' | 'star' }
  | { readonly category: 'builtin'; readonly name: string }
  | { readonly category: 'control'; readonly action: 'jump' | 'branch' | 'return' | 'raise' }
  | { readonly category: 'generator'; readonly action: 'yield' | 'resume' | 'delegate' | 'async_function'
      | 'awaitable' | 'async_gen_wrap' | 'aiter' | 'anext' | 'async_with_exit' | 'async_with_enter' | 'end_async_for' }
  | { readonly category: 'exception'; readonly action: 'landing' | 'match' | 'push' | 'pop' | 'current'
      | 'reraise' | 'with_exit' | 'with_enter' | 'with_exit_exc' | 'star_match' | 'star_reraise' }
  /** `match` statements (lower/match.ts, docs/match.md): CPython's MATCH_* and GET_LEN. */
  | { readonly category: 'match'; readonly action: 'sequence' | 'mapping' | 'len' | 'keys' | 'class' };

/**
 * One op. Invariants (checked by ir/ops.test.ts): only trailing operands are optional and
 * then there is no variadic part; only the first attribute may be bare; block-valued
 * attributes only on terminators (and phi's `from`).
 */
export interface OpSpec {
  readonly operands: readonly OperandSpec[];
  readonly variadic?: VariadicSpec;
  readonly attrs: readonly AttrSpec[];
  /** The kind of the single result, or null when the op defines no value. */
  readonly result: ValueKind | null;
  readonly flags: OpFlags;
  readonly semantics: Semantics;
  /** Exact semantics for the reader and the interpreter's author: operand order, errors. */
  readonly doc: string;
}

// --- Helpers that keep the entries short ---

const ALL: readonly Region[] = ['cells', 'globals', 'heap'];

function flags(partial: Partial<OpFlags>): OpFlags {
  return { pure: false, mayRaise: true, terminator: false, sideEffects: false,
    reads: [], writes: [], ...partial };
}
const PURE = flags({ pure: true, mayRaise: false });
/** Runs arbitrary Python (dunder methods), so may touch any object or global. */
const DYNAMIC = flags({ sideEffects: true, reads: ALL, writes: ALL });
const value = (name: string, kind: ValueKind = 'object'): OperandSpec => ({ name, kind });

function binary(symbol: string, name: string, inplace: boolean): OpSpec {
  const method = `__${name}__`;
  const reflected = `__r${name}__`;
  const inplaceMethod = `__i${name}__`;
  const errorSymbol = inplace ? `${symbol}=` : name === 'pow' ? '** or pow()' : symbol;
  return {
    operands: [value('left'), value('right')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'binary', symbol, method, reflected, inplace: inplace ? inplaceMethod : null, errorSymbol },
    doc: inplace
      ? `\`left ${symbol}= right\`: tries left.${inplaceMethod}(right); if missing or it returns ` +
        `NotImplemented, falls back to \`left ${symbol} right\` exactly as the non-inplace op. ` +
        `Raises TypeError "unsupported operand type(s) for ${errorSymbol}: 'A' and 'B'" when no method applies.`
      : `\`left ${symbol} right\`: left.${method}(right), then right.${reflected}(left) (tried first ` +
        `when type(right) is a proper subclass of type(left) overriding it). Raises TypeError ` +
        `"unsupported operand type(s) for ${errorSymbol}: 'A' and 'B'" when both return NotImplemented; ` +
        `the methods may raise anything (ZeroDivisionError, OverflowError, ...).`,
  };
}

function compare(symbol: string, name: string, reflected: string): OpSpec {
  return {
    operands: [value('left'), value('right')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'compare', symbol, method: `__${name}__`, reflected: `__${reflected}__` },
    doc: `\`left ${symbol} right\` (rich comparison): left.__${name}__(right), then ` +
      `right.__${reflected}__(left) (reflected first for a proper subclass). The result is any ` +
      `object, not necessarily a bool.` +
      (symbol === '==' || symbol === '!='
        ? ` When both return NotImplemented, falls back to identity (\`is\`${symbol === '!=' ? ' not' : ''}).`
        : ` Raises TypeError "'${symbol}' not supported between instances of 'A' and 'B'" when both return NotImplemented.`),
  };
}

function variable(scope: 'local' | 'global' | 'deref', action: 'load' | 'store' | 'delete',
  doc: string): OpSpec {
  const region: Region = scope === 'local' ? 'locals' : scope === 'global' ? 'globals' : 'cells';
  return {
    operands: action === 'store' ? [value('value')] : [],
    attrs: [{ name: 'name', kind: 'name' }],
    result: action === 'load' ? 'object' : null,
    flags: flags({
      mayRaise: action !== 'store',
      sideEffects: action !== 'load',
      reads: action === 'load' ? [region] : [],
      writes: action === 'load' ? [] : [region],
    }),
    semantics: { category: 'variable', scope, action },
    doc,
  };
}

function build(container: 'tuple' | 'list' | 'set', doc: string): OpSpec {
  return {
    operands: [], variadic: value('items'), attrs: [], result: container,
    flags: container === 'set' ? DYNAMIC : flags({ mayRaise: false }),
    semantics: { category: 'build', container }, doc,
  };
}

function container(action: Extract<Semantics, { category: 'container' }>['action'],
  operands: OperandSpec[], result: ValueKind | null, doc: string, raises = true): OpSpec {
  return {
    operands, attrs: [], result,
    flags: raises ? DYNAMIC : flags({ mayRaise: false, sideEffects: result === null, reads: ['heap'], writes: result === null ? ['heap'] : [] }),
    semantics: { category: 'container', action }, doc,
  };
}

const BINARY = {
  add: ['+', 'add'], sub: ['-', 'sub'], mul: ['*', 'mul'], matmul: ['@', 'matmul'],
  truediv: ['/', 'truediv'], floordiv: ['//', 'floordiv'], mod: ['%', 'mod'], pow: ['**', 'pow'],
  lshift: ['<<', 'lshift'], rshift: ['>>', 'rshift'], bit_and: ['&', 'and'], bit_or: ['|', 'or'],
  bit_xor: ['^', 'xor'],
} as const;

// --- The table ---

export const OPS = {
  // Values
  const: {
    operands: [], attrs: [{ name: 'value', kind: 'const', bare: true }], result: 'object', flags: PURE,
    semantics: { category: 'constant' },
    doc: 'The Python constant `value` (int, float, complex, str, bytes, bool, None, Ellipsis). ' +
      'Equal constants may or may not be the same object, as in CPython.',
  },
  phi: {
    operands: [], variadic: value('incoming'), attrs: [{ name: 'from', kind: 'blocks' }],
    result: 'object', flags: PURE, semantics: { category: 'phi' },
    doc: 'SSA merge: the i-th operand when control arrived from block `from[i]`. Phis come first ' +
      'in their block; `from` lists each predecessor exactly once.',
  },

  // Variables. Locals are named, not values: the SSA pass turns them into values and phis.
  load_local: variable('local', 'load', 'Reads local variable `name`. Raises UnboundLocalError ' +
    '"cannot access local variable \'x\' where it is not associated with a value" when unbound.'),
  store_local: variable('local', 'store', 'Binds local variable `name` to `value`.'),
  delete_local: variable('local', 'delete', 'Unbinds local `name`; raises UnboundLocalError ' +
    '(same message as load_local) when it is not bound.'),
  load_global: variable('global', 'load', 'Reads `name` from the module globals, then builtins. ' +
    'Raises NameError "name \'x\' is not defined".'),
  store_global: variable('global', 'store', 'Sets globals[`name`] = `value`.'),
  delete_global: variable('global', 'delete', 'Deletes globals[`name`]; raises NameError ' +
    '"name \'x\' is not defined" when absent.'),
  load_deref: variable('deref', 'load', 'Reads the contents of the cell `name` (a cellvar or ' +
    'freevar of this function). Empty cell: a cellvar raises UnboundLocalError (as load_local), ' +
    'a freevar raises NameError "cannot access free variable \'x\' where it is not associated ' +
    'with a value in enclosing scope". Exception: in a kind=comprehension function an empty ' +
    'freevar raises the UnboundLocalError, since CPython 3.12+ inlines comprehensions into the ' +
    'enclosing function (so their frames also do not appear in tracebacks).'),
  store_deref: variable('deref', 'store', 'Stores `value` into the cell `name`.'),
  delete_deref: variable('deref', 'delete', 'Empties the cell `name`; raises as load_deref when ' +
    'already empty.'),
  // A class body runs with a namespace dict instead of fast locals (CPython's LOAD_NAME/
  // STORE_NAME/DELETE_NAME): `namespace` is the body function's `.namespace` parameter.
  load_name: {
    operands: [value('namespace')], attrs: [{ name: 'name', kind: 'name' }], result: 'object',
    flags: flags({ reads: ['heap', 'globals'] }), semantics: { category: 'namespace', action: 'load' },
    doc: 'namespace[`name`], else globals[`name`], else builtins[`name`]; NameError "name \'x\' ' +
      'is not defined" when none has it.',
  },
  store_name: {
    operands: [value('namespace'), value('value')], attrs: [{ name: 'name', kind: 'name' }], result: null,
    flags: flags({ sideEffects: true, writes: ['heap'] }), semantics: { category: 'namespace', action: 'store' },
    doc: 'namespace[`name`] = `value` (the namespace dict may be any mapping a metaclass returns; ' +
      'pyx requires a dict).',
  },
  delete_name: {
    operands: [value('namespace')], attrs: [{ name: 'name', kind: 'name' }], result: null,
    flags: flags({ sideEffects: true, writes: ['heap'] }), semantics: { category: 'namespace', action: 'delete' },
    doc: 'del namespace[`name`]; NameError "name \'x\' is not defined" when absent.',
  },
  load_closure: {
    operands: [], attrs: [{ name: 'name', kind: 'name' }], result: 'cell',
    flags: flags({ mayRaise: false, reads: ['cells'] }),
    semantics: { category: 'variable', scope: 'closure', action: 'load' },
    doc: 'The cell object `name` itself (not its contents), to pass to make_function as part ' +
      'of a closure. Never raises.',
  },

  // Operators. The inplace_* forms implement augmented assignment.
  ...(Object.fromEntries(Object.entries(BINARY).map(([op, [symbol, name]]) =>
    [op, binary(symbol, name, false)])) as Record<keyof typeof BINARY, OpSpec>),
  ...(Object.fromEntries(Object.entries(BINARY).map(([op, [symbol, name]]) =>
    [`inplace_${op}`, binary(symbol, name, true)])) as
    Record<`inplace_${keyof typeof BINARY}`, OpSpec>),
  neg: {
    operands: [value('operand')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'unary', symbol: '-', method: '__neg__' },
    doc: '`-operand` via __neg__; TypeError "bad operand type for unary -: \'T\'".',
  },
  pos: {
    operands: [value('operand')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'unary', symbol: '+', method: '__pos__' },
    doc: '`+operand` via __pos__; TypeError "bad operand type for unary +: \'T\'".',
  },
  invert: {
    operands: [value('operand')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'unary', symbol: '~', method: '__invert__' },
    doc: '`~operand` via __invert__; TypeError "bad operand type for unary ~: \'T\'".',
  },
  not: {
    operands: [value('operand')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'unary', symbol: 'not', method: null },
    doc: '`not operand`: True or False from the truth value (__bool__, then __len__); those may raise.',
  },
  lt: compare('<', 'lt', 'gt'),
  le: compare('<=', 'le', 'ge'),
  eq: compare('==', 'eq', 'eq'),
  ne: compare('!=', 'ne', 'ne'),
  gt: compare('>', 'gt', 'lt'),
  ge: compare('>=', 'ge', 'le'),
  is: {
    operands: [value('left'), value('right')], attrs: [], result: 'object', flags: PURE,
    semantics: { category: 'identity', negate: false },
    doc: '`left is right`: True when both are the same object.',
  },
  is_not: {
    operands: [value('left'), value('right')], attrs: [], result: 'object', flags: PURE,
    semantics: { category: 'identity', negate: true },
    doc: '`left is not right`.',
  },
  in: {
    operands: [value('item'), value('container')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'membership', negate: false },
    doc: '`item in container`: container.__contains__(item) made a bool, else iterates ' +
      'container comparing with `is` then `==`. TypeError "argument of type \'T\' is not iterable".',
  },
  not_in: {
    operands: [value('item'), value('container')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'membership', negate: true },
    doc: '`item not in container`: the negation of `in`, raising the same errors.',
  },

  // Building containers and strings
  build_tuple: build('tuple', 'A new tuple of the operands, in order.'),
  build_list: build('list', 'A new list of the operands, in order.'),
  build_set: build('set', 'A new set of the operands added in order (so hashing may raise ' +
    'TypeError "unhashable type: \'T\'" and run __hash__/__eq__).'),
  build_dict: {
    operands: [], variadic: { name: 'keys_and_values', kind: 'object', pairs: true }, attrs: [],
    result: 'dict', flags: DYNAMIC,
    semantics: { category: 'build', container: 'dict' },
    doc: 'A new dict from operands key0, value0, key1, value1, ... inserted in order (a later ' +
      'equal key overwrites the value but keeps the first key). Hashing may raise.',
  },
  build_slice: {
    operands: [value('start'), value('stop'), value('step')], attrs: [], result: 'object',
    flags: flags({ mayRaise: false }), semantics: { category: 'build', container: 'slice' },
    doc: 'slice(start, stop, step); absent parts are None constants.',
  },
  build_string: {
    operands: [], variadic: value('parts'), attrs: [], result: 'str',
    flags: flags({ mayRaise: false }), semantics: { category: 'build', container: 'string' },
    doc: 'Concatenation of the operands, which are always str objects (the constant pieces ' +
      'and format_value results of an f-string).',
  },
  format_value: {
    operands: [value('value'), { name: 'spec', kind: 'object', optional: true }],
    attrs: [{ name: 'conversion', kind: 'enum', values: ['none', 's', 'r', 'a'] }],
    result: 'str', flags: DYNAMIC, semantics: { category: 'format' },
    doc: 'An f-string replacement field: applies the conversion (str(), repr() or ascii()) to ' +
      '`value`, then format(converted, spec) (spec, always a str, is "" when absent). Raises what __format__ ' +
      'raises, e.g. ValueError "Invalid format specifier ...".',
  },
  list_append: container('list_append', [value('list', 'list'), value('item')], null,
    'list.append(item) on a list made by build_list (list comprehensions).', false),
  list_extend: container('list_extend', [value('list', 'list'), value('iterable')], null,
    'list.extend(iterable) for `*iterable` in a display; TypeError "Value after * must be an ' +
    'iterable, not T" when not iterable.'),
  list_to_tuple: container('list_to_tuple', [value('list', 'list')], 'tuple',
    'tuple(list): finishes a tuple display that contains `*` items.', false),
  set_add: container('set_add', [value('set', 'set'), value('item')], null,
    'set.add(item); hashing may raise TypeError "unhashable type: \'T\'".'),
  set_update: container('set_update', [value('set', 'set'), value('iterable')], null,
    'set.update(iterable) for `*iterable` in a set display; TypeError "\'T\' object is not iterable".'),
  dict_set: container('dict_set', [value('dict', 'dict'), value('key'), value('value')], null,
    'dict[key] = value on a dict made by build_dict (dict comprehensions); hashing may raise.'),
  dict_update: container('dict_update', [value('dict', 'dict'), value('mapping')], null,
    'dict.update(mapping) for `**mapping` in a dict display; TypeError "\'T\' object is not a ' +
    'mapping" when it is not one.'),
  dict_merge: container('dict_merge', [value('dict', 'dict'), value('mapping'), value('callee')], null,
    'Merges `**mapping` into the keyword dict of a call to `callee` (used only for the message, ' +
    'where F names it as CPython\'s _PyObject_FunctionStr does: "print()", "__main__.f()"): ' +
    'TypeError "F got multiple values for keyword argument \'k\'" on a repeated key, "F ' +
    'argument after ** must be a mapping, not T" when not a mapping.'),
  tuple_get: {
    operands: [value('tuple', 'tuple')], attrs: [{ name: 'index', kind: 'int' }], result: 'object',
    flags: PURE, semantics: { category: 'container', action: 'tuple_get' },
    doc: 'Item `index` of a tuple made by unpack_sequence/unpack_ex (the verifier keeps it in range).',
  },

  // Attributes and subscripts
  load_attr: {
    operands: [value('object')], attrs: [{ name: 'name', kind: 'name' }], result: 'object',
    flags: DYNAMIC, semantics: { category: 'attribute', action: 'load' },
    doc: '`object.name`; AttributeError "\'T\' object has no attribute \'name\'" (module: "module ' +
      '\'m\' has no attribute \'name\'").',
  },
  store_attr: {
    operands: [value('object'), value('value')], attrs: [{ name: 'name', kind: 'name' }],
    result: null, flags: DYNAMIC, semantics: { category: 'attribute', action: 'store' },
    doc: '`object.name = value`.',
  },
  delete_attr: {
    operands: [value('object')], attrs: [{ name: 'name', kind: 'name' }], result: null,
    flags: DYNAMIC, semantics: { category: 'attribute', action: 'delete' },
    doc: '`del object.name`.',
  },
  subscr: {
    operands: [value('container'), value('key')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'subscript', action: 'load' },
    doc: '`container[key]` via __getitem__ (a slice key comes from build_slice); IndexError, ' +
      'KeyError, TypeError "\'T\' object is not subscriptable".',
  },
  store_subscr: {
    operands: [value('container'), value('key'), value('value')], attrs: [], result: null,
    flags: DYNAMIC, semantics: { category: 'subscript', action: 'store' },
    doc: '`container[key] = value` via __setitem__; TypeError "\'T\' object does not support ' +
      'item assignment".',
  },
  delete_subscr: {
    operands: [value('container'), value('key')], attrs: [], result: null, flags: DYNAMIC,
    semantics: { category: 'subscript', action: 'delete' },
    doc: '`del container[key]` via __delitem__; TypeError "\'T\' object doesn\'t support item deletion".',
  },

  // Calls and functions
  call: {
    operands: [value('callee')], variadic: value('arguments'),
    attrs: [{ name: 'kwnames', kind: 'names', optional: true }], result: 'object', flags: DYNAMIC,
    semantics: { category: 'call', form: 'vector' },
    doc: 'callee(*positional, **keywords): the last len(kwnames) arguments are keyword ' +
      'arguments named by `kwnames`, the others positional. Argument binding errors are ' +
      'TypeErrors as CPython words them; the callee may raise anything.',
  },
  call_ex: {
    operands: [value('callee'), value('arguments'), { name: 'keywords', kind: 'dict', optional: true }],
    attrs: [], result: 'object', flags: DYNAMIC, semantics: { category: 'call', form: 'ex' },
    doc: 'callee(*arguments, **keywords), for calls that use `*` or `**`: `keywords` is a dict ' +
      'built by build_dict/dict_merge. `arguments` is a tuple (from list_to_tuple) or, for a call ' +
      'whose only positional argument is `*x`, x itself, turned into a tuple here: TypeError ' +
      '"F argument after * must be an iterable, not T" when it is not iterable, where F names ' +
      'the callee as CPython\'s _PyObject_FunctionStr does ("print()", "__main__.f()"). A ' +
      'non-str key in `keywords` raises TypeError "keywords must be strings".',
  },
  make_function: {
    operands: [], variadic: value('defaults_and_cells'), attrs: [{ name: 'fn', kind: 'func' }],
    result: 'object', flags: flags({ mayRaise: false }),
    semantics: { category: 'function' },
    doc: 'A new function object for module function `fn`, with this module\'s globals. Operands: ' +
      'the defaults of its positional parameters that have one (in order), then those of its ' +
      'keyword-only parameters that have one (in order), then one cell per freevar of `fn` (in ' +
      'the order of its freevars, from load_closure).',
  },

  // Iteration and unpacking
  get_iter: {
    operands: [value('iterable')], attrs: [], result: 'iterator', flags: DYNAMIC,
    semantics: { category: 'iterate', action: 'get_iter' },
    doc: 'iter(iterable); TypeError "\'T\' object is not iterable".',
  },
  for_iter: {
    operands: [value('iterator', 'iterator')],
    attrs: [{ name: 'body', kind: 'block' }, { name: 'exit', kind: 'block' }], result: 'object',
    flags: flags({ terminator: true, sideEffects: true, reads: ALL, writes: ALL }),
    semantics: { category: 'iterate', action: 'for_iter' },
    doc: 'Calls next(iterator): on a value, defines the result and jumps to `body`; on ' +
      'StopIteration jumps to `exit` (the result is then undefined). `body` must have this ' +
      'block as its only predecessor, and the result may only be used where `body` dominates. ' +
      'Other exceptions propagate.',
  },
  release_iter: {
    operands: [value('iterator')], attrs: [], result: null,
    flags: flags({ mayRaise: false, sideEffects: true, reads: ALL, writes: ALL }),
    semantics: { category: 'iterate', action: 'release' },
    doc: 'The last reference to a temporary iterator is dropped: CPython\'s POP_TOP of a `for` ' +
      'iterator that only the loop held, when `break`, `return` or an exception leaves the ' +
      'loop, or the freeing of a temporary argument of any()/all()/next() when the call ' +
      'returns. A generator object not finished is closed there, as its deallocation would ' +
      'close it; anything else is left alone. An exception from close() is printed to stderr ' +
      'as unraisable ("Exception ignored in: ...") and not raised.',
  },
  unpack_sequence: {
    operands: [value('sequence')], attrs: [{ name: 'count', kind: 'int' }], result: 'tuple',
    flags: DYNAMIC, semantics: { category: 'unpack', starred: false },
    doc: 'Iterates `sequence` into a tuple of exactly `count` items. ValueError "not enough ' +
      'values to unpack (expected N, got M)" / "too many values to unpack (expected N)"; ' +
      'TypeError "cannot unpack non-iterable T object".',
  },
  unpack_ex: {
    operands: [value('sequence')], attrs: [{ name: 'before', kind: 'int' }, { name: 'after', kind: 'int' }],
    result: 'tuple', flags: DYNAMIC, semantics: { category: 'unpack', starred: true },
    doc: 'Starred unpacking: a tuple of `before` items, then a list of the middle items, then ' +
      '`after` items. ValueError "not enough values to unpack (expected at least N, got M)" ' +
      '(N = before + after); TypeError "cannot unpack non-iterable T object".',
  },

  // Modules and builtins
  import_name: {
    operands: [], attrs: [{ name: 'name', kind: 'name' }, { name: 'level', kind: 'int' },
      { name: 'fromlist', kind: 'names', optional: true }], result: 'object', flags: DYNAMIC,
    semantics: { category: 'import', action: 'module' },
    doc: 'CPython\'s IMPORT_NAME (`__import__(name, globals, None, fromlist, level)` with this ' +
      'frame\'s globals): resolves a relative `name` (`level` > 0) against the globals\' ' +
      '`__package__`/`__name__`, then imports each dotted prefix: sys.modules, else the ' +
      'runtime\'s built-in modules, else a `.py` file or package on sys.path (or the parent ' +
      'package\'s `__path__`); a module\'s body runs once, in its own globals. Without ' +
      '`fromlist` (`import a.b.c`) the result is the top-level package `a`; with it (a ' +
      '`from` import) the module itself, after importing each listed name that is a submodule ' +
      '(`*`: those of its `__all__`). ModuleNotFoundError "No module named \'x\'"; ImportError ' +
      '"attempted relative import with no known parent package" / "... beyond top-level package"; ' +
      'whatever the module\'s body raises (SyntaxError for its source). The result is whatever ' +
      'sys.modules holds, which need not be a module.',
  },
  import_from: {
    operands: [value('module')], attrs: [{ name: 'name', kind: 'name' }], result: 'object',
    flags: DYNAMIC, semantics: { category: 'import', action: 'from' },
    doc: 'CPython\'s IMPORT_FROM: getattr(module, name), else sys.modules["<module>.<name>"] ' +
      '(a submodule still being imported); ImportError "cannot import name \'x\' from \'m\' ' +
      '(/path/m.py)" ("unknown location" without `__file__`; "partially initialized module ' +
      '... (most likely due to a circular import)" while m\'s body runs).',
  },
  import_star: {
    operands: [value('module')], attrs: [], result: null, flags: DYNAMIC,
    semantics: { category: 'import', action: 'star' },
    doc: '`from module import *` at module level: binds in this frame\'s globals each name of ' +
      'the module\'s `__all__` (AttributeError "module \'m\' has no attribute \'x\'" for a ' +
      'missing one), or else each name of its namespace not starting with `_`.',
  },
  load_assertion_error: {
    operands: [], attrs: [], result: 'object', flags: PURE,
    semantics: { category: 'builtin', name: 'AssertionError' },
    doc: 'The builtin AssertionError class, whatever the globals say (as CPython\'s ' +
      'LOAD_ASSERTION_ERROR).',
  },

  // Exceptions: handler blocks, the handled-exception stack, `with`
  landing: {
    operands: [], attrs: [], result: 'object',
    flags: flags({ mayRaise: false, sideEffects: true }),
    semantics: { category: 'exception', action: 'landing' },
    doc: 'The exception that transferred control here: the first instruction (after phis) of ' +
      'every handler block and only there. The runtime\'s errors arrive as exception objects ' +
      'of the builtin classes; the exception already carries this frame\'s traceback entry. ' +
      'An exception raised while another is being handled (see push_exc) gets that one as ' +
      '__context__ here, at its first landing, as CPython sets it when raising.',
  },
  exc_match: {
    operands: [value('exception'), value('type')], attrs: [], result: 'object',
    flags: flags({ reads: ['heap'] }),
    semantics: { category: 'exception', action: 'match' },
    doc: 'True when `exception` is an instance of `type` (a class or a tuple of classes, ' +
      'not nested), else False: the test of an `except T` clause. TypeError ' +
      '"catching classes that do not inherit from BaseException is not allowed" otherwise.',
  },
  push_exc: {
    operands: [value('exception')], attrs: [], result: null,
    flags: flags({ mayRaise: false, sideEffects: true, writes: ['heap'] }),
    semantics: { category: 'exception', action: 'push' },
    doc: 'Enters an except/finally handler: `exception` becomes the one being handled ' +
      '(sys.exc_info(), bare `raise`, the __context__ of exceptions raised meanwhile). Every ' +
      'path out of the handler, the exceptional one included, runs pop_exc.',
  },
  pop_exc: {
    operands: [], attrs: [], result: null,
    flags: flags({ mayRaise: false, sideEffects: true, writes: ['heap'] }),
    semantics: { category: 'exception', action: 'pop' },
    doc: 'Leaves the handler entered by the matching push_exc: the exception handled before it ' +
      'is current again.',
  },
  current_exc: {
    operands: [], attrs: [], result: 'object',
    flags: flags({ reads: ['heap'] }),
    semantics: { category: 'exception', action: 'current' },
    doc: 'The exception being handled, for a bare `raise`. RuntimeError "No active exception ' +
      'to reraise" when none is.',
  },
  reraise: {
    operands: [value('exception')], attrs: [], result: null,
    flags: flags({ terminator: true, sideEffects: true }),
    semantics: { category: 'exception', action: 'reraise' },
    doc: 'Raises `exception` (an exception object) again, unchanged: its traceback gains no ' +
      'entry for this frame and its __context__ is kept (a bare `raise`, an unmatched ' +
      '`except`, the end of a `finally` or `with` entered by an exception).',
  },
  with_exit: {
    operands: [value('manager')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'exception', action: 'with_exit' },
    doc: 'The bound `manager.__exit__`, after checking that the type of `manager` has ' +
      '`__enter__` and `__exit__`: TypeError "\'T\' object does not support the context ' +
      'manager protocol" (with " (missed __exit__ method)" when only __exit__ is missing).',
  },
  with_enter: {
    operands: [value('manager')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'exception', action: 'with_enter' },
    doc: '`manager.__enter__()`, after with_exit checked the protocol.',
  },
  with_exit_exc: {
    operands: [value('exit'), value('exception')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'exception', action: 'with_exit_exc' },
    doc: '`exit(type(exception), exception, None)` for a `with` body left by an exception ' +
      '(pyx has no traceback objects yet, so the third argument is None); a true result ' +
      'suppresses the exception.',
  },

  // Pattern matching: the tests of `match` (lower/match.ts); captures, comparisons and
  // unpacking use the ordinary ops.
  match_sequence: {
    operands: [value('subject')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'match', action: 'sequence' },
    doc: 'True when `subject` may match a sequence pattern (CPython\'s Py_TPFLAGS_SEQUENCE): a ' +
      'list, tuple or range, or an object whose class derives from or was registered with ' +
      'collections.abc.Sequence (asked with isinstance, which may run Python code); never a str, ' +
      'bytes or bytearray.',
  },
  match_mapping: {
    operands: [value('subject')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'match', action: 'mapping' },
    doc: 'True when `subject` may match a mapping pattern (Py_TPFLAGS_MAPPING): a dict, or an object ' +
      'whose class derives from or was registered with collections.abc.Mapping.',
  },
  get_len: {
    operands: [value('subject')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'match', action: 'len' },
    doc: '`len(subject)` as an int, whatever `len` names in the program (CPython\'s GET_LEN); ' +
      'raises what len() raises.',
  },
  match_keys: {
    operands: [value('subject')], variadic: value('keys'), attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'match', action: 'keys' },
    doc: 'For a mapping pattern: a tuple of `subject[key]` for each key, looked up without ' +
      '__missing__ (a dict directly, another mapping through `subject.get(key, missing)`), or ' +
      'None when a key is absent. ValueError "mapping ' +
      'pattern checks duplicate key (K)" when two keys are equal; hashing may raise.',
  },
  match_class: {
    operands: [value('subject'), value('cls')],
    attrs: [{ name: 'count', kind: 'int' }, { name: 'names', kind: 'names' }], result: 'object', flags: DYNAMIC,
    semantics: { category: 'match', action: 'class' },
    doc: 'For a class pattern `cls(p0, ..., k0=q0, ...)` with `count` positional sub-patterns and ' +
      'keyword attributes `names`: None unless isinstance(subject, cls); else a tuple of the ' +
      '`count` attributes named by cls.__match_args__ (the subject itself for one positional ' +
      'sub-pattern of bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple), then ' +
      'the `names` attributes; None when one is missing (AttributeError). TypeErrors as CPython: ' +
      '"called match pattern must be a class", "C.__match_args__ must be a tuple (got T)", "C() ' +
      'accepts N positional sub-patterns (M given)", "__match_args__ elements must be strings (got ' +
      'T)", "C() got multiple sub-patterns for attribute \'a\'".',
  },

  // `except*` (lower/exceptions.ts, docs/exceptions.md): CPython's CHECK_EG_MATCH and
  // PREP_RERAISE_STAR; the clause bodies use push_exc/pop_exc/reraise as `except` does.
  exc_star_match: {
    operands: [value('exception'), value('type')], attrs: [], result: 'tuple', flags: DYNAMIC,
    semantics: { category: 'exception', action: 'star_match' },
    doc: 'The test of an `except* T` clause on `exception` (what earlier clauses left, None when ' +
      'nothing is left): a tuple (match, rest). An exception that is an instance of `type` matches ' +
      'whole (a naked one wrapped in ExceptionGroup("", (e,))); a group is split with ' +
      'split(type); None parts mean nothing. TypeError "catching classes that do not inherit from ' +
      'BaseException is not allowed", or "catching ExceptionGroup with except* is not allowed. Use ' +
      'except instead."; split runs no Python code for builtin groups.',
  },
  exc_star_reraise: {
    operands: [value('original'), value('raised', 'list')], attrs: [], result: 'object',
    flags: flags({ reads: ['heap'] }),
    semantics: { category: 'exception', action: 'star_reraise' },
    doc: 'What a try/except* raises at its end, or None (CPython\'s _PyExc_PrepReraiseStar): ' +
      '`raised` lists what the clauses raised and, last, the unhandled rest. Parts of `original` ' +
      '(same traceback, cause and context: re-raised or unhandled) are merged back with its ' +
      'nesting; exceptions raised anew join them in an ExceptionGroup("", [...]).',
  },

  // Control flow: the terminators
  jump: {
    operands: [], attrs: [{ name: 'target', kind: 'block' }], result: null,
    flags: flags({ mayRaise: false, terminator: true }),
    semantics: { category: 'control', action: 'jump' },
    doc: 'Continues at `target`.',
  },
  branch: {
    operands: [value('condition')],
    attrs: [{ name: 'then', kind: 'block' }, { name: 'else', kind: 'block' }], result: null,
    flags: flags({ terminator: true, reads: ALL, writes: ALL }),
    semantics: { category: 'control', action: 'branch' },
    doc: 'Tests the truth value of `condition` (bool() protocol: __bool__, then __len__, which ' +
      'may raise) and continues at `then` when true, else at `else`.',
  },
  return: {
    operands: [value('value')], attrs: [], result: null,
    flags: flags({ mayRaise: false, terminator: true, sideEffects: true }),
    semantics: { category: 'control', action: 'return' },
    doc: 'Returns `value` to the caller.',
  },
  raise: {
    operands: [value('exception'), { name: 'cause', kind: 'object', optional: true }], attrs: [],
    result: null, flags: flags({ terminator: true, sideEffects: true }),
    semantics: { category: 'control', action: 'raise' },
    doc: '`raise exception [from cause]`: an exception class is instantiated with no ' +
      'arguments first; TypeError "exceptions must derive from BaseException" otherwise. ' +
      'A cause (class, instantiated likewise, instance or None) becomes __cause__ and sets ' +
      '__suppress_context__; TypeError "exception causes must derive from BaseException" ' +
      'otherwise. Always transfers to the block\'s handler, or out of the function.',
  },

  // Generators: a `yield` suspends the frame at a block boundary (docs/ir.md design).
  yield_value: {
    operands: [value('value')], attrs: [{ name: 'resume', kind: 'block' }], result: null,
    flags: flags({ mayRaise: false, terminator: true, sideEffects: true, reads: ALL, writes: ALL }),
    semantics: { category: 'generator', action: 'yield' },
    doc: 'Suspends the generator whose frame this is, handing `value` to its caller (next(), ' +
      'send(), throw() or the for loop); the next resumption continues at `resume`, which must ' +
      'start with `resume_value`. Only in generator functions (a function with a yield_value ' +
      'is a generator: calling it makes a generator object instead of running the body).',
  },
  resume_value: {
    operands: [], attrs: [], result: 'object',
    flags: flags({ sideEffects: true, reads: ALL, writes: ALL }),
    semantics: { category: 'generator', action: 'resume' },
    doc: 'The value of the `yield` expression that suspended here: the argument of send() ' +
      '(None for next()); raises the exception given to throw() (GeneratorExit for close()) ' +
      'instead, so the handler of the resume block receives it.',
  },
  delegate_send: {
    operands: [value('iterator', 'iterator'), value('sent')], attrs: [], result: 'tuple',
    flags: DYNAMIC,
    semantics: { category: 'generator', action: 'delegate' },
    doc: 'One step of `yield from`: sends `sent` to `iterator` (next() when it is None, else its ' +
      'send method; a generator is resumed directly) and returns (False, yielded value), or ' +
      '(True, return value) once it is exhausted (the StopIteration value; None for other ' +
      'iterators). Other exceptions propagate. An exception thrown into the suspended generator ' +
      '(throw()/close()) is handled here: GeneratorExit closes the sub-generator and is raised, ' +
      'others are thrown into a sub-generator (raised here for other iterators).',
  },

  // Coroutines (docs/generators.md, "Coroutines"): `await` is a `yield from` over the
  // awaitable's iterator, so it lowers to get_awaitable plus the delegate_send loop.
  async_function: {
    operands: [], attrs: [{ name: 'kind', kind: 'enum', values: ['coroutine', 'async_generator'], bare: true }], result: null,
    flags: flags({ mayRaise: false, sideEffects: true }),
    semantics: { category: 'generator', action: 'async_function' },
    doc: 'Marks an `async def` (first op of its entry block; does nothing when run): calling the ' +
      'function makes a coroutine object, or an async generator object when the body has a ' +
      '`yield`, instead of running the body. Its side effect flag keeps passes from deleting it.',
  },
  get_awaitable: {
    operands: [value('value')], attrs: [{ name: 'where', kind: 'enum', values: ['await', 'aenter', 'aexit'], bare: true }],
    result: 'iterator', flags: DYNAMIC,
    semantics: { category: 'generator', action: 'awaitable' },
    doc: 'The iterator an `await value` delegates to (CPython\'s GET_AWAITABLE): a coroutine itself ' +
      '(RuntimeError "coroutine is being awaited already" when another await holds it), else ' +
      '`type(value).__await__(value)`, which must return an iterator that is not a coroutine. ' +
      'TypeError otherwise; `where` picks the message: "object T can\'t be used in \'await\' ' +
      'expression", or "\'async with\' received an object from __aenter__/__aexit__ that does not ' +
      'implement __await__: T".',
  },
  async_gen_wrap: {
    operands: [value('value')], attrs: [], result: 'object', flags: flags({ mayRaise: false }),
    semantics: { category: 'generator', action: 'async_gen_wrap' },
    doc: 'Wraps the value of a `yield` in an async generator before its yield_value, so that the ' +
      'async generator\'s __anext__/asend awaitable tells a value for the `async for` (wrapped: it ' +
      'ends the await with StopIteration(value)) from one an inner `await` passes up to the event ' +
      'loop (not wrapped), as CPython\'s ASYNC_GEN_WRAP.',
  },
  get_aiter: {
    operands: [value('iterable')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'generator', action: 'aiter' },
    doc: '`type(iterable).__aiter__(iterable)` for `async for`, checked to have `__anext__` (TypeError ' +
      '"\'async for\' requires an object with __aiter__ method, got T" / "... received an object from ' +
      '__aiter__ that does not implement __anext__: T").',
  },
  get_anext: {
    operands: [value('aiterator')], attrs: [], result: 'iterator', flags: DYNAMIC,
    semantics: { category: 'generator', action: 'anext' },
    doc: 'The awaitable iterator of `aiterator.__anext__()` (as get_awaitable; TypeError "\'async for\' ' +
      'received an invalid object from __anext__: T"). Awaiting it raises StopAsyncIteration at the end.',
  },
  async_with_exit: {
    operands: [value('manager')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'generator', action: 'async_with_exit' },
    doc: 'The bound `manager.__aexit__`, after checking that the type of `manager` has `__aenter__` and ' +
      '`__aexit__`: TypeError "\'T\' object does not support the asynchronous context manager ' +
      'protocol" (with " (missed __aexit__ method)" when only __aexit__ is missing).',
  },
  async_with_enter: {
    operands: [value('manager')], attrs: [], result: 'object', flags: DYNAMIC,
    semantics: { category: 'generator', action: 'async_with_enter' },
    doc: '`manager.__aenter__()` (an awaitable: the lowering awaits it), after async_with_exit checked ' +
      'the protocol.',
  },
  end_async_for: {
    operands: [value('exception')], attrs: [], result: 'object', flags: PURE,
    semantics: { category: 'generator', action: 'end_async_for' },
    doc: 'True when `exception` (a landing\'s value) is a StopAsyncIteration, which ends an `async for` ' +
      'loop normally; False for any other exception, which the lowered code re-raises.',
  },
} as const satisfies Record<string, OpSpec>;

/** The name of an op: exactly the keys of the table. */
export type OpName = keyof typeof OPS;

/** The table with each entry widened to OpSpec (optional fields readable everywhere). */
export const OP_TABLE: Readonly<Record<OpName, OpSpec>> = OPS;
export const OP_NAMES = Object.keys(OPS) as readonly OpName[];

export function isOpName(name: string): name is OpName {
  return Object.hasOwn(OPS, name);
}

/** Block-valued attributes of an op, in table order: its successors when a terminator. */
export function blockAttrs(op: OpName): readonly AttrSpec[] {
  return OP_TABLE[op].attrs.filter((attr) => attr.kind === 'block' || attr.kind === 'blocks');
}

// --- For the interpreter and the JIT ---

export type SemanticsCategory = Semantics['category'];
export type SemanticsOf<C extends SemanticsCategory> = Extract<Semantics, { readonly category: C }>;

/**
 * An evaluator per semantics category. Typing a dispatch table as `CategoryHandlers<...>`
 * makes tsc reject a backend that misses a category; the handler then reads the op's
 * data (dunder names, variable scope, ...) from `semantics` instead of hard-coding it.
 */
export type CategoryHandlers<Args extends unknown[], Result> = {
  readonly [C in SemanticsCategory]: (semantics: SemanticsOf<C>, ...args: Args) => Result;
};

/** Calls the handler of `op`'s category with its (precisely typed) semantics. */
export function dispatch<Args extends unknown[], Result>(handlers: CategoryHandlers<Args, Result>, op: OpName, ...args: Args): Result {
  const semantics = OP_TABLE[op].semantics;
  return (handlers[semantics.category] as (semantics: Semantics, ...args: Args) => Result)(semantics, ...args);
}

/** The ops of each semantics category, in table order. */
export const OPS_BY_CATEGORY: Readonly<Record<SemanticsCategory, readonly OpName[]>> = (() => {
  const groups = {} as Record<SemanticsCategory, OpName[]>;
  for (const name of OP_NAMES) (groups[OP_TABLE[name].semantics.category] ??= []).push(name);
  return groups;
})();
