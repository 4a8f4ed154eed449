import { clauseData } from './clauseData.js';
import { clauseIds, type Clause, type ClauseId } from './clauseIds.js';

/**
 * The clause registry: every rule of the policy catalog by id, with its title and text in zh-CN
 * and en-US and its source. Every reason a decision returns cites one of these ids.
 *
 * @example
 * clauses['PAY-4'].title['en-US']
 * //=> 'Late arrival or early leave over 15 minutes'
 */
export const clauses: { readonly [K in ClauseId]: Clause & { readonly id: K } } = clauseData;

/**
 * Whether a string is a clause id of the catalog.
 *
 * @param value - the string to check
 * @returns `true` for ids such as `'RET-7'`
 * @example
 * isClauseId('RET-7')
 * //=> true
 */
export function isClauseId(value: unknown): value is ClauseId {
  return typeof value === 'string' && Object.hasOwn(clauseData, value);
}

/**
 * The clause of an id, or `undefined` when the id is not in the catalog.
 *
 * @param id - a clause id
 * @returns the clause
 * @example
 * getClause('RET-7')?.source
 * //=> 'CN presets'
 */
export function getClause(id: string): Clause | undefined {
  return isClauseId(id) ? clauseData[id] : undefined;
}

/**
 * Every clause, in catalog order.
 *
 * @returns the clauses
 * @example
 * listClauses().length
 * //=> 81
 */
export function listClauses(): Clause[] {
  return clauseIds.map((id) => clauseData[id]);
}
