import { createReason, parseInput, PolicyInputError, resolveContext, type Context } from '@zhidu/core';
import { inventoryMessages } from './messages.js';
import { normalQuantile } from './normalQuantile.js';
import { presets } from './inventoryPolicy.js';
import { reorderPointInputSchema } from './schema.js';
import type { InventoryPolicy, ReorderPointInput, ReorderPointResult } from './types.js';

/**
 * The reorder point and safety stock of an item (INV-2, INV-10), the standard way: safety stock =
 * z · √(L · σd² + d² · σL²), with z the normal quantile of the service level (computed, so any
 * level works), d and σd the average daily demand and its standard deviation, L and σL the lead
 * time in days and its standard deviation (0 when not known, giving z · σd · √L); reorder point =
 * d · L + safety stock. Both are rounded up to whole units.
 *
 * @param input - demand, its deviation, the lead time (and its deviation), the service level
 * @param policy - the inventory policy (for the locale); the generic preset by default
 * @param context - the locale of the reasons
 * @returns `{ reorderPoint, safetyStock, z, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} when a number is negative, not finite, or the service level is not between 0 and 1
 * @example
 * reorderPoint({ avgDailyDemand: 20, demandStdDev: 5, leadTimeDays: 9, serviceLevel: 0.95 })
 * //=> { reorderPoint: 205, safetyStock: 25, z: 1.644853625133699, reasons: [...] }
 */
export function reorderPoint(input: ReorderPointInput, policy: InventoryPolicy = presets.generic, context?: Context): ReorderPointResult {
  const { avgDailyDemand: d, demandStdDev: sd, leadTimeDays: l, leadTimeStdDev, serviceLevel } = parseInput(reorderPointInputSchema, input);
  const { locale } = resolveContext(context, policy.store);
  const sl = leadTimeStdDev ?? 0;
  const z = normalQuantile(serviceLevel);
  const exact = Math.max(z, 0) * Math.sqrt(l * sd * sd + d * d * sl * sl);
  // Rounded at 1e-9 first, so floating-point noise never adds a whole unit.
  const up = (value: number) => Math.ceil(Math.round(value * 1e9) / 1e9);
  const safetyStock = up(exact);
  const leadTimeDemand = d * l;
  const point = up(leadTimeDemand + safetyStock);
  if (!Number.isFinite(point) || !Number.isFinite(safetyStock)) {
    throw new PolicyInputError([{ path: [], message: 'The demand and lead time are too large to compute a reorder point', code: 'too_big' }]);
  }
  return {
    reorderPoint: point,
    safetyStock,
    z,
    reasons: [
      createReason(
        inventoryMessages,
        'REORDER_POINT',
        { reorderPoint: point, leadTimeDemand: Math.round(leadTimeDemand * 100) / 100, safetyStock, serviceLevel, z: Math.round(z * 10_000) / 10_000 },
        locale,
      ),
    ],
  };
}
