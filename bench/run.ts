// `npm run bench` (node dist/bench/run.js after `npm run build`): runs pyx's benchmarks.
// Today that is the parse benchmark (bench/parse.ts; its flags pass through, e.g.
// `npm run bench -- --runs 3`). Further benchmarks are added here as they land.
await import('./parse.js');
