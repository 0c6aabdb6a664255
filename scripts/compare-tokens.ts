// Node side of scripts/compare-tokens.py: reads {"name": source, ...} as JSON on stdin,
// tokenizes each source with pyx and writes {"name": {tokens, error?, deferred?}} as JSON to
// stdout (tokens: those before the error, if any).
// Token rows are [kind, text, line, col, endLine, endCol, byteCol, endByteCol]: the tuple
// CPython's module gives, plus UTF-8 columns.

import { tokenizePartial } from '../grammar/tokenize.js';

const chunks: Buffer[] = [];
process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
process.stdin.on('end', () => {
  const sources = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;
  const out: Record<string, unknown> = {};
  for (const [name, source] of Object.entries(sources)) {
    const { tokens, error: e, deferred, insideFstring } = tokenizePartial(source, name);
    const rows = tokens.map((t) => [t.kind, t.text, t.line, t.col, t.endLine, t.endCol, t.byteCol, t.endByteCol]);
    out[name] = e
      ? { tokens: rows, deferred, insideFstring, error: [e.type, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset, e.text] }
      : { tokens: rows };
  }
  process.stdout.write(JSON.stringify(out));
});
