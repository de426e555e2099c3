// Locale-aware formatting of dates, durations, sizes and rates for the UI language (Intl only).
import type { UiLanguage } from '../../shared/domain/types';

const locale = (lang: UiLanguage): string => (lang === 'fr' ? 'fr-CA' : 'en-CA');

export function formatDate(lang: UiLanguage, iso: string | null, timeZone?: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeZone: timeZone ?? undefined }).format(d);
}

export function formatShortDateTime(lang: UiLanguage, iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'short', timeStyle: 'short' }).format(d);
}

/** 1:02:03 or 42:07: the clock form producers read at a glance. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '';
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

function formatNumber(lang: UiLanguage, n: number, digits = 0): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(n);
}

export function formatBytes(lang: UiLanguage, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const label = lang === 'fr' ? ['o', 'Ko', 'Mo', 'Go'][unit] : units[unit];
  return `${formatNumber(lang, value, unit === 0 ? 0 : 1)} ${label}`;
}

export function formatBitrate(lang: UiLanguage, bitsPerSecond: number): string {
  return `${formatNumber(lang, bitsPerSecond / 1000)} kb/s`;
}

export function formatSampleRate(lang: UiLanguage, hz: number): string {
  return `${formatNumber(lang, hz / 1000, 1)} kHz`;
}

export function formatPercent(lang: UiLanguage, ratio: number): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
