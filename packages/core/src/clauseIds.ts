/**
 * Every clause id of the policy catalog, in catalog order. The catalog (`policy-catalog.md`)
 * is the source; a test keeps this list and the catalog equal.
 */
export const clauseIds = [
  'ORD-1', 'ORD-2', 'ORD-3', 'ORD-4', 'ORD-5', 'ORD-6', 'ORD-7', 'ORD-8', 'ORD-9', 'ORD-10',
  'ORD-11', 'ORD-12', 'ORD-13', 'ORD-14',
  'RET-1', 'RET-2', 'RET-3', 'RET-4', 'RET-5', 'RET-6', 'RET-7', 'RET-8', 'RET-9', 'RET-10',
  'INV-1', 'INV-2', 'INV-3', 'INV-4', 'INV-5', 'INV-6', 'INV-7', 'INV-8', 'INV-9', 'INV-10', 'INV-11',
  'PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5', 'PAY-6', 'PAY-7', 'PAY-8', 'PAY-9', 'PAY-10',
  'PAY-11', 'PAY-12', 'PAY-13', 'PAY-14', 'PAY-15', 'PAY-16', 'PAY-17', 'PAY-18', 'PAY-19',
  'PAY-20', 'PAY-21', 'PAY-22',
  'RISK-1', 'RISK-2', 'RISK-3', 'RISK-4', 'RISK-5', 'RISK-6', 'RISK-7',
  'LST-1', 'LST-2', 'LST-3', 'LST-4', 'LST-5', 'LST-6', 'LST-7', 'LST-8',
  'MET-1', 'MET-2',
  'SVC-1', 'SVC-2', 'SVC-3',
  'SCR-1', 'SCR-2', 'SCR-3', 'SCR-4',
] as const;

/** A clause id of the policy catalog, e.g. `'RET-7'`. */
export type ClauseId = (typeof clauseIds)[number];

/** The rule families of the catalog, by clause id prefix. */
export type ClauseFamily = 'ORD' | 'RET' | 'INV' | 'PAY' | 'RISK' | 'LST' | 'MET' | 'SVC' | 'SCR';

/** The two locales every message and clause text is written in. */
export type Locale = 'zh-CN' | 'en-US';

/** The four policy documents of the catalog (`S0`…`S3`). */
export type SeedKey = 'S0' | 'S1' | 'S2' | 'S3';

/** Where a clause's rule comes from: a seed document, or law, regulation or practice named in the catalog. */
export type ClauseOrigin = 'seed' | 'law' | 'regulation' | 'practice';

/** A text in both locales. */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly 'en-US': string;
}

/** One entry of the clause registry. */
export interface Clause {
  /** The catalog id, e.g. `'RET-7'`. */
  readonly id: ClauseId;
  /** The rule family (the id's prefix). */
  readonly family: ClauseFamily;
  /** A short title in both locales. */
  readonly title: LocalizedText;
  /** The rule itself in both locales, as the catalog states it. */
  readonly text: LocalizedText;
  /** Where the rule comes from, as the catalog's source column gives it (e.g. `'S3 上下班规定 3'`). */
  readonly source: string;
  /** The seed documents the rule cites (may be empty for law or practice). */
  readonly seeds: readonly SeedKey[];
  /** Whether the rule comes from a seed, or from law, regulation or practice named in the catalog. */
  readonly origin: ClauseOrigin;
  /** For rules from law, regulation or practice: the named authority (e.g. `'PRC Consumer Rights Protection Law art. 25'`). */
  readonly authority?: string;
}
