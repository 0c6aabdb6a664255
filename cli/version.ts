// pyx's version, read from package.json (one level above cli/ in both the sources and dist/).
import { readFileSync } from 'node:fs';

let memo: string | undefined;

export function version(): string {
  if (memo !== undefined) return memo;
  // From dist/cli/ the package root is two levels up, from cli/ one: take the first found.
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8'));
      if (pkg.name === 'pyx') return (memo = String(pkg.version));
    } catch {
      // Not at this level; try the next.
    }
  }
  throw new Error('pyx: package.json not found beside cli/');
}
