// NameError's "Did you mean" (traceback.py's _compute_suggestion_error for NameError): the
// candidates are the frame's bound locals, then its globals, then the builtins, in that order;
// inside a method whose `self` has the name, the suggestion is `self.name`; a standard
// library module name adds "Did you forget to import 'x'?".

import type { Heap, Value } from '../../runtime/index.js';
import { isNull, dictNext, dictEntryKey, strToJs } from '../../runtime/index.js';
import { raise, PyRaise } from '../../runtime/builtins/exceptions.js';
import { tid } from '../../runtime/builtins/protocol.js';
import { TypeId } from '../../runtime/layout.js';
import { loadAttr } from '../../runtime/builtins/objects.js';
import { cellGet } from '../../runtime/objects.js';
import { attachSuggestion, attachFields, bestSuggestion, BUILTIN_NAMES, didYouMean } from '../../runtime/builtins/suggestions.js';
import { STDLIB_MODULE_NAMES } from './stdlib-names.js';
import type { Code } from './state.js';

function dictNames(heap: Heap, d: Value): string[] {
  const out: string[] = [];
  for (let p = dictNext(heap, d, 0); p >= 0; p = dictNext(heap, d, p + 1)) {
    const k = dictEntryKey(heap, d, p);
    if (tid(heap, k) === TypeId.STR) { const s = strToJs(heap, k); if (!s.startsWith('\0')) out.push(s); }
  }
  return out;
}

/**
 * Raises `NameError: name 'x' is not defined` from the frame at slot base `b` of `code`
 * (`globals` its module dict), with the suggestion CPython's traceback would print.
 */
export function raiseNameError(heap: Heap, code: Code | null, b: number, globals: Value, name: string): never {
  const locals: string[] = [];
  let selfHasName = false;
  if (code !== null && code.fn.kind !== 'module') {
    for (const [local, slot] of code.localSlot) if (!isNull(heap.f64[b + slot])) locals.push(local);
    for (const [cell, slot] of code.cellSlot) {
      const c = heap.f64[b + slot];
      if (!isNull(c) && tid(heap, c) === TypeId.CELL && !isNull(cellGet(heap, c))) locals.push(cell);
    }
    const selfSlot = code.localSlot.get('self');
    if (selfSlot !== undefined && !isNull(heap.f64[b + selfSlot])) {
      try { loadAttr(heap, heap.f64[b + selfSlot], name); selfHasName = true; } catch { selfHasName = false; }
    }
  }
  const moduleLevel = code === null || code.fn.kind === 'module';
  const error = attachFields(new PyRaise('NameError', `name '${name}' is not defined`), { name });
  attachSuggestion(error, () => {
    let suggestion: string | null;
    if (selfHasName) suggestion = `self.${name}`;
    else {
      const g = dictNames(heap, globals);
      suggestion = bestSuggestion([...(moduleLevel ? g : locals), ...g, ...BUILTIN_NAMES], name);
    }
    let text = didYouMean(suggestion);
    if (STDLIB_MODULE_NAMES.has(name)) text += suggestion === null ? `. Did you forget to import '${name}'?` : ` Or did you forget to import '${name}'?`;
    return text;
  });
  throw error;
}
void raise;
