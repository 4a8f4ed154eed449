import { createReason, parseInput, parseInstant, resolveContext, instantSchema, type Context, type Decision, type DeepReadonly, type Reason } from '@zhidu/core';
import * as z from 'zod/mini';
import { riskMessages } from './messages.js';

const positive = z.number().check(z.refine((value) => Number.isFinite(value) && value > 0, { message: 'Expected a number > 0' }));

/** The input of {@link checkSecurityPractices}. */
export const securityPracticesSchema = z.strictObject({
  /** When data was last backed up, and how often it must be. */
  lastBackupAt: z.nullable(instantSchema),
  backupEveryHours: z._default(positive, 24),
  /** When shop and platform account passwords were last changed, and their maximum age. */
  passwordsChangedAt: z.nullable(instantSchema),
  passwordMaxAgeDays: z._default(positive, 90),
  /** Whether customer personal data is access-controlled and not disclosed. */
  customerDataProtected: z.boolean(),
});

/** The input of {@link checkSecurityPractices}. */
export type SecurityPracticesInput = DeepReadonly<z.input<typeof securityPracticesSchema>>;

/** The result of {@link checkSecurityPractices}. */
export type SecurityPracticesCheck = Decision<{ readonly compliant: boolean; readonly findings: readonly ('backup' | 'passwords' | 'privacy')[] }>;

/**
 * Checks the security practices of RISK-7 at `context.now`: data backed up regularly, account
 * passwords changed within their maximum age, customer privacy protected. A backup or password
 * change exactly at its limit is still in time.
 *
 * @param input - when backups and password changes last happened, their intervals, and the privacy flag
 * @param context - `now` and the locale
 * @returns `{ compliant, findings, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} on a malformed input
 * @example
 * checkSecurityPractices(
 *   { lastBackupAt: '2026-06-01T00:00:00Z', passwordsChangedAt: '2026-05-01T00:00:00Z', customerDataProtected: true },
 *   { now: '2026-06-01T12:00:00Z' },
 * ).compliant
 * //=> true
 */
export function checkSecurityPractices(input: SecurityPracticesInput, context?: Context): SecurityPracticesCheck {
  const parsed = parseInput(securityPracticesSchema, input);
  const { now, locale } = resolveContext(context, { timeZone: 'UTC', locale: 'zh-CN' });
  const reasons: Reason[] = [];
  const findings: ('backup' | 'passwords' | 'privacy')[] = [];
  const hours = (at: string | Date) => (now.getTime() - parseInstant(at).getTime()) / 3_600_000;
  const backupAge = parsed.lastBackupAt === null ? null : hours(parsed.lastBackupAt);
  if (backupAge === null || backupAge > parsed.backupEveryHours) {
    findings.push('backup');
    reasons.push(createReason(riskMessages, 'RISK_BACKUP_OVERDUE', { every: parsed.backupEveryHours, hoursSince: backupAge === null ? null : Math.floor(backupAge) }, locale));
  } else reasons.push(createReason(riskMessages, 'RISK_BACKUP_OK', { every: parsed.backupEveryHours }, locale));
  const passwordDays = parsed.passwordsChangedAt === null ? null : hours(parsed.passwordsChangedAt) / 24;
  if (passwordDays === null || passwordDays > parsed.passwordMaxAgeDays) {
    findings.push('passwords');
    reasons.push(createReason(riskMessages, 'RISK_PASSWORDS_STALE', { maxDays: parsed.passwordMaxAgeDays, daysSince: passwordDays === null ? null : Math.floor(passwordDays) }, locale));
  } else reasons.push(createReason(riskMessages, 'RISK_PASSWORDS_OK', { maxDays: parsed.passwordMaxAgeDays }, locale));
  if (!parsed.customerDataProtected) {
    findings.push('privacy');
    reasons.push(createReason(riskMessages, 'RISK_PRIVACY_UNPROTECTED', undefined, locale));
  }
  return { compliant: findings.length === 0, findings, reasons };
}
