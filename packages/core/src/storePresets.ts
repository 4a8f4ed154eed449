import type { Locale } from './clauseIds.js';
import type { PresetName } from './definePolicyFamily.js';

/** A store's settings every policy carries: its time zone, the locale of its messages, its currency. */
export interface StoreSettings {
  /** The store's IANA time zone: windows and deadlines are computed in it. */
  readonly timeZone: string;
  /** The default locale of reasons' messages. */
  readonly locale: Locale;
  /** The store's ISO 4217 currency. */
  readonly currency: string;
}

/**
 * The store settings of the three store types of the catalog: a generic multi-channel company
 * (S0: CNY, zh-CN, Asia/Shanghai), a US web store (S1: USD, en-US, America/New_York) and a Douyin
 * shop (S2: CNY, zh-CN, Asia/Shanghai).
 *
 * @example
 * storePresets.usStore
 * //=> { timeZone: 'America/New_York', locale: 'en-US', currency: 'USD' }
 */
export const storePresets: Readonly<Record<PresetName, StoreSettings>> = Object.freeze({
  generic: Object.freeze({ timeZone: 'Asia/Shanghai', locale: 'zh-CN', currency: 'CNY' }),
  usStore: Object.freeze({ timeZone: 'America/New_York', locale: 'en-US', currency: 'USD' }),
  douyinShop: Object.freeze({ timeZone: 'Asia/Shanghai', locale: 'zh-CN', currency: 'CNY' }),
});
