import type { AttendanceDayResult, AttendanceMonth } from '../src/index.js';

type Day = AttendanceMonth['days'][number];

/** A Shanghai (UTC+8) instant on a local date at a local time `HH:mm` or `HH:mm:ss(.sss)`. */
export const cn = (date: string, time: string): string => `${date}T${time.length === 5 ? `${time}:00` : time}+08:00`;

/**
 * A New York instant on a local date at a local time. 2026: EST (UTC−5) until Sunday 8 March,
 * EDT (UTC−4) from then on (the second Sunday of March).
 */
export const ny = (date: string, time: string): string => `${date}T${time.length === 5 ? `${time}:00` : time}${date < '2026-03-08' ? '-05:00' : '-04:00'}`;

/** A day signed in and out in Shanghai at the given local times (09:00–18:00 by default). */
export const cnDay = (date: string, signIn = '09:00', signOut = '18:00', extra: Partial<Day> = {}): Day => ({
  date,
  signIn: cn(date, signIn),
  signOut: cn(date, signOut),
  ...extra,
});

/** A month of one employee. */
export const month = (...days: Day[]): AttendanceMonth => ({ employeeId: 'E7', days });

/** Every date of March 2026, `2026-03-01` … `2026-03-31`. */
export const march = Array.from({ length: 31 }, (_, index) => `2026-03-${String(index + 1).padStart(2, '0')}`);

/**
 * The Sundays of March 2026: 1 January 2026 is a Thursday, so 1 February and 1 March are Sundays,
 * and so are 8, 15, 22 and 29 March. That leaves 26 Monday–Saturday days (31 − 5).
 */
export const marchSundays = ['2026-03-01', '2026-03-08', '2026-03-15', '2026-03-22', '2026-03-29'];
/** The Saturdays of March 2026. */
export const marchSaturdays = ['2026-03-07', '2026-03-14', '2026-03-21', '2026-03-28'];

/** The reason codes of a decision, in order. */
export const codes = (decision: { readonly reasons: readonly { readonly code: string }[] }): string[] => decision.reasons.map((reason) => reason.code);

/** The clause a decision cites for a code (undefined when the code is absent). */
export const clauseOf = (decision: { readonly reasons: readonly { readonly code: string; readonly clause: string }[] }, code: string): string | undefined =>
  decision.reasons.find((reason) => reason.code === code)?.clause;

/** The only day of a result. */
export const only = (result: { readonly days: readonly AttendanceDayResult[] }): AttendanceDayResult => {
  if (result.days.length !== 1) throw new Error(`expected one day, got ${String(result.days.length)}`);
  return result.days[0]!;
};

/** The path of every issue of a thrown PolicyInputError / PolicyConfigError, joined with dots. */
export function issuePaths(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    return ((error as { issues?: { path: (string | number)[] }[] }).issues ?? []).map((issue) => issue.path.join('.'));
  }
  throw new Error('expected the call to throw');
}
