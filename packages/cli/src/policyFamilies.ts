import { catalogPolicy } from '@zhidu/catalog';
import { commissionPolicy } from '@zhidu/commissions';
import { presetNames, type PresetName, type toJsonSchema } from '@zhidu/core';
import { inventoryPolicy } from '@zhidu/inventory';
import { metricsPolicy } from '@zhidu/metrics';
import { orderPolicy } from '@zhidu/orders';
import { penaltyPolicy } from '@zhidu/penalties';
import { returnPolicy } from '@zhidu/returns';
import { CliError } from './CliError.js';

/** What the CLI needs of a policy family (see `definePolicyFamily` in @zhidu/core). */
export interface CliPolicyFamily {
  readonly name: string;
  readonly schema: Parameters<typeof toJsonSchema>[0];
  define(overrides?: unknown, base?: PresetName): unknown;
}

/** The policy families the CLI knows, by the name used on the command line and as a section of a policy file. */
export const policyFamilies: Readonly<Record<string, CliPolicyFamily>> = {
  returns: returnPolicy,
  inventory: inventoryPolicy,
  penalties: penaltyPolicy,
  commissions: commissionPolicy,
  orders: orderPolicy,
  catalog: catalogPolicy,
  metrics: metricsPolicy,
};

/** The family names, for messages. */
export const familyNames = Object.keys(policyFamilies);

/**
 * The family of a name.
 * @throws {@link CliError} (exit code 2) on an unknown family
 */
export function familyOf(name: string): CliPolicyFamily {
  const family = policyFamilies[name];
  if (family === undefined) throw new CliError(`Unknown policy family "${name}": expected one of ${familyNames.join(', ')}`);
  return family;
}

/**
 * A preset name from the command line.
 * @throws {@link CliError} (exit code 2) on an unknown preset
 */
export function presetOf(name: string | undefined): PresetName | undefined {
  if (name === undefined) return undefined;
  if ((presetNames as readonly string[]).includes(name)) return name as PresetName;
  throw new CliError(`Unknown preset "${name}": expected ${presetNames.join(', ')}`);
}
