// Wraps the preload's `window.balado`: rejections carry `{ baladoError }` and some builds resolve
// to an Envelope; both are normalised so callers only see values or AppErrors.
import type { BaladoApi, CallArgs, CallName, CallResult } from '../../shared/api/contract';
import { AppError, type Envelope } from '../../shared/api/errors';
import { toAppError } from './errors';

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'
    && ('value' in value || 'error' in value);
}

export function wrapElectronApi(raw: BaladoApi): BaladoApi {
  return {
    async invoke<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
      let result: unknown;
      try {
        result = await raw.invoke(name, args);
      } catch (error) {
        throw toAppError(error);
      }
      if (isEnvelope(result)) {
        if (result.ok) return result.value as CallResult<K>;
        throw AppError.fromWire(result.error);
      }
      return result as CallResult<K>;
    },
    on: (event, listener) => raw.on(event, listener),
    pathForFile: raw.pathForFile ? (file) => raw.pathForFile!(file) : undefined,
  };
}
