// Wall-clock time in an IANA zone <-> ISO-8601 with offset, for the publication date field
// (a datetime-local input plus a zone select). Intl only: no time-zone database shipped.

/** Offset of `zone` at instant `utcMs`, in minutes east of UTC (Montreal in winter: -300). */
function zoneOffsetMinutes(zone: string, utcMs: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(utcMs))
    .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** '2026-03-04T06:00' in 'America/Montreal' -> '2026-03-04T06:00:00-05:00'; '' -> null. */
export function localToIso(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return local === '' ? null : local;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // Two passes settle the offset even right after a DST change.
  let offset = zoneOffsetMinutes(zone, wallAsUtc);
  offset = zoneOffsetMinutes(zone, wallAsUtc - offset * 60_000);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${pad(s)}${offsetText(offset)}`;
}

/** The wall-clock time of an ISO instant in `zone`, as a datetime-local value. */
export function isoToLocal(iso: string | null, zone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(date).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Montreal';
}

let zones: string[] | null = null;
/** Every IANA zone the browser knows, Canadian ones first since most shows are made there. */
export function timeZones(): string[] {
  if (zones) return zones;
  const all = Intl.supportedValuesOf('timeZone');
  const first = ['America/Montreal', 'America/Toronto', 'America/Moncton', 'America/Halifax',
    'America/Winnipeg', 'America/Edmonton', 'America/Vancouver', 'Europe/Paris', 'Europe/Brussels', 'UTC'];
  zones = [...first, ...all.filter((z) => !first.includes(z))];
  return zones;
}
