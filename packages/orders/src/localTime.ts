import { localDate, localMinutes } from '@zhidu/core';

/**
 * An instant as the store's local date and time, `YYYY-MM-DD HH:mm:ss`, for messages.
 *
 * @internal
 */
export function localTime(instant: string | null, timeZone: string): string | null {
  if (instant === null) return null;
  const minutes = localMinutes(instant, timeZone);
  const hh = Math.floor(minutes / 60);
  const mm = Math.floor(minutes % 60);
  // Offsets are whole minutes, so the seconds are the instant's own.
  const ss = new Date(instant).getUTCSeconds();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDate(instant, timeZone)} ${pad(hh)}:${pad(mm)}:${pad(ss)}`;
}
