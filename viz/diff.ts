// Unified line diffs between two stages' IR text (`pyx dump --stage changed`, the explorer).
// Myers' O(ND) algorithm on lines, output in `diff -u` hunk format with 3 lines of context.

/** One line of an edit script: kept (' '), deleted ('-') or inserted ('+'). */
export interface DiffLine {
  tag: ' ' | '-' | '+';
  text: string;
}

/** The shortest edit script turning `before` into `after` (Myers 1986), deletions before
 *  insertions within a change, so the result is deterministic. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = max === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && before[x] === after[y]) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) { found = true; break; }
    }
  }
  // Walk the trace backwards from (n, m) to recover the script.
  const script: DiffLine[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) script.push({ tag: ' ', text: before[--x] }), y--;
    if (d === 0) break;
    if (x === prevX) script.push({ tag: '+', text: after[--y] });
    else script.push({ tag: '-', text: before[--x] });
  }
  while (x > 0 && y > 0) script.push({ tag: ' ', text: before[--x] }), y--;
  return script.reverse();
}

/** `diff -u` text of two texts (empty when equal), with the given file labels. */
export function unifiedDiff(beforeText: string, afterText: string, beforeLabel: string, afterLabel: string, context = 3): string {
  const split = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
  const script = diffLines(split(beforeText), split(afterText));
  if (script.every((line) => line.tag === ' ')) return '';
  const out = [`--- ${beforeLabel}`, `+++ ${afterLabel}`];
  // Line numbers (1-based) in before/after at each script position.
  let i = 0;
  const positions = script.map((line) => line);
  const changed = script.map((line) => line.tag !== ' ');
  let oldLine = 1;
  let newLine = 1;
  const starts: [number, number][] = script.map((line) => {
    const here: [number, number] = [oldLine, newLine];
    if (line.tag !== '+') oldLine++;
    if (line.tag !== '-') newLine++;
    return here;
  });
  while (i < script.length) {
    if (!changed[i]) { i++; continue; }
    const start = Math.max(0, i - context);
    let end = i;
    // Extend the hunk while the next change is within 2*context kept lines.
    for (;;) {
      while (end < script.length && changed[end]) end++;
      let next = end;
      while (next < script.length && !changed[next]) next++;
      if (next < script.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(script.length, end + context);
    const hunk = positions.slice(start, stop);
    const oldCount = hunk.filter((line) => line.tag !== '+').length;
    const newCount = hunk.filter((line) => line.tag !== '-').length;
    const [oldStart, newStart] = starts[start];
    out.push(`@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@`);
    for (const line of hunk) out.push(line.tag + line.text);
    i = stop;
  }
  return out.join('\n') + '\n';
}
