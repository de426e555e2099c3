// The boundary every UI call crosses: look the call up in the contract, validate its arguments
// with the contract's schema, run the handler, and answer an Envelope. Never throws.

import { contract, type CallName, type CallResult, type ParsedArgs } from '../../shared/api/contract.js';
import { AppError, type Envelope } from '../../shared/api/errors.js';
import { validationError } from '../../shared/api/validation-error.js';

export type Handlers = { [K in CallName]: (args: ParsedArgs<K>) => Promise<CallResult<K>> | CallResult<K> };
export type Dispatch = (name: string, rawArgs: unknown) => Promise<Envelope<unknown>>;

function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function toWireError(error: unknown, context: string) {
  if (error instanceof AppError) return error.toWire();
  // A bug, not an expected error: log it loudly with its stack, show the user a short line.
  console.error(`[dispatch] ${context} failed unexpectedly`, error);
  const problem = error instanceof Error ? error.message : String(error);
  return new AppError('internal', { problem }).toWire();
}

export function createDispatch(handlers: Handlers): Dispatch {
  return async (name, rawArgs) => {
    if (!isCallName(name)) return { ok: false, error: new AppError('unknown_call', { call: name }).toWire() };
    const parsed = contract[name].args.safeParse(rawArgs ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error.issues).toWire() };
    try {
      const handler = handlers[name] as (args: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return { ok: false, error: toWireError(error, name) };
    }
  };
}
