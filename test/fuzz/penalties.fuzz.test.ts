import type { Context } from '@zhidu/core';
import {
  assessAdministrativePenalty,
  assessAttendance,
  assessSellerPenalty,
  createPenaltyAssessor,
  definePenaltyPolicy,
  presets,
  type AdministrativePenaltyInput,
  type AttendanceMonth,
  type PenaltyPolicy,
  type SellerPenaltyInput,
} from '@zhidu/penalties';
import { describe } from 'vitest';
import { fuzz, noPolicy } from './harness.js';

// Samples copied from packages/penalties/test (fixtures, attendance, administrativePenalty, sellerPenalty).
const context: Context = { now: '2026-04-01T10:00:00+08:00', locale: 'en-US' };
const policies: Readonly<Record<string, PenaltyPolicy>> = presets;
/** A month signed in the store's time zone (Shanghai, or New York for usStore: EST until 8 March 2026). */
const monthIn = (offset: string): AttendanceMonth => ({
  employeeId: 'E7',
  days: [
    { date: '2026-03-02', signIn: `2026-03-02T09:00:00${offset}`, signOut: `2026-03-02T18:00:00${offset}` },
    { date: '2026-03-03', signIn: `2026-03-03T09:20:00${offset}`, signOut: `2026-03-03T17:30:00${offset}` },
    { date: '2026-03-08' },
  ],
});
const month = (policy: PenaltyPolicy): AttendanceMonth => monthIn(policy === presets.usStore ? '-05:00' : '+08:00');
const administrative: AdministrativePenaltyInput = { amount: '200', monthlyWage: '6000', otherDeductions: '1100' };
const seller: SellerPenaltyInput = { kind: 'late_shipment', itemPrice: '100', promisedShipHours: 24 };

describe('fuzz @zhidu/penalties', () => {
  fuzz({ name: 'assessAttendance', policies, sample: (p) => [month(p), context], call: ([m, c], p) => assessAttendance(m as AttendanceMonth, p, c as Context) });
  fuzz({
    name: 'assessAdministrativePenalty',
    policies,
    sample: () => [administrative, context],
    call: ([i, c], p) => assessAdministrativePenalty(i as AdministrativePenaltyInput, p, c as Context),
  });
  fuzz({
    name: 'assessSellerPenalty',
    policies,
    sample: () => [seller, context],
    call: ([i, c], p) => assessSellerPenalty(i as SellerPenaltyInput, p, c as Context),
  });
  fuzz({
    name: 'definePenaltyPolicy',
    policies: noPolicy,
    refusal: 'config',
    sample: () => [structuredClone(presets.generic), 'generic'],
    call: ([overrides, base]) => definePenaltyPolicy(overrides as never, base as never),
    returns: 'json',
  });
  fuzz({
    name: 'createPenaltyAssessor(policy).attendance',
    policies,
    runs: 100,
    sample: (p) => [month(p), context],
    call: ([m, c], p) => createPenaltyAssessor(p).attendance(m as AttendanceMonth, c as Context),
  });
});
