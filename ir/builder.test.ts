// The builder keeps the IR's structural rules while the lowering emits.

import test from 'ava';
import { FunctionBuilder } from './builder.js';
import { printFunction } from './print.js';
import { verifyFunction } from './verify.js';

test('a local write inside a block with a handler ends the block', (t) => {
  const b = new FunctionBuilder(0, '<module>', '<module>', 'module', null, 1, []);
  b.fn.locals = ['x'];
  const handler = b.newBlock();
  b.handler = handler.id;
  const body = b.newBlock();
  b.emit('jump', [], { target: body.id }, null);
  b.setBlock(body);
  const one = b.value('const', [], { value: 1n }, null);
  b.emit('store_local', [one], { name: 'x' }, null);
  const callee = b.value('load_local', [], { name: 'x' }, null);
  b.emit('return', [b.value('call', [callee], {}, null)], {}, null);
  b.handler = null;
  b.setBlock(handler);
  b.emit('return', [b.value('const', [], { value: null }, null)], {}, null);
  t.deepEqual(verifyFunction(b.fn), []);
  t.is(printFunction(b.fn), `function 0 '<module>' kind=module parent=none line=1 qualname='<module>'
  params ()
  locals ('x',)
bb0:
  jump target=bb2
bb1:
  %3 = const None
  return %3
bb2: except bb1
  %0 = const 1
  store_local %0 name='x'
  jump target=bb3
bb3: except bb1
  %1 = load_local name='x'
  %2 = call %1
  return %2`);
});

test('emitting after a terminator is a lowering bug, reported as such', (t) => {
  const b = new FunctionBuilder(0, '<module>', '<module>', 'module', null, 1, []);
  b.emit('return', [b.value('const', [], { value: null }, null)], {}, null);
  t.false(b.open);
  t.throws(() => b.value('const', [], { value: 1n }, null), { message: /pyx internal error/ });
});
