import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isClauseId } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { policyParameters } from '../src/index.js';
import { run, tempDir } from './helpers.js';

describe('policy show', () => {
  it('lists every parameter of the effective policy with its value and clause', async () => {
    const { code, stdout } = await run(['policy', 'show', 'returns', '--preset', 'usStore', '--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('parameter,value,clause,description');
    expect(stdout).toContain('noReason.window.length,30,"RET-7, RET-9"');
    expect(stdout).toContain('noReason.restockingFeeRate,"""0.15""","RET-7, RET-9"');
  });

  it('applies --set overrides, read as YAML values', async () => {
    const { code, jsonl } = await run(['policy', 'show', 'returns', '--set', 'noReason.window.length=15', '--set', 'refundWithinDays=3', '-f', 'jsonl']);
    expect(code).toBe(0);
    expect(jsonl.find((row) => row.parameter === 'noReason.window.length')?.value).toBe('15');
    expect(jsonl.find((row) => row.parameter === 'refundWithinDays')).toMatchObject({ value: '3', clause: 'RET-7' });
  });

  it('names only clauses of the catalog, for every family', () => {
    for (const family of ['returns', 'inventory', 'penalties', 'commissions', 'orders', 'catalog', 'metrics']) {
      const rows = policyParameters(family, {});
      expect(rows.length).toBeGreaterThan(3);
      for (const row of rows) for (const id of row.clause.split(', ').filter((c) => c !== '')) expect(isClauseId(id.replace(/\.\..*/u, '')), `${family} ${row.parameter} ${id}`).toBe(true);
    }
  });

  it('fails with exit code 2 on a bad --set or an unknown family', async () => {
    const bad = await run(['policy', 'show', 'returns', '--set', 'noReason.window.length=-3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('returns.noReason.window.length');
    expect((await run(['policy', 'show', 'nope'])).code).toBe(2);
  });
});

describe('policy schema', () => {
  it('prints the JSON Schema of a family', async () => {
    const { code, stdout } = await run(['policy', 'schema', 'inventory']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toContain('2020-12');
    expect(Object.keys(schema.properties)).toContain('reorder');
  });
});

describe('policy check', () => {
  it('accepts a good policy file', async () => {
    const { code, stdout } = await run(['policy', 'check', 'candidate.yaml']);
    expect(code).toBe(0);
    expect(stdout).toContain('a valid policy (returns, inventory');
  });

  it('lists every issue of a bad policy file and exits with 2', async () => {
    const { code, stderr, stdout } = await run(['policy', 'check', 'bad-policy.yaml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe('zhidu: Bad policy file bad-policy.yaml: 4 issues');
    for (const path of ['returns.noReason.window.length', 'returns.noReason.opened', 'returns.refundWithinDays', 'inventory.levels']) expect(stderr).toContain(path);
    // Each issue says what was expected, not zod/mini's bare "Invalid input".
    expect(stderr).toContain('returns.noReason.opened: Expected one of "accept", "restocking_fee", "review", "reject"');
    expect(stderr).toContain('returns.refundWithinDays: Expected a number, received a string');
    expect(stderr).not.toContain('Invalid input');
  });

  it('refuses a file that is not JSON or YAML, or has an unknown section', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'broken.yaml'), 'returns: {\n  noReason: [\n');
    writeFileSync(join(dir, 'unknown.json'), '{ "retruns": {} }');
    const broken = await run(['policy', 'check', 'broken.yaml'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('not valid JSON or YAML');
    const unknown = await run(['policy', 'check', 'unknown.json'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown section "retruns"');
  });
});

describe('returns check', () => {
  it('decides every request of a CSV file', async () => {
    const { code, jsonl, stderr } = await run(['returns', 'check', 'returns.csv', '--locale', 'en-US']);
    expect(code).toBe(0);
    expect(jsonl.map((row) => [row.line, row.order, row.outcome, row.refund])).toEqual([
      [2, 'SO-1', 'approve', '55.00'],
      [3, 'SO-2', 'reject', '0.00'],
      [4, 'SO-3', 'reject', '0.00'],
      [5, 'SO-4', 'reject', '0.00'],
      [6, 'SO-5', 'review', '88.00'],
    ]);
    expect(jsonl[0]?.decision).toMatchObject({ eligible: true, returnShippingPaidBy: 'buyer' });
    expect(stderr).toMatch(/^5 requests, 0 bad/mu);
  });

  it('writes CSV with --format csv and reasons in the chosen locale', async () => {
    const { stdout } = await run(['returns', 'check', 'returns.csv', '--format', 'csv', '--locale', 'en-US']);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('line,order,lineId,outcome,refund,restockingFee,currency,shippingPaidBy,deadline,reasons');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^2,SO-1,L1,approve,55\.00,0\.00,CNY,buyer,2026-03-10T15:59:59\.999Z,"Requested within the no-reason return window/u);
  });

  it('reports each bad row with its line number and issues, goes on, and exits with 1', async () => {
    const { code, jsonl, stderr } = await run(['returns', 'check', 'returns-bad.csv']);
    expect(code).toBe(1);
    expect(jsonl.map((row) => row.line)).toEqual([2, 6]);
    expect(stderr).toContain('line 3: order.lines[0].paid: What was paid for a line cannot exceed its price × quantity');
    expect(stderr).toMatch(/line 4: order\.placedAt: .*; request\.reason: /u);
    expect(stderr).toContain('line 5: wrong number of cells for the header');
    expect(stderr).toContain('5 requests, 3 bad');
  });

  it('reads JSON Lines and reports a line that is not JSON', async () => {
    const { code, jsonl, stderr } = await run(['returns', 'check', 'returns.jsonl']);
    expect(code).toBe(1);
    expect(jsonl.map((row) => row.outcome)).toEqual(['approve', 'reject']);
    expect(stderr).toMatch(/^line 3: not valid JSON/mu);
  });

  it('a missing file is one line and exit code 2', async () => {
    const { code, stderr, stdout } = await run(['returns', 'check', 'missing.csv']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^zhidu: Cannot read the input file .*missing\.csv: no such file\n$/u);
  });

  it('a bad policy is exit code 2 before any row is read', async () => {
    const { code, stderr, stdout } = await run(['returns', 'check', 'returns.csv', '--policy', 'bad-policy.yaml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('zhidu: Bad returns policy in');
    expect(stderr).toContain('returns.noReason.window.length');
  });

  it('takes the policy file over the preset', async () => {
    const { jsonl } = await run(['returns', 'check', 'returns.csv', '--policy', 'candidate.yaml']);
    expect(jsonl.map((row) => row.outcome)).toEqual(['approve', 'approve', 'reject', 'approve', 'review']);
  });

  it('prints an aligned table on a terminal', async () => {
    const { fakeOutput } = await import('./helpers.js');
    const { stdout } = await run(['returns', 'check', 'returns.csv', '-l', 'en-US'], { stdout: fakeOutput(undefined, true), progress: false });
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^line {4}order {9}lineId {2}outcome/u);
    expect(lines[1]).toMatch(/^─{6} {2}─{12}/u);
    expect(lines[2]).toMatch(/^2 {7}SO-1 {10}L1 {6}approve {2}55\.00/u);
  });

  it('refuses an unknown option with exit code 2', async () => {
    const { code, stderr } = await run(['returns', 'check', 'returns.csv', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('xml');
  });
});

describe('inventory classify', () => {
  it('classifies every SKU as of --now', async () => {
    const { code, jsonl } = await run(['inventory', 'classify', 'stock.csv', '--now', '2026-06-01T09:00:00+08:00']);
    expect(code).toBe(0);
    expect(jsonl.map((row) => [row.sku, row.level, row.reorder, row.slowMoving])).toEqual([
      ['TEA-250', 'below_min', 94, false],
      ['CUP-9', 'out_of_stock', 50, false],
      ['MUG-3', 'ok', 0, false],
      ['OLD-1', 'above_max', 0, true],
      ['PEN-7', 'near_min', 0, false],
    ]);
  });
});

describe('attendance assess', () => {
  it('groups CSV days into months per employee', async () => {
    const { code, jsonl } = await run(['attendance', 'assess', 'attendance.csv']);
    expect(code).toBe(0);
    expect(jsonl.map((row) => [row.line, row.employeeId, row.halfDayAbsences, row.seriousViolation])).toEqual([
      [2, 'E7', 2, true],
      [6, 'E8', 0, false],
    ]);
  });
});

describe('pay statement', () => {
  it('computes each statement', async () => {
    const { code, jsonl } = await run(['pay', 'statement', 'pay.csv', '-l', 'en-US']);
    expect(code).toBe(0);
    expect(jsonl.map((row) => [row.employeeId, row.gross, row.deductions, row.net])).toEqual([
      ['E-7', '3900.00', '245.98', '3654.02'],
      ['S-1', '4000.00', '0.00', '4000.00'],
    ]);
  });
});

describe('risk register', () => {
  it('sorts the register by severity and writes the heat map', async () => {
    const dir = tempDir();
    const svg = join(dir, 'heat.svg');
    const { code, jsonl, stderr } = await run(['risk', 'register', 'risks.csv', '--heatmap', svg, '-f', 'jsonl']);
    expect(code).toBe(0);
    expect(jsonl.map((row) => [row.rank, row.id, row.response])).toEqual([
      [1, 'R1', 'avoid'],
      [2, 'R2', 'reduce'],
      [3, 'R3', 'transfer'],
      [4, 'R4', 'accept'],
    ]);
    expect(existsSync(svg)).toBe(true);
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg/u);
    expect(stderr).toContain(`Heat map written to ${svg}`);
  });
});

describe('orders replay', () => {
  it('rebuilds each order from its events and reports refused ones', async () => {
    const { code, jsonl, stderr } = await run(['orders', 'replay', 'orders.jsonl', '-l', 'en-US']);
    expect(code).toBe(1);
    expect(jsonl.map((row) => [row.line, row.event, row.result, row.to])).toEqual([
      [1, 'START', 'started', 'pending_payment'],
      [2, 'PAY', 'applied', 'awaiting_fulfillment'],
      [3, 'SHIP', 'refused', 'awaiting_fulfillment'],
      [4, 'ALLOCATE', 'applied', 'allocated'],
      [5, 'PAY', 'duplicate', 'allocated'],
    ]);
    expect(jsonl[2]?.reasons).toContain('TRANSITION_NOT_ALLOWED');
    expect(stderr).toContain('line 6: orderId: no START record before this event of the order SO-9');
    expect(stderr).toContain('1 orders, 4 events applied, 1 refused');
  });

  it('lists only the refused events with --only-refused', async () => {
    const { jsonl } = await run(['orders', 'replay', 'orders.jsonl', '--only-refused']);
    expect(jsonl.map((row) => row.line)).toEqual([3]);
  });
});

describe('simulate', () => {
  it('reports flips, money moved and the changed rows of a returns policy change', async () => {
    const { code, jsonl, stderr } = await run(['simulate', 'returns', '--data', 'returns.csv', '--policy', 'candidate.yaml', '-l', 'en-US']);
    expect(code).toBe(0);
    expect(jsonl.map((row) => [row.line, row.baseline, row.candidate, row.candidateRefund])).toEqual([
      [3, 'reject', 'approve', '59.00'],
      [5, 'reject', 'approve', '88.00'],
    ]);
    expect(stderr).toContain('Decisions that flip: 2\n  reject → approve: 2');
    expect(stderr).toContain('Refunded: CN¥143.00 → CN¥290.00 (+CN¥147.00)');
    expect(stderr).toContain('noReason.window.length 7 → 15: 2 more approvals, CN¥147.00 more refunded');
  });

  it('says it in Chinese, and prints only the report with --no-rows', async () => {
    const { stdout } = await run(['simulate', 'returns', '-d', 'returns.csv', '-p', 'candidate.yaml', '--no-rows', '-l', 'zh-CN']);
    expect(stdout).toContain('noReason.window.length 7 → 15：多批准 2 件，多退款 ¥147.00');
  });

  it('reports reorder changes of an inventory policy change', async () => {
    const { code, stdout } = await run(['simulate', 'inventory', '-d', 'stock.csv', '-p', 'candidate.yaml', '--now', '2026-06-01T09:00:00+08:00', '--no-rows', '-l', 'en-US']);
    expect(code).toBe(0);
    expect(stdout).toContain('Units to order: 144 → 222 (+78)');
    expect(stdout).toContain('reorder.trigger "at_min" → "near_min"; reorder.multiple 1 → 6: 1 more SKUs to reorder, 78 more units ordered');
  });

  it('a missing baseline or an unsupported family is exit code 2', async () => {
    expect((await run(['simulate', 'returns', '-d', 'returns.csv', '-p', 'candidate.yaml', '-b', 'nope.yaml'])).code).toBe(2);
    expect((await run(['simulate', 'orders', '-d', 'orders.jsonl', '-p', 'candidate.yaml'])).code).toBe(2);
  });

  it('reports half days, serious violations and full attendance that flip under a penalties policy change', async () => {
    const { code, jsonl, stderr } = await run(['simulate', 'attendance', '-d', 'attendance.csv', '-p', 'candidate-payroll.yaml', '-l', 'en-US']);
    expect(code).toBe(0);
    expect(jsonl.map((row) => [row.line, row.employeeId, row.month, row.baselineHalfDays, row.candidateHalfDays, row.baselineSerious, row.candidateSerious, row.baselineFull, row.candidateFull])).toEqual([
      [2, 'E7', '2026-03', 2, 3, true, false, false, false],
      [6, 'E8', '2026-03', 0, 0, false, false, false, true],
    ]);
    expect(stderr).toContain('Half days of absenteeism: 2 → 3 (+1)');
    expect(stderr).toContain('Days of absenteeism: 1 → 1.5 (+0.5)');
    expect(stderr).toContain('lateHalfDayOverMinutes 15 → 10; seriousViolationHalfDays 1 → 4; fullAttendanceDays 26 → 2: 1 more half day of absenteeism, 1 fewer serious violation, 1 more month of full attendance');
    const zh = await run(['simulate', 'attendance', '-d', 'attendance.csv', '-p', 'candidate-payroll.yaml', '--no-rows', '-l', 'zh-CN']);
    expect(zh.stdout).toContain('：旷工多 1 个半天，严重违纪少 1 人次，全勤多 1 人次');
  });

  it('reports a bad attendance row with its line and goes on', async () => {
    const { code, jsonl, stderr } = await run(['simulate', 'attendance', '-d', 'attendance-bad.csv', '-p', 'candidate-payroll.yaml', '-l', 'en-US']);
    expect(code).toBe(1);
    expect(stderr).toContain('line 4: month.days[0].signIn');
    expect(stderr).toContain('Employee-months: 2 (1 bad), rows that changed: 1');
    expect(jsonl.map((row) => row.employeeId)).toEqual(['E7']);
  });

  it('reports net pay that changes and the money moved under a commissions policy change', async () => {
    const { code, jsonl, stderr } = await run(['simulate', 'pay', '-d', 'pay.csv', '-p', 'candidate-payroll.yaml', '-l', 'en-US']);
    expect(code).toBe(0);
    expect(jsonl.map((row) => [row.line, row.employeeId, row.baselineNet, row.candidateNet, row.netDelta])).toEqual([
      [2, 'E-7', '3654.02', '3849.43', '195.41'],
      [3, 'S-1', '4000.00', '4100.00', '100.00'],
    ]);
    expect(stderr).toContain('Net pay that changes: 2 (2 up, 0 down)');
    expect(stderr).toContain('Deductions: CN¥245.98 → CN¥250.57 (+CN¥4.59)');
    expect(stderr).toContain('base.staff "2000.00" → "2200.00"; fullAttendanceBonus "0.00" → "100.00": 2 statements with a different net, CN¥295.41 more paid');
    const zh = await run(['simulate', 'pay', '-d', 'pay.csv', '-p', 'candidate-payroll.yaml', '--no-rows', '-l', 'zh-CN']);
    expect(zh.stdout).toContain('实发: ¥7,654.02 → ¥7,949.43 (+¥295.41)');
    expect(zh.stdout).toContain('：2 份工资单实发变化，多发 ¥295.41');
  });

  it('reports a bad pay row with its line and goes on', async () => {
    const { code, jsonl, stderr } = await run(['simulate', 'pay', '-d', 'pay-bad.csv', '-p', 'candidate-payroll.yaml', '-l', 'en-US']);
    expect(code).toBe(1);
    expect(stderr).toContain('line 3: employee.role');
    expect(stderr).toContain('Statements: 2 (1 bad), rows that changed: 2');
    expect(jsonl.map((row) => row.line)).toEqual([2, 4]);
  });

  it('reports levels and responses that flip under a candidate risk matrix, a file or a shipped one', async () => {
    const { code, jsonl, stderr } = await run(['simulate', 'risk', '-d', 'risks.csv', '-p', 'matrix-strict.yaml', '-l', 'en-US']);
    expect(code).toBe(0);
    expect(jsonl.map((row) => [row.line, row.id, row.baselineLevel, row.candidateLevel, row.baselineResponse, row.candidateResponse])).toEqual([
      [3, 'R2', 'medium', 'high', 'reduce', 'reduce'],
      [4, 'R3', 'medium', 'high', 'transfer', 'transfer'],
      [5, 'R4', 'low', 'medium', 'accept', 'reduce'],
    ]);
    expect(stderr).toContain('  accept → reduce: 1');
    expect(stderr).toContain('Risks by level: low 1 → 0, medium 2 → 1, high 1 → 3');
    expect(stderr).toContain('matrix quadrant → strict: 3 levels change, 1 response changes');
    const nist = await run(['simulate', 'risk', '-d', 'risks.csv', '-p', 'nist', '--no-rows', '-l', 'zh-CN']);
    expect(nist.code).toBe(0);
    expect(nist.stdout).toContain('matrix quadrant → nist：等级变化 2 项，应对变化 0 项');
  });

  it('reports bad risk rows with their lines and goes on; a missing or bad matrix is exit code 2', async () => {
    const { code, jsonl, stderr } = await run(['simulate', 'risk', '-d', 'risks-bad.csv', '-p', 'matrix-strict.yaml', '-l', 'en-US']);
    expect(code).toBe(1);
    expect(stderr).toContain('line 3: risks[0].likelihood');
    expect(stderr).toContain('line 5: id: the risk "R1" is already on line 2');
    expect(jsonl.map((row) => row.id)).toEqual(['R3']);
    expect((await run(['simulate', 'risk', '-d', 'risks.csv', '-p', 'nope.yaml'])).code).toBe(2);
    const bad = await run(['simulate', 'risk', '-d', 'risks.csv', '-p', 'bad-policy.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Bad matrix file');
  });
});

describe('Ctrl-C', () => {
  it('stops cleanly and reports what was done', async () => {
    const controller = new AbortController();
    const { fakeOutput } = await import('./helpers.js');
    const stdout = fakeOutput(() => {
      controller.abort();
    });
    const { code, jsonl, stderr } = await run(['returns', 'check', 'returns.csv'], { stdout, signal: controller.signal });
    expect(code).toBe(130);
    expect(jsonl).toHaveLength(1);
    expect(stderr).toMatch(/^Interrupted after 1 requests, 0 bad/mu);
  });
});

describe('policyDocs', () => {
  it('is generated from the current policy schemas', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'policyDocs.mjs'), '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
