// Focus for "go to": the view that holds the field renders after the workspace switches (and the
// episode may still be loading), so look for the element frame by frame until it is there and
// keeps the focus, then scroll it into view and flash it so the eye finds it.

/** Frames the element must keep the focus before we stop watching (a remount can replace it). */
const SETTLED_FRAMES = 12;
const FLASH_CLASS = 'goto-flash';

function find(selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) return element;
  }
  return null;
}

function flash(element: HTMLElement): void {
  element.classList.remove(FLASH_CLASS);
  // Reading layout restarts the animation when the same element is flashed twice.
  void element.offsetWidth;
  element.classList.add(FLASH_CLASS);
  window.setTimeout(() => element.classList.remove(FLASH_CLASS), 1600);
}

/** Focuses the first of `selectors` found within `timeoutMs`; returns a function that stops looking. */
export function focusWhenReady(selectors: readonly string[], timeoutMs = 8000): () => void {
  if (selectors.length === 0) return () => undefined;
  const started = performance.now();
  let settled = 0;
  let frame = 0;
  const tick = () => {
    if (performance.now() - started > timeoutMs) return;
    const element = find(selectors);
    if (element && element !== document.activeElement) {
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'center' });
      flash(element);
      settled = 0;
    } else if (element) {
      settled += 1;
    }
    if (settled < SETTLED_FRAMES) frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
