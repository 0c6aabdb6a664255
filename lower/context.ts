// State shared by the lowering of one function: its builder, scope and loop stack, plus
// the module-wide function list. Also the name access rules (which op a name uses).

import type * as A from '../ast/nodes.js';
import type { ConstantValue, Position } from '../ast/nodes.js';
import { FunctionBuilder } from '../ir/builder.js';
import type { Block, IRFunction, SourcePos, ValueId } from '../ir/types.js';
import { compileSyntaxError, type SourceInfo } from './errors.js';
import { CLASS_NAMESPACE, type Scope, type SymbolTable } from './scopes.js';

/** Module-wide lowering state. Invariant: every slot of `functions` is filled when lowering ends. */
export interface ModuleState {
  readonly info: SourceInfo;
  readonly table: SymbolTable;
  /** Functions by index; a slot is reserved (null) before its body is lowered. */
  readonly functions: (IRFunction | null)[];
  /** Qualified name of each function scope lowered so far (for nested functions' names). */
  readonly qualnames: Map<Scope, string>;
}

/**
 * An enclosing loop: where `continue` and `break` jump, and the loop's temporary iterators
 * that `break` releases (release_iter), when the loop has some (lower/exceptions.ts).
 */
export interface Loop {
  readonly continueTarget: Block;
  readonly breakTarget: Block;
  readonly release?: readonly ValueId[];
}

/** Invariant: `loops` holds the enclosing loops of the statement being lowered, innermost last. */
export interface Ctx {
  readonly module: ModuleState;
  readonly scope: Scope;
  readonly b: FunctionBuilder;
  readonly loops: Loop[];
}

export function pos(node: Position): SourcePos {
  return { line: node.lineno, col: node.col_offset, endLine: node.end_lineno ?? node.lineno, endCol: node.end_col_offset ?? node.col_offset };
}

export function constant(ctx: Ctx, value: ConstantValue, node: Position): ValueId {
  return ctx.b.value('const', [], { value }, pos(node));
}

type Access = 'load' | 'store' | 'delete';

/** The op a name uses in this scope: locals and cells in functions, globals otherwise. */
export function nameOp(ctx: Ctx, name: string, access: Access) {
  switch (ctx.scope.binding(name)) {
    case 'local': return `${access}_local` as const;
    case 'cell': case 'free': return `${access}_deref` as const;
    case 'global_explicit': case 'global_implicit': return `${access}_global` as const;
  }
}

/** In a class body, plain names live in the namespace dict (CPython's LOAD_NAME and friends). */
function inNamespace(ctx: Ctx, name: string): boolean {
  if (ctx.scope.kind !== 'class') return false;
  const binding = ctx.scope.binding(name);
  return binding === 'local' || binding === 'global_implicit';
}

function namespace(ctx: Ctx, node: Position): ValueId {
  return ctx.b.value('load_local', [], { name: CLASS_NAMESPACE }, pos(node));
}

export function loadName(ctx: Ctx, name: string, node: Position): ValueId {
  if (inNamespace(ctx, name)) return ctx.b.value('load_name', [namespace(ctx, node)], { name }, pos(node));
  return ctx.b.value(nameOp(ctx, name, 'load'), [], { name }, pos(node));
}

/** CPython's compiler forbids binding `__debug__` (a constant of the compiler). */
export function checkBindable(ctx: Ctx, name: string, node: Position, verb: 'assign to' | 'delete' = 'assign to'): void {
  if (name === '__debug__') throw compileSyntaxError(`cannot ${verb} __debug__`, node, ctx.module.info);
}

export function storeName(ctx: Ctx, name: string, value: ValueId, node: Position): void {
  checkBindable(ctx, name, node);
  if (inNamespace(ctx, name)) { ctx.b.emit('store_name', [namespace(ctx, node), value], { name }, pos(node)); return; }
  ctx.b.emit(nameOp(ctx, name, 'store'), [value], { name }, pos(node));
}

export function deleteName(ctx: Ctx, name: string, node: Position): void {
  checkBindable(ctx, name, node, 'delete');
  if (inNamespace(ctx, name)) { ctx.b.emit('delete_name', [namespace(ctx, node)], { name }, pos(node)); return; }
  ctx.b.emit(nameOp(ctx, name, 'delete'), [], { name }, pos(node));
}

/** Continues lowering in a fresh block when the current one was terminated (dead code). */
export function ensureOpen(ctx: Ctx): void {
  if (!ctx.b.open) ctx.b.setBlock(ctx.b.newBlock());
}

/** The comprehensions pyx compiles (a generator expression is lowered as a generator function). */
export type ComprehensionNode = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;
