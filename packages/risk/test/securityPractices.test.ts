import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { checkSecurityPractices, type SecurityPracticesInput } from '../src/index.js';
import { clauses, thrown } from './fixtures.js';

// RISK-7: regular data backup, account passwords changed, customer privacy. A backup or a password
// change exactly at its limit is still in time; one millisecond later it is overdue.

const now = '2026-06-10T12:00:00Z';
const context = { now };
/** Backed up an hour ago, passwords changed ten days ago, customer data protected. */
const good: SecurityPracticesInput = { lastBackupAt: '2026-06-10T11:00:00Z', passwordsChangedAt: '2026-05-31T12:00:00Z', customerDataProtected: true };
const check = (changes: Partial<SecurityPracticesInput>, ctx: { now: string; locale?: 'zh-CN' | 'en-US' } = context) =>
  checkSecurityPractices({ ...good, ...changes }, ctx);

describe('RISK-7: security practices', () => {
  it('RISK-7: all in order is compliant, with a reason for backups and passwords', () => {
    const result = check({});
    expect(result).toMatchObject({ compliant: true, findings: [] });
    expect(clauses(result)).toEqual([
      ['RISK_BACKUP_OK', 'RISK-7'],
      ['RISK_PASSWORDS_OK', 'RISK-7'],
    ]);
    expect(result.reasons.map((r) => r.message)).toEqual(['数据已按要求备份（每 24 小时）', '账号密码在 90 天内更换过']);
  });

  it('RISK-7: a backup exactly 24 hours ago is in time; 1 ms earlier it is overdue', () => {
    expect(check({ lastBackupAt: '2026-06-09T12:00:00Z' })).toMatchObject({ compliant: true, findings: [] });
    // the same instant written in Shanghai time
    expect(check({ lastBackupAt: '2026-06-09T20:00:00+08:00' }).compliant).toBe(true);
    const late = check({ lastBackupAt: '2026-06-09T11:59:59.999Z' });
    expect(late).toMatchObject({ compliant: false, findings: ['backup'] });
    expect(late.reasons[0]).toMatchObject({ code: 'RISK_BACKUP_OVERDUE', clause: 'RISK-7', params: { every: 24, hoursSince: 24 } });
  });

  it('RISK-7: the backup interval is a parameter (every 6 hours)', () => {
    expect(check({ backupEveryHours: 6, lastBackupAt: '2026-06-10T06:00:00Z' }).compliant).toBe(true);
    expect(check({ backupEveryHours: 6, lastBackupAt: '2026-06-10T05:59:59.999Z' }).findings).toEqual(['backup']);
  });

  it('RISK-7: passwords changed exactly 90 days ago are in time; 1 ms earlier they are stale', () => {
    // 12 March 12:00 UTC + 90 days = 10 June 12:00 UTC (19 days of March, 30 of April, 31 of May, 10 of June)
    expect(check({ passwordsChangedAt: '2026-03-12T12:00:00Z' })).toMatchObject({ compliant: true, findings: [] });
    const stale = check({ passwordsChangedAt: '2026-03-12T11:59:59.999Z' });
    expect(stale).toMatchObject({ compliant: false, findings: ['passwords'] });
    expect(stale.reasons[1]).toMatchObject({ code: 'RISK_PASSWORDS_STALE', clause: 'RISK-7', params: { maxDays: 90, daysSince: 90 } });
    expect(check({ passwordMaxAgeDays: 30, passwordsChangedAt: '2026-05-11T12:00:00Z' }).compliant).toBe(true);
    expect(check({ passwordMaxAgeDays: 30, passwordsChangedAt: '2026-05-11T11:59:59.999Z' }).findings).toEqual(['passwords']);
  });

  it('RISK-7: customer data not protected is a privacy finding', () => {
    const result = check({ customerDataProtected: false });
    expect(result).toMatchObject({ compliant: false, findings: ['privacy'] });
    expect(result.reasons.at(-1)).toMatchObject({ code: 'RISK_PRIVACY_UNPROTECTED', clause: 'RISK-7' });
  });

  it('RISK-7: never backed up, passwords never changed: findings, with no age to give', () => {
    const result = check({ lastBackupAt: null, passwordsChangedAt: null });
    expect(result).toMatchObject({ compliant: false, findings: ['backup', 'passwords'] });
    expect(result.reasons[0]?.params).toEqual({ every: 24, hoursSince: null });
    expect(result.reasons[1]?.params).toEqual({ maxDays: 90, daysSince: null });
  });

  it('RISK-7: every finding at once, in the order backup, passwords, privacy; en-US by context', () => {
    const result = check({ lastBackupAt: null, passwordsChangedAt: '2025-01-01T00:00:00Z', customerDataProtected: false }, { now, locale: 'en-US' });
    expect(result.findings).toEqual(['backup', 'passwords', 'privacy']);
    expect(result.reasons.map((r) => r.code)).toEqual(['RISK_BACKUP_OVERDUE', 'RISK_PASSWORDS_STALE', 'RISK_PRIVACY_UNPROTECTED']);
    expect(result.reasons[2]?.message).toBe('Customer personal data is not protected: restrict access and never disclose it');
  });

  it('RISK-7: bad input gives PolicyInputError with the path', () => {
    expect(() => check({ backupEveryHours: 0 })).toThrow(PolicyInputError);
    expect(thrown(() => check({ backupEveryHours: 0 })).paths).toEqual(['backupEveryHours']);
    expect(thrown(() => check({ passwordMaxAgeDays: -1 })).paths).toEqual(['passwordMaxAgeDays']);
    expect(thrown(() => check({ lastBackupAt: '2026-06-10 11:00' })).paths).toEqual(['lastBackupAt']);
    expect(thrown(() => checkSecurityPractices({ lastBackupAt: null, passwordsChangedAt: null } as unknown as SecurityPracticesInput, context)).paths).toEqual(['customerDataProtected']);
  });
});
