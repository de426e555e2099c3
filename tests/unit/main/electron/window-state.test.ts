// Saved window bounds: parsed defensively and put back on a display that still exists.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, parseWindowState, placeWindow } from '../../../../src/main/electron/window-state.js';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads a valid file', () => {
    expect(parseWindowState('{"bounds":{"x":10,"y":20,"width":1200,"height":800},"maximized":true}'))
      .toEqual({ bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true });
  });

  it('rejects anything malformed instead of throwing', () => {
    for (const text of ['', 'nope', 'null', '[]', '{}', '{"bounds":{"x":1,"y":2,"width":0,"height":5}}',
      '{"bounds":{"x":"1","y":2,"width":3,"height":5}}', '{"bounds":{"x":1.5,"y":2,"width":3,"height":5}}']) {
      expect(parseWindowState(text), text).toBeNull();
    }
  });
});

describe('placeWindow', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({
      bounds: { x: 20, y: 8, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
      maximized: false,
    });
  });

  it('keeps a window that is visible where it was', () => {
    const saved = { bounds: { x: 1600, y: 0, width: 1400, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('pulls a half-visible window inside the display it mostly overlaps', () => {
    const saved = { bounds: { x: 1000, y: 600, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual({ x: 440, y: 175, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its display', () => {
    const saved = { bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual(laptop);
  });

  it('recentres on the primary display when its monitor is gone', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1200, height: 800 }, maximized: true };
    expect(placeWindow(saved, [laptop])).toEqual({ bounds: { x: 120, y: 38, width: 1200, height: 800 }, maximized: true });
  });

  it('treats a sliver on screen as gone', () => {
    const saved = { bounds: { x: 1400, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds.x).toBe(120);
  });
});
