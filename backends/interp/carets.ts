// The source lines and caret markers of one traceback entry, as CPython 3.13's
// traceback.StackSummary.format_frame_summary prints them:
//   - the entry's lines (lineno..end_lineno, each right-stripped), dedented together;
//   - carets under the failing instruction's span unless that span is the whole (dedented)
//     text, or the statement is `return f(...)` / `x = f(...)` whose call is all of it;
//   - anchors for a binary operator (`~~~^~~~`: operator `^`, operands `~`), a subscript
//     (`~~~^^^^`: from `[` on) and a call (`~~~^^^^^`: from `(` on), found by parsing the
//     segment as CPython does with ast.parse;
//   - for a span of several lines, only the first, the last and those around the anchors,
//     with "...<N lines>..." for what is left out.
// Columns arrive as UTF-8 byte offsets (as CPython's co_positions); widths count East Asian
// wide characters twice (_display_width).

import { parseModule } from '../../grammar/parse.js';

/** The position of the failing instruction: 1-based lines, UTF-8 byte columns (col < 0: unknown). */
export interface Span {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

/** _colorize.ANSIColors. */
export const COLORS = {
  BOLD_MAGENTA: '\x1b[1;35m', BOLD_RED: '\x1b[1;31m', MAGENTA: '\x1b[35m', RED: '\x1b[31m', RESET: '\x1b[0m',
} as const;

interface Anchors {
  leftEndLine: number;
  leftEndOffset: number;
  rightStartLine: number;
  rightStartOffset: number;
  primary: string;
  secondary: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;

const utf8 = new TextEncoder();

/** _byte_offset_to_character_offset: code units of the first `offset` UTF-8 bytes (as a JS string index). */
function byteToChar(line: string, offset: number): number {
  const bytes = utf8.encode(line);
  return new TextDecoder().decode(bytes.slice(0, Math.max(0, offset))).length;
}

function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
    || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf)
    || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
    || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f)
    || (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

/** _display_width(line, offset): columns the first `offset` code units take on a terminal. */
function displayWidth(line: string, offset?: number): number {
  const text = offset === undefined ? line : line.slice(0, offset);
  if (/^[\x00-\x7f]*$/.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

/** textwrap.dedent: remove the longest common leading whitespace; blank lines become empty. */
export function dedent(text: string): string {
  const lines = text.split('\n');
  let margin: string | null = null;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (margin === null) margin = indent;
    else {
      let i = 0;
      while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  return lines.map((l) => (l.trim() === '' ? '' : l.slice((margin ?? '').length))).join('\n');
}

function parseQuietly(source: string): Node | null {
  try {
    return parseModule(source, '<traceback>');
  } catch {
    return null;
  }
}

/** _extract_caret_anchors_from_line_segment. */
function anchorsOf(segment: string): Anchors | null {
  const tree = parseQuietly(`(\n${segment}\n)`);
  if (tree === null || tree.body.length !== 1) return null;
  const lines = segment.split(/\r\n|\r|\n/);
  const normalize = (lineno: number, offset: number) => byteToChar(lines[lineno], offset);
  const nextValid = (lineno: number, col: number): [number, number] => {
    while (lineno < lines.length && col >= lines[lineno].length) { col = 0; lineno++; }
    if (lineno >= lines.length) throw new Error('no valid character');
    return [lineno, col];
  };
  const increment = (lineno: number, col: number) => nextValid(lineno, col + 1);
  const nextLine = (lineno: number) => nextValid(lineno + 1, 0);
  const incrementUntil = (lineno: number, col: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[lineno][col];
      if (ch === '\\' || ch === '#') [lineno, col] = nextLine(lineno);
      else if (!stop(ch)) [lineno, col] = increment(lineno, col);
      else return [lineno, col];
    }
  };
  const endOf = (expr: Node, forceValid = true): [number, number] => {
    const lineno = expr.end_lineno - 2;
    const col = normalize(lineno, expr.end_col_offset);
    return forceValid ? nextValid(lineno, col) : [lineno, col];
  };
  const statement = tree.body[0];
  if (statement._type !== 'Expr') return null;
  const expr = statement.value;
  const make = (a: number, b: number, c: number, d: number): Anchors => ({ leftEndLine: a, leftEndOffset: b, rightStartLine: c, rightStartOffset: d, primary: '~', secondary: '^' });
  switch (expr._type) {
    case 'BinOp': {
      let [lineno, col] = endOf(expr.left);
      [lineno, col] = incrementUntil(lineno, col, (x) => !/\s/.test(x) && x !== ')');
      let rightCol = col + 1;
      const ch = lines[lineno][rightCol];
      if (rightCol < lines[lineno].length
        && (expr.right.lineno - 2 > lineno || rightCol < normalize(expr.right.lineno - 2, expr.right.col_offset))
        && !/\s/.test(ch) && ch !== '\\' && ch !== '#') rightCol++;
      return make(lineno, col, lineno, rightCol);
    }
    case 'Subscript': case 'Call': {
      const [l0, c0] = endOf(expr._type === 'Call' ? expr.func : expr.value);
      const bracket = expr._type === 'Call' ? '(' : '[';
      const [leftLine, leftCol] = incrementUntil(l0, c0, (x) => x === bracket);
      const [rightLine, rightCol] = endOf(expr, false);
      return make(leftLine, leftCol, rightLine, rightCol);
    }
    default: return null;
  }
}

/** _should_show_carets. */
function shouldShowCarets(start: number, end: number, allLines: string[], anchors: Anchors | null): boolean {
  const tree = parseQuietly(allLines.join('\n'));
  if (tree !== null) {
    if (tree.body.length === 0) return false;
    const statement = tree.body[0];
    let value: Node = null;
    if (statement._type === 'Return' && statement.value?._type === 'Call' && statement.value.func._type === 'Name') value = statement.value;
    if (statement._type === 'Assign' && statement.value._type === 'Call' && statement.value.func._type === 'Name'
      && statement.targets.length === 1 && statement.targets[0]._type === 'Name') value = statement.value;
    if (value !== null && value.lineno === 1 && value.end_lineno === allLines.length
      && value.col_offset === start && value.end_col_offset === end) return false;
  }
  if (anchors !== null) return true;
  return allLines[0].slice(0, start).trimStart() !== '' || allLines[allLines.length - 1].slice(end).trimEnd() !== '';
}

/**
 * The lines an entry prints after its `File ...` line (each with its 4-space indent and
 * newline); '' when the source is unavailable or blank.
 */
export function formatSourceLines(source: readonly string[], span: Span, colorize = false): string {
  const endLine = span.endLine >= span.line ? span.endLine : span.line;
  const original: string[] = [];
  for (let n = span.line; n <= endLine; n++) original.push((source[n - 1] ?? '').trimEnd());
  const originalText = original.join('\n') + '\n';
  const dedented = dedent(originalText);
  if (dedented.trim() === '') return '';
  if (span.col < 0 || span.endCol < 0) return `    ${original[0].trim()}\n`;
  const firstLine = original[0];
  const lastLine = original[endLine - span.line];
  let start = byteToChar(firstLine, span.col);
  let end = byteToChar(lastLine, span.endCol);
  const allLines = dedented.split('\n').slice(0, endLine - span.line + 1);
  const dedentChars = firstLine.length - allLines[0].length;
  start = Math.max(0, start - dedentChars);
  end = Math.max(0, end - dedentChars);
  const dpStart = displayWidth(allLines[0], start);
  const dpEnd = displayWidth(allLines[allLines.length - 1], end);
  let segment = allLines.join('\n');
  segment = segment.slice(start, segment.length - (allLines[allLines.length - 1].length - end));
  let anchors: Anchors | null = null;
  try { anchors = anchorsOf(segment); } catch { anchors = null; }
  let showCarets: boolean;
  try { showCarets = shouldShowCarets(start, end, allLines, anchors); } catch { showCarets = false; }

  const significant = new Set<number>([0, allLines.length - 1]);
  let leftEnd = 0, rightStart = 0;
  if (anchors !== null) {
    leftEnd = anchors.leftEndOffset + (anchors.leftEndLine === 0 ? start : 0);
    rightStart = anchors.rightStartOffset + (anchors.rightStartLine === 0 ? start : 0);
    leftEnd = displayWidth(allLines[anchors.leftEndLine], leftEnd);
    rightStart = displayWidth(allLines[anchors.rightStartLine], rightStart);
    for (let k = anchors.leftEndLine - 1; k <= anchors.leftEndLine + 1; k++) significant.add(k);
    for (let k = anchors.rightStartLine - 1; k <= anchors.rightStartLine + 1; k++) significant.add(k);
  }
  significant.delete(-1);
  significant.delete(allLines.length);

  const result: string[] = [];
  const outputLine = (lineno: number) => {
    const text = allLines[lineno];
    result.push(text + '\n');
    if (!showCarets) return;
    const spaces = text.length - text.trimStart().length;
    const count = lineno === allLines.length - 1 ? dpEnd : displayWidth(text);
    let carets = '';
    for (let col = 0; col < count; col++) {
      if (col < spaces || (lineno === 0 && col < dpStart)) carets += ' ';
      else if (anchors !== null
        && (lineno > anchors.leftEndLine || (lineno === anchors.leftEndLine && col >= leftEnd))
        && (lineno < anchors.rightStartLine || (lineno === anchors.rightStartLine && col < rightStart))) carets += anchors.secondary;
      else carets += anchors !== null ? anchors.primary : '^';
    }
    if (!colorize) { result.push(carets + '\n'); return; }
    // Red under `~`, bold red under `^`, in both the source line and the caret line.
    const line = result[result.length - 1];
    let coloredLine = '', coloredCarets = '';
    for (let i = 0; i < Math.max(line.length, carets.length);) {
      const kind = carets[i] ?? '';
      let j = i;
      while (j < Math.max(line.length, carets.length) && (carets[j] ?? '') === kind) j++;
      const open = kind === '^' ? COLORS.BOLD_RED : kind === '~' ? COLORS.RED : '';
      const close = open === '' ? '' : COLORS.RESET;
      coloredLine += open + line.slice(i, j) + close;
      coloredCarets += open + carets.slice(i, j) + close;
      i = j;
    }
    result[result.length - 1] = coloredLine;
    result.push(coloredCarets + '\n');
  };
  const sorted = [...significant].sort((a, b) => a - b);
  sorted.forEach((lineno, i) => {
    if (i > 0) {
      const diff = lineno - sorted[i - 1];
      if (diff === 2) outputLine(lineno - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(lineno);
  });
  return dedent(result.join('')).split('\n').map((l, i, all) => (i === all.length - 1 && l === '' ? '' : `    ${l}`)).join('\n');
}
