// Dates as RSS writes them (RFC 2822): `Wed, 04 Mar 2026 06:00:00 -0500`, keeping the offset the
// publication date was chosen with, so the feed says what the producer typed.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO-8601 date-time with offset (or Z) as RFC 2822 in that same offset; null when not one. */
export function isoToRfc2822(iso: string): string | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone = 'Z'] = m;
  const year = Number(y);
  const month = Number(mo) - 1;
  const day = Number(d);
  // The weekday of the local calendar date: computed in UTC so the machine's zone plays no part.
  const weekday = new Date(Date.UTC(year, month, day)).getUTCDay();
  if (Number.isNaN(weekday) || month > 11) return null;
  const offset = zone === 'Z' ? '+0000' : zone.replace(':', '');
  return `${DAYS[weekday]}, ${pad(day)} ${MONTHS[month]} ${year} ${h}:${mi}:${s} ${offset}`;
}

/** A moment (the release clock) in UTC. */
export function dateToRfc2822(date: Date): string {
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/** RFC 2822 as feeds write it (named zones too, e.g. GMT, EST): the ISO form keeping the offset. */
export function rfc2822ToIso(text: string): string | null {
  const m = /^\s*(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?\s*$/.exec(text);
  if (!m) return null;
  const [, d, mon, y, h, mi, s = '00', zone = 'GMT'] = m;
  const month = MONTHS.findIndex((x) => x.toLowerCase() === (mon ?? '').toLowerCase());
  if (month < 0) return null;
  let year = Number(y);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const offset = zoneOffset(zone);
  if (offset === null) return null;
  const day = Number(d);
  const hour = Number(h);
  const check = new Date(Date.UTC(year, month, day, hour, Number(mi), Number(s)));
  if (check.getUTCDate() !== day || hour > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const tz = abs === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${year}-${pad(month + 1)}-${pad(day)}T${pad(hour)}:${mi}:${pad(Math.min(59, Number(s)))}${tz}`;
}

const NAMED: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

/** Minutes east of UTC for `+hhmm`/`-hhmm` or a zone RFC 2822 names; null for anything else. */
function zoneOffset(zone: string): number | null {
  const numeric = /^([+-])(\d{2})(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return NAMED[zone.toUpperCase()] ?? null;
}
