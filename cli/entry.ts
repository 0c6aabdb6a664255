// Runs the CLI straight from the TypeScript sources: `node --import tsx cli/entry.ts ARGS`.
// The CLI tests and the conformance script use it so neither depends on a fresh `npm run
// build`; the installed command (bin/pyx.js) runs the compiled dist/cli/main.js instead.
import { noCacheFromArgv } from './thread.js';

noCacheFromArgv(process.argv.slice(2));
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
