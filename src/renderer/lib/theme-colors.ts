// Canvas and wavesurfer cannot read CSS variables: resolve them (colours, the mono font) from the
// current theme, and tell callers when the theme (data-theme on <html>) changes so they repaint.

export function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

export function onThemeChange(callback: () => void): () => void {
  const observer = new MutationObserver(callback);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
