/**
 * Minor units (decimal places) of the active ISO 4217 currencies. Most have 2; the others are
 * listed by exponent. Source: ISO 4217 list one (SIX Group), currencies in circulation.
 */
const byExponent: Readonly<Record<0 | 2 | 3 | 4, string>> = {
  0: 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF',
  2: 'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG',
  3: 'BHD IQD JOD KWD LYD OMR TND',
  4: 'CLF UYW',
};

const minorUnits: ReadonlyMap<string, number> = new Map(
  Object.entries(byExponent).flatMap(([exponent, codes]) =>
    codes.split(' ').map((code) => [code, Number(exponent)] as const),
  ),
);

/**
 * The number of decimal places of a currency's minor unit (ISO 4217), or `undefined` for a code
 * that is not an active ISO 4217 currency.
 *
 * @param currency - an ISO 4217 code such as `'CNY'`
 * @returns the minor unit's decimal places, e.g. 2 for CNY and USD, 0 for JPY, 3 for KWD
 * @example
 * currencyMinorUnit('JPY')
 * //=> 0
 */
export function currencyMinorUnit(currency: string): number | undefined {
  return minorUnits.get(currency);
}

/**
 * Whether a code is an active ISO 4217 currency zhidu can hold money in.
 *
 * @param currency - the code to check
 * @returns `true` for codes such as `'CNY'`, `'USD'`, `'JPY'`
 * @example
 * isCurrency('CNY')
 * //=> true
 */
export function isCurrency(currency: unknown): currency is string {
  return typeof currency === 'string' && minorUnits.has(currency);
}

/**
 * Every currency code zhidu knows, sorted.
 *
 * @returns the ISO 4217 codes
 * @example
 * currencies().includes('USD')
 * //=> true
 */
export function currencies(): string[] {
  return [...minorUnits.keys()].sort();
}
