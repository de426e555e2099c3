// A handful of line icons drawn inline (no icon font, no remote assets: the CSP forbids them).
const paths = {
  plus: 'M8 3v10M3 8h10',
  gear: 'M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4',
  upload: 'M8 11V2.5M4.5 6 8 2.5 11.5 6M2.5 11v2.5h11V11',
  search: 'M7 2.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM10.3 10.3l3.2 3.2',
  panel: 'M2 3h12v10H2zM10 3v10',
  sun: 'M8 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1',
  moon: 'M13 9.5A5.5 5.5 0 0 1 6.5 3a5.5 5.5 0 1 0 6.5 6.5z',
  contrast: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM8 2v12',
  warning: 'M8 2 1.5 13.5h13zM8 6.5v3.5M8 11.8v.2',
  close: 'M4 4l8 8M12 4l-8 8',
  keyboard: 'M1.5 4h13v8h-13zM4 6.5h1M7 6.5h1M10 6.5h1M4.5 9.5h7',
  arrows: 'M5 2.5v11M2.5 5 5 2.5 7.5 5M11 13.5v-11M8.5 11 11 13.5 13.5 11',
  check: 'M3 8.5 6.5 12 13 4.5',
  wave: 'M1.5 8h1M4 5.5v5M6.5 3v10M9 5v6M11.5 6.5v3M14 7.5v1',
  link: 'M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 0 1 3.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 0 1-3.5-3.5L5.5 8',
  image: 'M2 3h12v10H2zM2 11l3.5-3.5 3 3 2-2L14 12M10.5 5.5h.01',
  hidden: 'M2 8s2.2-4 6-4 6 4 6 4-2.2 4-6 4-6-4-6-4zM8 6.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zM2.5 13.5l11-11',
  fit: 'M2 5V2h3M11 2h3v3M14 11v3h-3M5 14H2v-3M5 8h6M6.5 6.5 5 8l1.5 1.5M9.5 6.5 11 8 9.5 9.5',
  error: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5zM5.9 5.9l4.2 4.2M10.1 5.9l-4.2 4.2',
  info: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5zM8 7.3v3.9M8 4.9v.1',
  ok: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5zM5.2 8.2l1.9 1.9 3.7-4',
  refresh: 'M13 2.8v3.4H9.6M12.7 6.2A5.2 5.2 0 1 0 13.2 9',
  copy: 'M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3',
  chevron: 'M6 3.5 10.5 8 6 12.5',
  rss: 'M3 2.5a10.5 10.5 0 0 1 10.5 10.5M3 6.5A6.5 6.5 0 0 1 9.5 13M3.5 12.5h.01',
  export: 'M8 2.5V10M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11',
  // The Notes tab's alignment and interchange (notes-io).
  swap: 'M3 5h10M10.5 2.5 13 5l-2.5 2.5M13 11H3M5.5 8.5 3 11l2.5 2.5',
  split: 'M8 2.5V7l-4 3v3.5M8 7l4 3v3.5',
  merge: 'M4 2.5V6l4 3 4-3V2.5M8 9v4.5',
  'arrow-up': 'M8 13V3M4 7l4-4 4 4',
  'arrow-down': 'M8 3v10M4 9l4 4 4-4',
  'chevron-down': 'M4 6l4 4 4-4',
  file: 'M4 1.5h5.5l3 3v10h-8.5zM9.5 1.5v3h3M6 8.5h4M6 11h4',
  folder: 'M1.5 3.5h4.5l1.5 1.5h7v8.5h-13z',
  undo: 'M5.5 3.5l-3 3 3 3M2.5 6.5h7a3.5 3.5 0 0 1 0 7H7',
  redo: 'M10.5 3.5l3 3-3 3M13.5 6.5h-7a3.5 3.5 0 0 0 0 7H9',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
