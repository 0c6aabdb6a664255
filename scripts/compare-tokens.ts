// Node side of scripts/compare-tokens.py: reads {"name": source, ...} as JSON on stdin,
// tokenizes each source with pyx and writes {"name": {tokens} | {error}} as JSON to stdout.
// Token rows are [kind, text, line, col, endLine, endCol], the tuple CPython's module gives.

import { PySyntaxError } from '../grammar/errors.js';
import { tokenize } from '../grammar/tokenize.js';

const chunks: Buffer[] = [];
process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
process.stdin.on('end', () => {
  const sources = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;
  const out: Record<string, unknown> = {};
  for (const [name, source] of Object.entries(sources)) {
    try {
      const tokens = tokenize(source, name);
      out[name] = { tokens: tokens.map((t) => [t.kind, t.text, t.line, t.col, t.endLine, t.endCol]) };
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      out[name] = {
        error: [e.type, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset, e.text],
      };
    }
  }
  process.stdout.write(JSON.stringify(out));
});
