// pyx run's command line is split as CPython splits python's: options before the script are
// pyx's, every token after the script (or after -c's code) is the program's sys.argv[1:].
import test from 'ava';
import { splitRunArgv, plainRunArgs, runCommand } from './run.js';

test('tokens after the script belong to the program, even when they look like options', (t) => {
  t.deepEqual(splitRunArgv(['run', 'prog.py', '-v', '--foo', 'x']), { cli: ['run', 'prog.py'], program: ['-v', '--foo', 'x'] });
  t.deepEqual(splitRunArgv(['run', '-O2', '--passes', 'ssa,dce', 'prog.py', '-O2']), { cli: ['run', '-O2', '--passes', 'ssa,dce', 'prog.py'], program: ['-O2'] });
  t.deepEqual(splitRunArgv(['run', '-c', 'print(1)', '-v', 'a']), { cli: ['run', '-c', 'print(1)'], program: ['-v', 'a'] });
  t.deepEqual(splitRunArgv(['run', '--gc-stress', '--', '-weird.py', 'x']), { cli: ['run', '--gc-stress', '--', '-weird.py'], program: ['x'] });
  t.deepEqual(splitRunArgv(['run', '--ir', 'f.json']), { cli: ['run', '--ir', 'f.json'], program: [] });
});

test('plainRunArgs gives run the arguments yargs would give it', async (t) => {
  const { default: yargs } = await import('yargs');
  const viaYargs = await yargs(['run', 'prog.py']).command({
    command: runCommand.command, describe: runCommand.describe, builder: runCommand.builder, handler: () => undefined,
  }).parseAsync();
  const plain = plainRunArgs(['run', 'prog.py'])!;
  for (const [key, value] of Object.entries(plain)) {
    if (key !== '$0') t.deepEqual(viaYargs[key], value, key);
  }
  // Every camelCase option yargs fills in is one the fast path fills in too.
  for (const key of Object.keys(viaYargs)) {
    if (/^[a-z]+([A-Z][a-z]*)*$/.test(key) && key !== 'args') t.true(key in plain, key);
  }
  t.is(plainRunArgs(['run', '-O2', 'prog.py']), null);
  t.is(plainRunArgs(['run', '-']), null);
  t.is(plainRunArgs(['run']), null);
});
