import { formatMoney, isZeroMoney, type Locale } from '@zhidu/core';
import type { Condition, Resolution, ReturnReason } from '@zhidu/returns';
import { useEffect, useMemo, useState } from 'react';
import { decide, storeTime } from './decide.js';
import { lines, order, policy } from './order.js';
import { text } from './text.js';

const reasons: readonly ReturnReason[] = ['no_reason', 'quality_issue', 'wrong_item', 'damaged_in_transit', 'not_as_described'];
const conditions: readonly Condition[] = ['intact', 'opened', 'used', 'damaged'];
const resolutions: readonly Resolution[] = ['return_refund', 'refund', 'exchange'];
const localeNames: readonly (readonly [Locale, string])[] = [
  ['zh-CN', '中文'],
  ['en-US', 'English'],
];
/** The first day a request can be made: the day the order was placed, in the store's time zone. */
const firstDay = (storeTime(order.placedAt) ?? '').slice(0, 10);

function money(amount: string, locale: Locale): string {
  return formatMoney({ amount, currency: order.currency }, locale);
}

export function App() {
  const [locale, setLocale] = useState<Locale>(policy.store.locale);
  const [lineId, setLineId] = useState('L1');
  const [quantity, setQuantity] = useState(1);
  const [reason, setReason] = useState<ReturnReason>('no_reason');
  const [condition, setCondition] = useState<Condition>('intact');
  const [resolution, setResolution] = useState<Resolution>('return_refund');
  const [date, setDate] = useState('2026-03-08');

  const t = text[locale];
  const line = lines.find((candidate) => candidate.id === lineId) ?? lines[0];
  const units = Math.min(quantity, line?.quantity ?? 1);
  const outcome = useMemo(
    () => decide({ lineId, quantity: units, reason, condition, resolution, date }, locale),
    [lineId, units, reason, condition, resolution, date, locale],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <main className="widget">
      <header>
        <h1>{t.title}</h1>
        <nav className="locales" aria-label="Language">
          {localeNames.map(([code, name]) => (
            <button key={code} type="button" lang={code} aria-pressed={code === locale} data-testid={`locale-${code}`} onClick={() => { setLocale(code); }}>
              {name}
            </button>
          ))}
        </nav>
      </header>
      <p className="intro">{t.intro}</p>

      <section className="order" aria-label={t.order}>
        <strong>
          {t.order} {order.id}
        </strong>
        <span>
          {t.placed} {storeTime(order.placedAt)} · {t.delivered} {storeTime(order.deliveredAt)} ({t.storeTime}, {policy.store.timeZone})
        </span>
      </section>

      <form className="request" onSubmit={(event) => { event.preventDefault(); }}>
        <fieldset className="lines">
          <legend>{t.line}</legend>
          {lines.map((candidate) => (
            <label key={candidate.id} className="line">
              <input
                type="radio"
                name="line"
                value={candidate.id}
                checked={candidate.id === lineId}
                data-testid={`line-${candidate.id}`}
                onChange={() => { setLineId(candidate.id); }}
              />
              <span className="name">{candidate.name[locale]}</span>
              <span className="sku">{candidate.sku}</span>
              <span className="paid">{t.paidFor(money(candidate.paid, locale), candidate.quantity)}</span>
            </label>
          ))}
        </fieldset>

        <div className="fields">
          <label>
            {t.quantity}
            <select data-testid="quantity" value={units} onChange={(event) => { setQuantity(Number(event.target.value)); }}>
              {Array.from({ length: line?.quantity ?? 1 }, (_, index) => index + 1).map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.reason}
            <select data-testid="reason" value={reason} onChange={(event) => { setReason(event.target.value as ReturnReason); }}>
              {reasons.map((value) => (
                <option key={value} value={value}>
                  {t.reasons[value]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.condition}
            <select data-testid="condition" value={condition} onChange={(event) => { setCondition(event.target.value as Condition); }}>
              {conditions.map((value) => (
                <option key={value} value={value}>
                  {t.conditions[value]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.resolution}
            <select data-testid="resolution" value={resolution} onChange={(event) => { setResolution(event.target.value as Resolution); }}>
              {resolutions.map((value) => (
                <option key={value} value={value}>
                  {t.resolutions[value]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.now}
            <input type="date" data-testid="now" value={date} min={firstDay} onChange={(event) => { setDate(event.target.value); }} />
          </label>
        </div>
        <p className="hint">{t.nowHint}</p>
      </form>

      <section className="decision" aria-live="polite" data-testid="decision" data-kind={outcome.kind}>
        <h2>{t.decision}</h2>
        {outcome.kind === 'no-date' && <p>{t.pickDate}</p>}
        {outcome.kind === 'invalid' && (
          <>
            <p className="verdict reject">{t.invalid}</p>
            <ul>
              {outcome.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          </>
        )}
        {outcome.kind === 'decision' && (
          <>
            <p
              className={`verdict ${outcome.decision.outcome}`}
              data-testid="eligible"
              data-eligible={String(outcome.decision.eligible)}
              data-outcome={outcome.decision.outcome}
            >
              {outcome.decision.eligible ? t.eligible : t.notEligible}
            </p>
            <dl>
              <dt>{t.outcomeLabel}</dt>
              <dd data-testid="outcome">{t.outcomes[outcome.decision.outcome]}</dd>
              <dt>{t.shippingLabel}</dt>
              <dd data-testid="shipping">{t.shipping[outcome.decision.returnShippingPaidBy]}</dd>
              <dt>{t.refundLabel}</dt>
              <dd data-testid="refund">{formatMoney(outcome.decision.refund, locale)}</dd>
              {!isZeroMoney(outcome.decision.restockingFee) && (
                <>
                  <dt>{t.feeLabel}</dt>
                  <dd data-testid="fee">{formatMoney(outcome.decision.restockingFee, locale)}</dd>
                </>
              )}
              <dt>{t.deadlineLabel}</dt>
              <dd data-testid="deadline">
                {outcome.deadlineLocal === null ? t.noDeadline : `${outcome.deadlineLocal} (${policy.store.timeZone})`}
              </dd>
            </dl>
            <h3>{t.reasonsLabel}</h3>
            <ol className="reasons" data-testid="reasons">
              {outcome.decision.reasons.map((item, index) => (
                <li key={`${String(index)}-${item.code}`} data-code={item.code} data-clause={item.clause}>
                  <span className="clause">{item.clause}</span> {item.message}
                  <code>{item.code}</code>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </main>
  );
}
