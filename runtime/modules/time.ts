// The `time` module: clocks, sleep, struct_time conversions, strftime/asctime/ctime/mktime.
//
// Clocks: time() from the wall clock with microsecond resolution (performance.timeOrigin +
// performance.now(), as Date.now() is only milliseconds); perf_counter/monotonic from
// process.hrtime; process_time from process.cpuUsage (user + system). sleep blocks the thread
// with Atomics.wait (allowed in workers and on Node's main thread), so output order stays the
// program's.
//
// Local time uses the host's time zone through Date (as CPython uses the C library's);
// strftime implements the C library's directives itself (glibc's output in the C locale).

import { readFileSync } from 'node:fs';
import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, fromFloat, fromInt32, isNull, isNone } from '../value.js';
import { intFromBigInt, intToBigInt } from '../int.js';
import { strFromJs, strToJs } from '../str.js';
import { newTuple, tupleInit, tupleLength } from '../sequence.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineModule, arg, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr } from '../builtins/objects.js';
import { tid, tupleItem, typeNameOf } from '../builtins/protocol.js';
import { nget } from '../builtins/native.js';
import { isExt } from '../builtins/ext-types.js';
import { defineStructSeq, newStructSeq, structSeqFromSequence } from './structseq.js';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'];
const structTime = defineStructSeq('time', 'struct_time', FIELDS, 9);

/** A broken-down time. Invariant: fields as C's struct tm but mon 1-12, wday Monday=0, yday 1-366. */
interface Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  wday: number; yday: number; isdst: number; zone: string; gmtoff: number;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let zoneFormat: Intl.DateTimeFormat | undefined;

function dayOfYear(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

/** The local zone's abbreviation at `date`, in daylight saving time or not: the C library's
 *  names when the zone's rule gives them (posixZoneNames), else ICU's. */
function localZoneName(date: Date, dst: boolean): string {
  const names = posixZoneNames();
  if (names !== null && (!dst || names[1] !== null)) return dst ? names[1]! : names[0];
  return zoneName(date);
}

/** The host zone's abbreviation at `date` ('UTC', 'CET'...). */
function zoneName(date: Date): string {
  // One formatter per thread: making one costs ~10 ms (ICU data), and `import time` asks twice.
  zoneFormat ??= new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
  const part = zoneFormat.formatToParts(date).find((p) => p.type === 'timeZoneName');
  const name = part?.value ?? 'UTC';
  return /^GMT[+-]/.test(name) ? name.slice(3) : name;
}

/**
 * The zone's standard and daylight-saving abbreviations as the C library names them (CPython's
 * time.tzname comes from there): from the POSIX rule in TZ, or ending the TZif file TZ names
 * or /etc/localtime (`UTC0`, `JST-9`, `CET-1CEST,M3.5.0,M10.5.0/3`); null when there is none
 * to read. Saves `import time` the ICU formatter (~10-25 ms), and names zones as glibc does
 * ('JST', 'CET', where ICU says 'GMT+9', 'GMT+1').
 */
function posixZoneNames(): [string, string | null] | null {
  if (posixNames !== undefined) return posixNames;
  posixNames = readZoneNames();
  return posixNames;
}
let posixNames: [string, string | null] | null | undefined;

function readZoneNames(): [string, string | null] | null {
  const tz = process.env.TZ?.replace(/^:/, '');
  if (tz === '') return ['UTC', null]; // an empty TZ is UTC to the C library
  let rule = tz !== undefined && POSIX_RULE.test(tz) ? tz : undefined;
  if (rule === undefined) {
    try {
      // A TZif file (version 2+) ends with its POSIX rule between two newlines.
      const file = tz === undefined ? '/etc/localtime' : tz.startsWith('/') ? tz : `/usr/share/zoneinfo/${tz}`;
      if (tz !== undefined && tz.includes('..')) return null;
      const text = readFileSync(file).toString('latin1');
      const end = text.endsWith('\n') ? text.length - 1 : -1;
      const start = end > 0 ? text.lastIndexOf('\n', end - 1) : -1;
      if (start < 0) return null;
      rule = text.slice(start + 1, end);
    } catch {
      return null;
    }
  }
  const m = POSIX_RULE.exec(rule);
  if (m === null) return null;
  return [m[1] ?? m[2], m[3] ?? m[4] ?? null];
}
/** A POSIX TZ rule: std name and offset, then an optional dst name, offset and rules
 *  (groups: 1/2 the std name, <quoted> or plain; 3/4 the dst name). */
const POSIX_RULE = /^(?:<([A-Za-z0-9+-]{3,})>|([A-Za-z]{3,}))[+-]?\d{1,2}(?::\d{2}){0,2}(?:(?:<([A-Za-z0-9+-]{3,})>|([A-Za-z]{3,}))(?:[+-]?\d{1,2}(?::\d{2}){0,2})?(?:,.*)?)?$/;

function stdOffsetMinutes(year: number): number {
  return Math.max(new Date(year, 0, 1).getTimezoneOffset(), new Date(year, 6, 1).getTimezoneOffset());
}

function gmtimeOf(secs: number): Tm {
  const d = new Date(secs * 1000);
  const y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, day = d.getUTCDate();
  return { year: y, mon: m, mday: day, hour: d.getUTCHours(), min: d.getUTCMinutes(), sec: d.getUTCSeconds(),
    wday: (d.getUTCDay() + 6) % 7, yday: dayOfYear(y, m, day), isdst: 0, zone: 'GMT', gmtoff: 0 };
}

function localtimeOf(secs: number): Tm {
  const d = new Date(secs * 1000);
  const y = d.getFullYear(), m = d.getMonth() + 1, day = d.getDate();
  const off = d.getTimezoneOffset();
  return { year: y, mon: m, mday: day, hour: d.getHours(), min: d.getMinutes(), sec: d.getSeconds(),
    wday: (d.getDay() + 6) % 7, yday: dayOfYear(y, m, day), isdst: off < stdOffsetMinutes(y) ? 1 : 0, zone: localZoneName(d, off < stdOffsetMinutes(y)), gmtoff: -off * 60 };
}

function tmValue(heap: Heap, tm: Tm): Value {
  const all = newTuple(heap, FIELDS.length);
  const nums = [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst];
  nums.forEach((n, i) => tupleInit(heap, all, i, fromInt32(n)));
  tupleInit(heap, all, 9, strFromJs(heap, tm.zone));
  tupleInit(heap, all, 10, fromInt32(tm.gmtoff));
  return newStructSeq(heap, structTime, all);
}

/** A struct_time or 9-tuple argument (CPython's gettmarg), with its messages. */
function tmArg(heap: Heap, v: Value, fn: string): Tm {
  const isStruct = isExt(heap, v, structTime.ext);
  if (!isStruct && tid(heap, v) !== TypeId.TUPLE) throw typeError('Tuple or struct_time argument required');
  const all = isStruct ? nget(heap, v, 1) : v;
  if (!isStruct && tupleLength(heap, all) !== 9) throw typeError(`${fn}(): illegal time tuple argument`);
  const n: number[] = [];
  for (let i = 0; i < 9; i++) {
    const x = tupleItem(heap, all, i);
    const t = tid(heap, x);
    if (t !== TypeId.INT && t !== TypeId.BOOL) throw typeError(t === TypeId.FLOAT ? "'float' object cannot be interpreted as an integer" : `an integer is required (got type ${typeNameOf(heap, x)})`);
    n.push(Number(intToBigInt(heap, x)));
  }
  let zone = localZoneName(new Date(), false);
  let gmtoff = -new Date().getTimezoneOffset() * 60;
  if (isStruct) {
    const z = tupleItem(heap, all, 9), g = tupleItem(heap, all, 10);
    if (tid(heap, z) === TypeId.STR) zone = strToJs(heap, z);
    if (tid(heap, g) === TypeId.INT) gmtoff = Number(intToBigInt(heap, g));
  }
  return { year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: n[6], yday: n[7], isdst: n[8], zone, gmtoff };
}

/** checktm + the normalisations time.strftime applies (0 → 1 for mon/mday/yday, wday mod 7). */
function checkTm(tm: Tm): Tm {
  const t = { ...tm };
  if (t.mon === 0) t.mon = 1;
  if (t.mday === 0) t.mday = 1;
  if (t.yday === 0) t.yday = 1;
  if (t.isdst < -1) t.isdst = -1; else if (t.isdst > 1) t.isdst = 1;
  if (t.mon < 0 || t.mon > 12) raise('ValueError', 'month out of range');
  if (t.mday < 0 || t.mday > 31) raise('ValueError', 'day of month out of range');
  if (t.hour < 0 || t.hour > 23) raise('ValueError', 'hour out of range');
  if (t.min < 0 || t.min > 59) raise('ValueError', 'minute out of range');
  if (t.sec < 0 || t.sec > 61) raise('ValueError', 'seconds out of range');
  if (t.wday < 0) raise('ValueError', 'day of week out of range');
  if (t.yday < 0 || t.yday > 366) raise('ValueError', 'day of year out of range');
  t.wday %= 7;
  return t;
}

const pad = (n: number, w = 2, c = '0'): string => String(n).padStart(w, c);

/** ISO 8601 week-based year and week number. */
function isoWeek(tm: Tm): [number, number] {
  const yday0 = tm.yday - 1;
  const wday = tm.wday; // Monday = 0
  let week = Math.floor((yday0 - wday + 10) / 7);
  let year = tm.year;
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (week < 1) {
    year--;
    const prevDays = leap(year) ? 366 : 365;
    week = Math.floor((yday0 + prevDays - wday + 10) / 7);
  } else if (week === 53) {
    const days = leap(year) ? 366 : 365;
    if (yday0 - wday + 3 >= days) { week = 1; year++; }
  }
  return [year, week];
}

/** glibc's strftime in the C locale for the directives it knows; others are copied as they are. */
export function strftime(format: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%' || i + 1 >= format.length) { out += c; continue; }
    const d = format[++i];
    const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    const sunday = (tm.wday + 1) % 7;
    switch (d) {
      case 'a': out += DAYS[tm.wday]; break;
      case 'A': out += DAY_NAMES[tm.wday]; break;
      case 'b': case 'h': out += MONTHS[(tm.mon + 11) % 12]; break;
      case 'B': out += MONTH_NAMES[(tm.mon + 11) % 12]; break;
      case 'c': out += `${DAYS[tm.wday]} ${MONTHS[(tm.mon + 11) % 12]} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)} ${tm.year}`; break;
      case 'C': out += pad(Math.floor(tm.year / 100)); break;
      case 'd': out += pad(tm.mday); break;
      case 'D': out += `${pad(tm.mon)}/${pad(tm.mday)}/${pad(((tm.year % 100) + 100) % 100)}`; break;
      case 'e': out += pad(tm.mday, 2, ' '); break;
      case 'F': out += `${tm.year}-${pad(tm.mon)}-${pad(tm.mday)}`; break;
      case 'G': out += String(isoWeek(tm)[0]); break;
      case 'g': out += pad(((isoWeek(tm)[0] % 100) + 100) % 100); break;
      case 'H': out += pad(tm.hour); break;
      case 'I': out += pad(h12); break;
      case 'j': out += pad(tm.yday, 3); break;
      case 'k': out += pad(tm.hour, 2, ' '); break;
      case 'l': out += pad(h12, 2, ' '); break;
      case 'm': out += pad(tm.mon); break;
      case 'M': out += pad(tm.min); break;
      case 'n': out += '\n'; break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'P': out += tm.hour < 12 ? 'am' : 'pm'; break;
      case 'r': out += `${pad(h12)}:${pad(tm.min)}:${pad(tm.sec)} ${tm.hour < 12 ? 'AM' : 'PM'}`; break;
      case 'R': out += `${pad(tm.hour)}:${pad(tm.min)}`; break;
      case 'S': out += pad(tm.sec); break;
      case 't': out += '\t'; break;
      case 'T': case 'X': out += `${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)}`; break;
      case 'u': out += String(tm.wday + 1); break;
      case 'U': out += pad(Math.floor((tm.yday - 1 + 7 - sunday) / 7)); break;
      case 'V': out += pad(isoWeek(tm)[1]); break;
      case 'w': out += String(sunday); break;
      case 'W': out += pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7)); break;
      case 'x': out += `${pad(tm.mon)}/${pad(tm.mday)}/${pad(((tm.year % 100) + 100) % 100)}`; break;
      case 'y': out += pad(((tm.year % 100) + 100) % 100); break;
      case 'Y': out += String(tm.year); break;
      case 'z': { const o = Math.abs(tm.gmtoff); out += `${tm.gmtoff < 0 ? '-' : '+'}${pad(Math.floor(o / 3600))}${pad(Math.floor((o % 3600) / 60))}`; break; }
      case 'Z': out += tm.zone; break;
      case '%': out += '%'; break;
      default: out += `%${d}`;
    }
  }
  return out;
}

function asctime(tm: Tm): string {
  return `${DAYS[((tm.wday % 7) + 7) % 7]} ${MONTHS[(((tm.mon - 1) % 12) + 12) % 12]}${pad(tm.mday, 3, ' ')} ${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)} ${tm.year}`;
}

// --- Clocks ---

/** Seconds since the epoch with microsecond resolution. */
function wallSeconds(): number {
  return (performance.timeOrigin + performance.now()) / 1000;
}
function wallNanos(): bigint {
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)) * 1000n;
}
function cpuNanos(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

const entries: [string, NativeEntry][] = [];
function def(name: string, sig: string, fn: (heap: Heap, a: number) => Value): void {
  entries.push([name, defineFunction('time', name, sig, fn)]);
}
const nsValue = (heap: Heap, n: bigint): Value => intFromBigInt(heap, n);

def('time', '', () => fromFloat(wallSeconds()));
def('time_ns', '', (heap) => nsValue(heap, wallNanos()));
def('perf_counter', '', () => fromFloat(Number(process.hrtime.bigint()) / 1e9));
def('perf_counter_ns', '', (heap) => nsValue(heap, process.hrtime.bigint()));
def('monotonic', '', () => fromFloat(Number(process.hrtime.bigint()) / 1e9));
def('monotonic_ns', '', (heap) => nsValue(heap, process.hrtime.bigint()));
def('process_time', '', () => fromFloat(Number(cpuNanos()) / 1e9));
def('process_time_ns', '', (heap) => nsValue(heap, cpuNanos()));
def('thread_time', '', () => fromFloat(Number(cpuNanos()) / 1e9));
def('thread_time_ns', '', (heap) => nsValue(heap, cpuNanos()));

/** A seconds argument: int or float (CPython's _PyTime_FromSecondsObject messages). */
function secondsArg(heap: Heap, v: Value): number {
  const t = tid(heap, v);
  if (t === TypeId.FLOAT) {
    if (Number.isNaN(v)) raise('ValueError', 'Invalid value NaN (not a number)');
    return v;
  }
  if (t === TypeId.INT || t === TypeId.BOOL) return Number(intToBigInt(heap, v));
  throw typeError(`'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
def('sleep', 'seconds, /', (heap, a) => {
  const s = secondsArg(heap, arg(heap, a, 0));
  if (s < 0) raise('ValueError', 'sleep length must be non-negative');
  if (!Number.isFinite(s)) raise('OverflowError', 'timestamp too large to convert to C _PyTime_t');
  const ms = s * 1000;
  if (ms > 0) Atomics.wait(sleepCell, 0, 0, ms);
  return NONE;
});

/** An optional seconds argument (None/absent: now), floored as CPython's time_t conversion. */
function whenArg(heap: Heap, v: Value): number {
  if (isNull(v) || isNone(v)) return Math.floor(wallSeconds());
  const s = secondsArg(heap, v);
  if (!Number.isFinite(s)) raise('OverflowError', 'timestamp out of range for platform time_t');
  return Math.floor(s);
}

def('gmtime', 'seconds=, /', (heap, a) => tmValue(heap, gmtimeOf(whenArg(heap, arg(heap, a, 0)))));
def('localtime', 'seconds=, /', (heap, a) => tmValue(heap, localtimeOf(whenArg(heap, arg(heap, a, 0)))));
def('ctime', 'seconds=, /', (heap, a) => strFromJs(heap, asctime(localtimeOf(whenArg(heap, arg(heap, a, 0))))));
def('asctime', 'time_tuple=, /', (heap, a) => {
  const v = arg(heap, a, 0);
  const tm = isNull(v) ? localtimeOf(Math.floor(wallSeconds())) : checkTm(tmArg(heap, v, 'asctime'));
  return strFromJs(heap, asctime(tm));
});
def('strftime', 'format, time_tuple=, /', (heap, a) => {
  const f = arg(heap, a, 0);
  if (tid(heap, f) !== TypeId.STR) throw typeError(`strftime() argument 1 must be str, not ${typeNameOf(heap, f)}`);
  const v = arg(heap, a, 1);
  const tm = isNull(v) ? localtimeOf(Math.floor(wallSeconds())) : checkTm(tmArg(heap, v, 'strftime'));
  return strFromJs(heap, strftime(strToJs(heap, f), tm));
});
def('mktime', 'time_tuple, /', (heap, a) => {
  const tm = tmArg(heap, arg(heap, a, 0), 'mktime');
  const d = new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec);
  if (Number.isNaN(d.getTime())) raise('OverflowError', 'mktime argument out of range');
  return fromFloat(d.getTime() / 1000);
});
def('struct_time', 'sequence, dict=, /', (heap, a) => structSeqFromSequence(heap, structTime, arg(heap, a, 0)));

defineModule('time', (heap, dict) => {
  for (const [name, entry] of entries) setAttr(heap, dict, name, nativeValue(heap, entry));
  const year = new Date().getFullYear();
  const std = stdOffsetMinutes(year);
  const dst = Math.min(new Date(year, 0, 1).getTimezoneOffset(), new Date(year, 6, 1).getTimezoneOffset());
  setAttr(heap, dict, 'timezone', fromInt32(std * 60));
  setAttr(heap, dict, 'altzone', fromInt32(dst * 60));
  setAttr(heap, dict, 'daylight', fromInt32(std !== dst ? 1 : 0));
  const posix = posixZoneNames();
  const names = newTuple(heap, 2);
  if (posix !== null && (std === dst || posix[1] !== null)) {
    tupleInit(heap, names, 0, strFromJs(heap, posix[0]));
    tupleInit(heap, names, 1, strFromJs(heap, std === dst ? posix[1] ?? posix[0] : posix[1]!));
  } else {
    const jan = zoneName(new Date(year, 0, 1)), jul = zoneName(new Date(year, 6, 1));
    tupleInit(heap, names, 0, strFromJs(heap, std === dst ? jan : new Date(year, 0, 1).getTimezoneOffset() === std ? jan : jul));
    tupleInit(heap, names, 1, strFromJs(heap, std === dst ? jan : new Date(year, 0, 1).getTimezoneOffset() === std ? jul : jan));
  }
  setAttr(heap, dict, 'tzname', names);
});
