// Short-lived messages at the bottom right: errors stay until closed, confirmations fade.
// Messages are kept in both languages so switching the UI language re-renders them.
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { Bilingual } from '../../shared/domain/types';
import { toAppError } from '../api/errors';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  text: Bilingual;
}

export interface Toasts {
  toasts: Toast[];
  info: (text: Bilingual) => void;
  error: (error: unknown) => void;
  dismiss: (id: number) => void;
}

export function useToastState(): Toasts {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const push = useCallback((kind: Toast['kind'], text: Bilingual) => {
    const id = next.current++;
    setToasts((list) => [...list.slice(-4), { id, kind, text }]);
    if (kind === 'info') window.setTimeout(() => dismiss(id), 4000);
  }, [dismiss]);
  const info = useCallback((text: Bilingual) => push('info', text), [push]);
  const error = useCallback((e: unknown) => {
    const appError = toAppError(e);
    if (appError.code === 'internal') console.error(e);
    push('error', appError.messages);
  }, [push]);
  return useMemo(() => ({ toasts, info, error, dismiss }), [toasts, info, error, dismiss]);
}

export const ToastContext = createContext<Toasts | null>(null);

export function useToasts(): Toasts {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToasts outside ToastContext');
  return value;
}
