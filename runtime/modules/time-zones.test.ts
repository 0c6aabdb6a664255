// time.tzname and struct_time.tm_zone as CPython 3.13 gives them under TZ values that need no
// tz database (POSIX rules: testdata/time-zones.json, from scripts/gen-time-zones.py): the
// names come from the rule itself, as the C library reads it (time.ts posixZoneNames).
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cases = JSON.parse(readFileSync(new URL('./testdata/time-zones.json', import.meta.url), 'utf8')) as { tz: string; program: string; stdout: string }[];
const entry = fileURLToPath(new URL('../../cli/entry.ts', import.meta.url));

for (const { tz, program, stdout } of cases) {
  test(`TZ=${JSON.stringify(tz)}`, (t) => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', entry, 'run', '-c', program], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
    t.is(out, stdout);
  });
}
