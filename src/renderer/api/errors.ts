// Turns whatever a failed call throws (AppError, a preload rejection, a network TypeError) into
// an AppError, so every failure can be shown in the UI language and never as a raw stack.
import { AppError, isAppError, type WireError } from '../../shared/api/errors';

function isWireError(value: unknown): value is WireError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (typeof error === 'object' && error !== null && 'baladoError' in error) {
    const wire = (error as { baladoError: unknown }).baladoError;
    if (isWireError(wire)) return AppError.fromWire(wire);
  }
  if (isWireError(error)) return AppError.fromWire(error);
  const problem = error instanceof Error ? error.message : String(error);
  return new AppError('internal', { problem });
}
