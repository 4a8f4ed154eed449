import { describe, expect, it } from 'vitest';
import { PolicyInputError, createReason, defineMessages, explain, money, renderMessage, safeExplain, templateParams } from '../src/index.js';

const messages = defineMessages({
  TEST_LATE_ARRIVAL: {
    clause: 'PAY-4',
    'zh-CN': '迟到 {minutes} 分钟，超过 {limit} 分钟，视为半天旷工',
    'en-US': 'Late by {minutes} minutes, over {limit}: half a day of absenteeism',
  },
  TEST_REFUND: { clause: 'RET-10', 'zh-CN': '退款 {refund}，不超过实付', 'en-US': 'Refund {refund}, never above what was paid' },
  TEST_EXCLUDED: { clause: 'RET-7', 'zh-CN': '不适用七天无理由退货：{tags}', 'en-US': 'Not returnable without reason: {tags}' },
});

describe('defineMessages and createReason', () => {
  it('makes a reason with its code, clause, message in the locale and params', () => {
    expect(createReason(messages, 'TEST_LATE_ARRIVAL', { minutes: 16, limit: 15 }, 'zh-CN')).toEqual({
      code: 'TEST_LATE_ARRIVAL',
      clause: 'PAY-4',
      message: '迟到 16 分钟，超过 15 分钟，视为半天旷工',
      params: { minutes: 16, limit: 15 },
    });
    expect(createReason(messages, 'TEST_LATE_ARRIVAL', { minutes: 16, limit: 15 }, 'en-US').message).toBe(
      'Late by 16 minutes, over 15: half a day of absenteeism',
    );
  });

  it('writes money with its symbol and lists with the locale separator', () => {
    const refund = money('59.00', 'CNY');
    expect(createReason(messages, 'TEST_REFUND', { refund }, 'zh-CN').message).toBe('退款 ¥59.00，不超过实付');
    expect(createReason(messages, 'TEST_EXCLUDED', { tags: ['custom', 'perishable'] }, 'zh-CN').message).toBe('不适用七天无理由退货：custom、perishable');
    expect(createReason(messages, 'TEST_EXCLUDED', { tags: ['custom', 'perishable'] }, 'en-US').message).toBe('Not returnable without reason: custom, perishable');
  });

  it('leaves out empty params and keeps a missing parameter visible', () => {
    expect(createReason(messages, 'TEST_REFUND', {}, 'en-US')).not.toHaveProperty('params');
    expect(renderMessage('Late by {minutes}', {}, 'en-US')).toBe('Late by {minutes}');
  });

  it('refuses a malformed code and locales that disagree on parameters', () => {
    expect(() => defineMessages({ lateArrival: { clause: 'PAY-4', 'zh-CN': '迟到', 'en-US': 'Late' } })).toThrow(PolicyInputError);
    expect(() => defineMessages({ TEST_MISMATCH: { clause: 'PAY-4', 'zh-CN': '迟到 {minutes}', 'en-US': 'Late' } })).toThrow(/params|uses/u);
    expect(() => defineMessages({ TEST_REFUND: { clause: 'RET-10', 'zh-CN': '别的', 'en-US': 'Other' } })).toThrow(PolicyInputError);
  });

  it('lists a template parameters', () => {
    expect(templateParams('{b} and {a} and {b}')).toEqual(['a', 'b']);
  });
});

describe('explain', () => {
  const decision = {
    eligible: false,
    lines: [{ reasons: [createReason(messages, 'TEST_REFUND', { refund: money('5.00', 'CNY') }, 'zh-CN')] }],
    reasons: [createReason(messages, 'TEST_LATE_ARRIVAL', { minutes: 16, limit: 15 }, 'zh-CN')],
  };

  it('re-renders every reason, nested ones too, in another locale without changing the input', () => {
    const before = JSON.parse(JSON.stringify(decision)) as typeof decision;
    const english = explain(decision, 'en-US');
    expect(english.reasons[0]?.message).toBe('Late by 16 minutes, over 15: half a day of absenteeism');
    expect(english.lines[0]?.reasons[0]?.message).toBe('Refund CN¥5.00, never above what was paid');
    expect(english.eligible).toBe(false);
    expect(decision).toEqual(before);
    expect(explain(english, 'zh-CN')).toEqual(decision);
  });

  it('works on a decision read back from JSON, and keeps unknown codes as they are', () => {
    const stored = JSON.parse(JSON.stringify({ reasons: [...decision.reasons, { code: 'SOMEONE_ELSES', clause: 'RET-1', message: 'kept' }] })) as {
      reasons: { message: string }[];
    };
    const english = explain(stored, 'en-US');
    expect(english.reasons.map((r) => r.message)).toEqual(['Late by 16 minutes, over 15: half a day of absenteeism', 'kept']);
  });

  it('copies a __proto__ key as data, never as a prototype', () => {
    const hostile = JSON.parse('{"reasons":[],"__proto__":{"polluted":true}}') as object;
    const copy = explain(hostile, 'en-US') as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an unsupported locale', () => {
    expect(() => explain(decision, 'fr-FR' as 'en-US')).toThrow(PolicyInputError);
    expect(safeExplain(decision, 'fr-FR' as 'en-US').ok).toBe(false);
  });
});
