// Every object kind: layout round-trips and the core operations' Python semantics.
import test from 'ava';
import { createRuntime } from './runtime.js';
import { TypeId } from './layout.js';
import { NONE, NULL, TRUE, fromFloat, fromInt32, isNull, isSmallInt, loOf, sameValue } from './value.js';
import { intAdd, intCompare, intFromBigInt, intMul, intSub, intToBigInt, isBigInt } from './int.js';
import { bytesFromArray, bytesLength, bytesToArray, internStr, strCodePointAt, strConcat, strEquals, strFromJs, strLength, strToJs } from './str.js';
import { listAppend, listGet, listInsert, listLength, listPop, listSet, newList, newTuple, tupleGet, tupleInit, tupleLength } from './sequence.js';
import {
  cellGet, cellSet, frameSlot, functionCodeIndex, functionField, FN, isInstanceOf, moduleDict, newCell, newFunction,
  newModule, newRange, newSlice, popFrame, typeBase, pushFrame, rangePart, setFrameSlot, topFrame, typeIdOf, typeName, typeOf,
} from './objects.js';
import { dictGet, dictSet, newDict } from './dict.js';
import { display } from './convert.js';
import { newSet, setAdd } from './set.js';
import { PyError } from './errors.js';

// growMinimal: every new page replaces the views, so a view held across an allocation fails here.
const heap = createRuntime({ growMinimal: true, initialBytes: 0 });

test('str: 1, 2 and 4 bytes per code point, astral characters, lone surrogates', (t) => {
  for (const text of ['', 'ascii', 'café', 'Ω≈ç', 'emoji 🐍!', 'x\ud800y']) {
    const s = strFromJs(heap, text);
    t.is(strToJs(heap, s), text);
    t.is(strLength(heap, s), [...text].length);
  }
  const snake = strFromJs(heap, 'a🐍');
  t.is(strCodePointAt(heap, snake, 1), 0x1f40d);
  t.is(heap.i32[(loOf(strFromJs(heap, 'abc')) >>> 2) + 2] & 7, 1);
  t.is(heap.i32[(loOf(strFromJs(heap, 'aΩ')) >>> 2) + 2] & 7, 2);
  t.is(heap.i32[(loOf(snake) >>> 2) + 2] & 7, 4);
  t.true(strEquals(heap, strFromJs(heap, 'héllo'), strConcat(heap, strFromJs(heap, 'hé'), strFromJs(heap, 'llo'))));
  t.false(strEquals(heap, strFromJs(heap, 'abc'), strFromJs(heap, 'abd')));
});

test('str: interning returns one object per text', (t) => {
  const a = internStr(heap, 'spam');
  t.true(sameValue(a, internStr(heap, 'spam')));
  t.false(sameValue(a, internStr(heap, 'eggs')));
  t.is(strToJs(heap, a), 'spam');
});

test('bytes round-trip', (t) => {
  const b = bytesFromArray(heap, [0, 255, 65]);
  t.is(bytesLength(heap, b), 3);
  t.deepEqual([...bytesToArray(heap, b)], [0, 255, 65]);
});

test('int: small fast paths overflow into canonical big ints and back', (t) => {
  const max = fromInt32(0x7fffffff);
  const sum = intAdd(heap, max, fromInt32(1));
  t.true(isBigInt(heap, sum));
  t.is(intToBigInt(heap, sum), 2147483648n);
  const back = intSub(heap, sum, fromInt32(1));
  t.true(isSmallInt(back)); // canonical: a value in int32 range is never a heap big int
  t.is(intToBigInt(heap, intMul(heap, fromInt32(0x7fffffff), fromInt32(0x7fffffff))), 0x7fffffffn * 0x7fffffffn);
  const huge = intFromBigInt(heap, -(10n ** 40n) - 7n);
  t.is(intToBigInt(heap, huge), -(10n ** 40n) - 7n);
  t.is(intToBigInt(heap, intMul(heap, huge, huge)), (10n ** 40n + 7n) ** 2n);
  t.is(intCompare(heap, huge, fromInt32(0)), -1);
  t.is(intToBigInt(heap, intAdd(heap, TRUE, TRUE)), 2n); // bool is an int
});

test('tuple: items, negative index, IndexError', (t) => {
  const tup = newTuple(heap, 2);
  tupleInit(heap, tup, 0, fromInt32(1));
  tupleInit(heap, tup, 1, strFromJs(heap, 'a'));
  t.is(tupleLength(heap, tup), 2);
  t.is(display(heap, tup), "(1, 'a')");
  t.is(display(heap, tupleGet(heap, tup, -1)), "'a'");
  t.throws(() => tupleGet(heap, tup, 2), { instanceOf: PyError, name: 'IndexError', message: 'tuple index out of range' });
});

test('list: append with growth, set, insert, pop, errors', (t) => {
  const list = newList(heap);
  for (let i = 0; i < 100; i++) listAppend(heap, list, fromInt32(i));
  t.is(listLength(heap, list), 100);
  t.is(loOf(listGet(heap, list, -1)), 99);
  listSet(heap, list, 0, fromFloat(0.5));
  listInsert(heap, list, 1, NONE);
  listInsert(heap, list, -1000, strFromJs(heap, 'first'));
  t.is(display(heap, listGet(heap, list, 0)), "'first'");
  t.is(display(heap, listPop(heap, list, 2)), 'None');
  t.is(loOf(listPop(heap, list)), 99);
  t.is(listLength(heap, list), 100);
  t.throws(() => listGet(heap, list, 100), { instanceOf: PyError, name: 'IndexError', message: 'list index out of range' });
  t.throws(() => listSet(heap, list, -101, NONE), { instanceOf: PyError, name: 'IndexError', message: 'list assignment index out of range' });
  t.throws(() => listPop(heap, newList(heap)), { instanceOf: PyError, name: 'IndexError', message: 'pop from empty list' });
});

test('range, slice, cell, function, module, frame', (t) => {
  const r = newRange(heap, fromInt32(0), fromInt32(10), fromInt32(2));
  t.is(loOf(rangePart(heap, r, 2)), 2);
  const sl = newSlice(heap, NONE, fromInt32(-1), NONE);
  t.is(loOf(rangePart(heap, sl, 1)), -1);
  const cell = newCell(heap);
  t.true(isNull(cellGet(heap, cell)));
  cellSet(heap, cell, fromInt32(5));
  t.is(loOf(cellGet(heap, cell)), 5);
  const globals = newDict(heap);
  const f = newFunction(heap, 7, { name: internStr(heap, 'f'), qualname: internStr(heap, 'f'), globals });
  t.is(functionCodeIndex(heap, f), 7);
  t.true(sameValue(functionField(heap, f, FN.GLOBALS), globals));
  t.true(sameValue(functionField(heap, f, FN.DEFAULTS), NONE));
  const m = newModule(heap, internStr(heap, 'm'), globals);
  dictSet(heap, moduleDict(heap, m), internStr(heap, 'x'), fromInt32(1));
  t.is(loOf(dictGet(heap, globals, internStr(heap, 'x'))), 1);
  const before = topFrame(heap);
  const frame = pushFrame(heap, f, globals, 7, 4);
  t.is(topFrame(heap), frame);
  t.true(isNull(frameSlot(heap, frame, 3)));
  setFrameSlot(heap, frame, 0, fromInt32(42));
  t.is(loOf(frameSlot(heap, frame, 0)), 42);
  popFrame(heap);
  t.is(topFrame(heap), before);
  t.true(sameValue(NULL, NULL));
});

test('type(), isinstance over built-in types, bool subclasses int', (t) => {
  t.is(strToJs(heap, typeName(heap, typeOf(heap, fromInt32(1)))), 'int');
  t.is(strToJs(heap, typeName(heap, typeOf(heap, intFromBigInt(heap, 1n << 80n)))), 'int');
  t.is(strToJs(heap, typeName(heap, typeOf(heap, fromFloat(NaN)))), 'float');
  t.is(strToJs(heap, typeName(heap, typeOf(heap, NONE))), 'NoneType');
  t.is(strToJs(heap, typeName(heap, typeOf(heap, newList(heap)))), 'list');
  t.is(typeIdOf(heap, TRUE), TypeId.BOOL);
  t.true(isInstanceOf(heap, TRUE, TypeId.INT));
  t.false(isInstanceOf(heap, fromInt32(1), TypeId.BOOL));
  t.true(isInstanceOf(heap, newDict(heap), TypeId.OBJECT));
  const boolType = typeOf(heap, TRUE);
  t.is(strToJs(heap, typeName(heap, typeBase(heap, boolType))), 'int');
  t.is(strToJs(heap, typeName(heap, typeBase(heap, typeBase(heap, boolType)))), 'object');
});

test('bytes, frozensets and nested tuples with big ints work as dict keys by value', (t) => {
  const d = newDict(heap);
  dictSet(heap, d, bytesFromArray(heap, [1, 2, 3]), fromInt32(1));
  const fs = newSet(heap, true);
  setAdd(heap, fs, intFromBigInt(heap, 1n << 80n));
  setAdd(heap, fs, strFromJs(heap, 'x'));
  dictSet(heap, d, fs, fromInt32(2));
  const inner = newTuple(heap, 1);
  tupleInit(heap, inner, 0, intFromBigInt(heap, -(1n << 65n)));
  const outer = newTuple(heap, 2);
  tupleInit(heap, outer, 0, inner);
  tupleInit(heap, outer, 1, fromFloat(2.5));
  dictSet(heap, d, outer, fromInt32(3));
  // Fresh, equal objects find the entries.
  t.is(loOf(dictGet(heap, d, bytesFromArray(heap, [1, 2, 3]))), 1);
  t.true(isNull(dictGet(heap, d, bytesFromArray(heap, [1, 2]))));
  const fs2 = newSet(heap, true);
  setAdd(heap, fs2, strFromJs(heap, 'x'));
  setAdd(heap, fs2, intFromBigInt(heap, 1n << 80n));
  t.is(loOf(dictGet(heap, d, fs2)), 2);
  const inner2 = newTuple(heap, 1);
  tupleInit(heap, inner2, 0, intFromBigInt(heap, -(1n << 65n)));
  const outer2 = newTuple(heap, 2);
  tupleInit(heap, outer2, 0, inner2);
  tupleInit(heap, outer2, 1, fromFloat(2.5));
  t.is(loOf(dictGet(heap, d, outer2)), 3);
  t.throws(() => dictSet(heap, d, newSet(heap), NONE), { instanceOf: PyError, name: 'TypeError', message: "unhashable type: 'set'" });
});
