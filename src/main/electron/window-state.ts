// The main window's remembered bounds: parsed defensively (the file is user-editable) and
// placed back on a display that still exists, so a window never reopens off-screen.
import type { Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1400, height: 860 } as const;
export const MIN_SIZE = { width: 960, height: 600 } as const;
/** How much of the saved window must overlap a display's work area to be kept where it was. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

export function parseWindowState(json: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: Partial<Rectangle>; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds;
  if (!isInt(x) || !isInt(y) || !isInt(width) || !isInt(height) || width <= 0 || height <= 0) return null;
  return { bounds: { x, y, width, height }, maximized: maximized === true };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const area = (o: { width: number; height: number }): number => o.width * o.height;

function centered(size: { width: number; height: number }, work: Rectangle): Rectangle {
  const width = Math.min(size.width, work.width);
  const height = Math.min(size.height, work.height);
  return {
    x: work.x + Math.round((work.width - width) / 2),
    y: work.y + Math.round((work.height - height) / 2),
    width,
    height,
  };
}

/**
 * Keeps the saved bounds on the display they overlap most, shrunk to its work area and pulled
 * inside it; when no display shows enough of them (monitor unplugged), centres the saved size
 * on the primary display. `workAreas[0]` is the primary display.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved === null) return { bounds: centered(DEFAULT_SIZE, primary), maximized: false };

  let best: Rectangle | null = null;
  for (const work of workAreas) {
    const o = overlap(saved.bounds, work);
    if (o.width < MIN_VISIBLE.width || o.height < MIN_VISIBLE.height) continue;
    if (best === null || area(o) > area(overlap(saved.bounds, best))) best = work;
  }
  if (best === null) return { bounds: centered(saved.bounds, primary), maximized: saved.maximized };

  const width = Math.min(saved.bounds.width, best.width);
  const height = Math.min(saved.bounds.height, best.height);
  const x = Math.min(Math.max(saved.bounds.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(saved.bounds.y, best.y), best.y + best.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}
