// Line icons the Notes editor needs that the frame's set lacks (drawn inline: the CSP forbids
// remote assets, and symbol characters are missing from many system fonts).
const paths = {
  snippet: 'M5.5 2.5h8v8h-8zM2.5 5.5v8h8',
  lock: 'M4 7.5h8v6H4zM5.5 7.5V5.5a2.5 2.5 0 0 1 5 0v2',
  pencil: 'M10.5 2.5l3 3-8 8H2.5v-3zM9 4l3 3',
} as const;

export function NotesIcon({ name, size = 14 }: { name: keyof typeof paths; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
