// Docstrings as CPython 3.13's compiler stores them: the first statement of a module or
// def body, when it is a plain string constant, cleaned by _PyCompile_CleanDoc (tabs
// expanded, the first line's leading spaces removed, the common indentation of the other
// non-blank lines removed).

import type * as A from '../ast/nodes.js';

/** The raw docstring of a body, or null (an f-string or a later string is not one). */
export function docstringOf(body: A.stmt[]): string | null {
  const first = body[0];
  if (first?._type !== 'Expr' || first.value._type !== 'Constant') return null;
  return typeof first.value.value === 'string' ? first.value.value : null;
}

/** str.expandtabs() with the default tab size 8 (columns restart after \n and \r). */
function expandTabs(text: string): string {
  let out = '';
  let column = 0;
  for (const char of text) {
    if (char === '\t') {
      const spaces = 8 - (column % 8);
      out += ' '.repeat(spaces);
      column += spaces;
    } else {
      out += char;
      column = char === '\n' || char === '\r' ? 0 : column + 1;
    }
  }
  return out;
}

export function cleanDoc(doc: string): string {
  const lines = expandTabs(doc).split('\n');
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const indent = line.length - line.replace(/^ +/, '').length;
    if (indent < line.length) margin = Math.min(margin, indent);
  }
  if (margin === Infinity) margin = 0;
  const [first, ...rest] = lines;
  const strip = (line: string) => {
    let cut = 0;
    while (cut < margin && line[cut] === ' ') cut++;
    return line.slice(cut);
  };
  return [first.replace(/^ +/, ''), ...rest.map(strip)].join('\n');
}
