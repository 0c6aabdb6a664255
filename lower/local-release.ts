// Locals whose generator CPython's reference counting closes when the function returns:
// `g = make()` (a call or a generator expression, lower/exceptions.ts isTemporaryIterable) as
// a statement of the function's own body, where nothing but the consuming uses below ever
// reads `g`, so the local is the generator's only reference and `return` frees it. The
// lowering then releases `g` (release_iter) on every `return` after that statement and at the
// end of the body (lower/functions.ts). An exception leaving the function is not such a
// point: CPython's traceback keeps the frame, and with it `g`, alive.

import type * as A from '../ast/nodes.js';
import type { Ctx } from './context.js';
import { isTemporaryIterable } from './exceptions.js';

/** Builtins whose call may expose a frame's locals (then any local may escape). */
const LOCALS_READERS = new Set(['locals', 'vars', 'eval', 'exec']);
/** Generator methods that use the generator without keeping a reference to it. */
const CONSUMING_METHODS = new Set(['send', 'throw', 'close']);

type Node = { readonly _type: string } & Record<string, unknown>;

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) { for (const item of value) if (item !== null && typeof item === 'object' && '_type' in item) out.push(item as Node); }
    else if (value !== null && typeof value === 'object' && '_type' in value) out.push(value as Node);
  }
  return out;
}

/**
 * The top-level statements of `body` after which a local holds a generator only the function
 * refers to, with that local's name. Invariant: each name is a plain local (not a parameter,
 * cell or global), stored exactly once (by that statement) and never deleted, and every load
 * of it is `next(g…)`, `for … in g`, `g.send/throw/close(…)` or the outermost iterable of a
 * list, set or dict comprehension.
 */
export function releasableLocals(ctx: Ctx, params: readonly string[], body: A.stmt[]): Map<A.stmt, string> {
  // A name stored by two such statements is no candidate (null): the second store frees the first.
  const candidates = new Map<string, A.stmt | null>();
  for (const s of body) {
    if (s._type !== 'Assign' || s.targets.length !== 1 || s.targets[0]._type !== 'Name') continue;
    const name = s.targets[0].id;
    if (!isTemporaryIterable(s.value) || ctx.scope.binding(name) !== 'local' || params.includes(name)) continue;
    candidates.set(name, candidates.has(name) ? null : s);
  }
  if (candidates.size === 0) return new Map();
  const stores = new Map<string, number>();
  const escaped = new Set<string>();
  let readsLocals = false;
  const visit = (node: Node, parent: Node | null, grand: Node | null): void => {
    if (node._type === 'Call') {
      const func = (node as unknown as A.Call).func;
      if (func._type === 'Name' && LOCALS_READERS.has(func.id)) readsLocals = true;
    }
    if (node._type === 'Name') {
      const name = (node as unknown as A.Name);
      if (candidates.has(name.id)) {
        if (name.ctx._type === 'Store') stores.set(name.id, (stores.get(name.id) ?? 0) + 1);
        else if (name.ctx._type === 'Del' || !consuming(node, parent, grand)) escaped.add(name.id);
      }
    }
    for (const child of children(node)) visit(child, node, parent);
  };
  for (const s of body) visit(s as unknown as Node, null, null);
  const out = new Map<A.stmt, string>();
  if (readsLocals) return out;
  for (const [name, s] of candidates) {
    if (s !== null && stores.get(name) === 1 && !escaped.has(name)) out.set(s, name);
  }
  return out;
}

/** Whether a load of the local `node` (a Name) uses its generator without keeping it. */
function consuming(node: Node, parent: Node | null, grand: Node | null): boolean {
  if (parent === null) return false;
  switch (parent._type) {
    case 'Call': {
      const call = parent as unknown as A.Call;
      return call.func._type === 'Name' && call.func.id === 'next' && call.args[0] === (node as unknown) && call.keywords.length === 0;
    }
    case 'For': return (parent as unknown as A.For).iter === (node as unknown);
    case 'Attribute': {
      const attr = parent as unknown as A.Attribute;
      return CONSUMING_METHODS.has(attr.attr) && grand?._type === 'Call' && (grand as unknown as A.Call).func === (attr as unknown);
    }
    case 'comprehension': {
      // The outermost iterable of a list, set or dict comprehension: the comprehension holds
      // it only while it runs (a generator expression would keep it).
      const generators = (grand as unknown as A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp | null);
      return grand !== null && grand._type !== 'GeneratorExp' && generators!.generators[0] === (parent as unknown)
        && (parent as unknown as A.comprehension).iter === (node as unknown);
    }
    default: return false;
  }
}
