// SVG from DOT, rendered in-process by Graphviz compiled to WebAssembly (@viz-js/viz).
// The module is ~1.5 MB of wasm: it is imported on first use only, so commands that never
// draw do not pay for it, and one instance is reused for every render of the process.

import type { Viz } from '@viz-js/viz';

let vizPromise: Promise<Viz> | undefined;

/** Graphviz rejected the DOT (a bug in pyx's generator, since pyx writes all DOT). */
export class RenderError extends Error {}

/** Renders DOT with the `dot` layout; warnings are ignored, a failure throws RenderError. */
export async function renderSvg(dot: string): Promise<string> {
  vizPromise ??= import('@viz-js/viz').then((module) => module.instance());
  const viz = await vizPromise;
  const result = viz.render(dot, { format: 'svg', engine: 'dot' });
  if (result.status !== 'success') {
    throw new RenderError(`Graphviz could not render the graph: ${result.errors.map((error) => error.message).join('; ')}`);
  }
  return result.output;
}
