// `pyx cache [info|clear]`: where the parse cache lives, how big it is, and emptying it.
// The cache never needs clearing for correctness (keys cover the source, pyx's version
// and the grammar); this is for disk space.

import type { Argv } from 'yargs';
import { ParseCache, defaultCacheDir } from '../grammar/cache.js';
import type { PyxCommand } from './command.js';
import { version } from './version.js';

interface CacheArgs {
  action: 'info' | 'clear';
}

export const cacheCommand: PyxCommand<CacheArgs> = {
  command: 'cache [action]',
  describe: 'Show (info) or empty (clear) the parse cache ($PYX_CACHE_DIR, $XDG_CACHE_HOME/pyx or ~/.cache/pyx)',
  builder: (yargs: Argv) =>
    yargs.positional('action', {
      type: 'string',
      choices: ['info', 'clear'] as const,
      default: 'info',
      describe: 'info: location, entries and size; clear: remove every entry',
    }) as unknown as Argv<CacheArgs>,
  async run(args) {
    const cache = new ParseCache(defaultCacheDir(), version());
    const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
    const entries = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`;
    if (args.action === 'clear') {
      const removed = cache.clear();
      process.stdout.write(`removed ${entries(removed.entries)} (${megabytes(removed.bytes)}) from ${cache.dir}\n`);
    } else {
      const usage = cache.usage();
      process.stdout.write(`${cache.dir}: ${entries(usage.entries)}, ${megabytes(usage.bytes)}\n`);
    }
    return 0;
  },
};
