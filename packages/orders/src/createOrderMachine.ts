import { PolicyInputError, type Context } from '@zhidu/core';
import { assign, setup, type SnapshotFrom } from 'xstate';
import { createOrderLifecycle } from './createOrderLifecycle.js';
import { lifecycle } from './lifecycle.js';
import { presets } from './orderPolicy.js';
import { orderStates, type OrderEvent, type OrderInput, type OrderPolicy, type OrderState, type OrderStateValue, type TransitionResult } from './types.js';

/** What an order machine is started with: a new order, or the state of one a host stored. */
export type OrderMachineInput = { readonly order: OrderInput; readonly context?: Context } | { readonly state: OrderState };

const terminal: ReadonlySet<OrderStateValue> = new Set(['completed', 'cancelled', 'refunded']);

/**
 * Builds the order lifecycle as an xstate v5 machine for a policy. Its states are the lifecycle's
 * fourteen; its context is the {@link OrderState} (plain JSON); each event runs the same rule as
 * {@link transition}, so the two never disagree. A refused event leaves the snapshot as it was;
 * `snapshot.context.history` shows what was applied. The machine does no I/O: use
 * {@link transition} where you need the commands for the host.
 *
 * @param policy - the order policy
 * @returns the machine; start it with `{ input: { order } }`, or resume with {@link restoreOrderSnapshot}
 * @throws {@link @zhidu/core!PolicyConfigError} when the policy is invalid
 * @example
 * const actor = createActor(createOrderMachine(presets.generic), { input: { order } }).start();
 * actor.send({ type: 'PAY', at: '2026-03-01T10:05:00+08:00', amount: '118.00' });
 * actor.getSnapshot().value
 * //=> 'awaiting_fulfillment'
 */
export function createOrderMachine(policy: OrderPolicy) {
  const orders = createOrderLifecycle(policy);
  // Guards and actions of one event share one evaluation of the rule.
  let memo: { state: OrderState; event: OrderEvent; result: TransitionResult } | undefined;
  const step = (state: OrderState, event: OrderEvent): TransitionResult => {
    if (memo?.state !== state || memo.event !== event) memo = { state, event, result: orders.transition(state, event) };
    return memo.result;
  };
  const states: Record<string, { type?: 'final'; on: Record<string, { target: string; guard: string; actions: 'apply' }[]> }> = {};
  for (const value of orderStates) {
    const on: Record<string, { target: string; guard: string; actions: 'apply' }[]> = {};
    for (const [type, rule] of Object.entries(lifecycle[value])) {
      on[type] = rule.targets.map((target) => ({ target: `#order.${target}`, guard: `to_${target}`, actions: 'apply' }));
    }
    states[value] = terminal.has(value) ? { type: 'final', on } : { on };
  }
  const guards = Object.fromEntries(
    orderStates.map((target) => [
      `to_${target}`,
      ({ context, event }: { context: OrderState; event: OrderEvent }) => {
        const result = step(context, event);
        return result.ok && result.state !== context && result.state.value === target;
      },
    ]),
  );
  return setup({
    types: {
      context: {} as OrderState,
      events: {} as OrderEvent,
      input: {} as OrderMachineInput | undefined,
    },
    guards,
    actions: {
      apply: assign(({ context, event }) => {
        const result = step(context, event);
        return result.ok ? result.state : context;
      }),
    },
  }).createMachine({
    id: 'order',
    initial: 'pending_payment',
    context: ({ input }) => {
      if (input === undefined) {
        throw new PolicyInputError([
          { path: ['input'], message: 'Start an order machine with { input: { order } }, or resume it with restoreOrderSnapshot', code: 'invalid_type' },
        ]);
      }
      return 'state' in input ? input.state : orders.start(input.order, input.context);
    },
    states,
  });
}

/** An order machine (see {@link createOrderMachine}). */
export type OrderMachine = ReturnType<typeof createOrderMachine>;

/** A snapshot of an order machine. */
export type OrderSnapshot = SnapshotFrom<OrderMachine>;

/**
 * The order machine for the generic preset.
 *
 * @example
 * orderMachine.id
 * //=> 'order'
 */
export const orderMachine: OrderMachine = /* @__PURE__ */ createOrderMachine(presets.generic);

/**
 * Resolves a stored {@link OrderState} into a snapshot of an order machine, to resume it with
 * `createActor(machine, { snapshot })`.
 *
 * @param machine - the machine of the policy the order started under
 * @param state - the stored state
 * @returns the machine snapshot at the state's value, with the state as its context
 * @example
 * const actor = createActor(orderMachine, { snapshot: restoreOrderSnapshot(orderMachine, stored) }).start();
 * actor.getSnapshot().value === stored.value
 * //=> true
 */
export function restoreOrderSnapshot(machine: OrderMachine, state: OrderState): OrderSnapshot {
  return machine.resolveState({ value: state.value, context: state });
}
