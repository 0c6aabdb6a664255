// How pyx names each construct it cannot compile yet, in one place, so the scope pass and
// the lowering word their UnsupportedFeatureError the same way ("<feature> not supported yet").

import type * as A from '../ast/nodes.js';

export function unsupportedStatement(s: A.stmt): string {
  switch (s._type) {
    case 'ClassDef': return "'class' statements are";
    case 'AsyncFunctionDef': return "'async def' functions are";
    case 'Try': return "'try' statements are";
    case 'TryStar': return "'try'/'except*' statements are";
    case 'With': return "'with' statements are";
    case 'AsyncWith': return "'async with' statements are";
    case 'AsyncFor': return "'async for' loops are";
    case 'Match': return "'match' statements are";
    case 'TypeAlias': return "'type' aliases are";
    default: return `'${s._type}' statements are`;
  }
}

export function unsupportedExpression(e: A.expr): string {
  switch (e._type) {
    case 'Yield': case 'YieldFrom': return "'yield' expressions are";
    case 'Await': return "'await' expressions are";
    case 'GeneratorExp': return 'generator expressions are';
    default: return `'${e._type}' expressions are`;
  }
}
