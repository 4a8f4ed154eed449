import { addMoney, allocate, formatMoney, money, multiplyMoney, safeMoney, sumMoney } from '@zhidu/core';

// Money is a decimal string and a currency: never a float.
const price = money('59.90', 'CNY');
const total = sumMoney([price, price, money(10, 'CNY')], 'CNY');
console.log(total); // { amount: '129.80', currency: 'CNY' }

console.log(addMoney(money('0.10', 'USD'), money('0.20', 'USD')).amount); // '0.30', not 0.30000000000000004
console.log(multiplyMoney(price, '0.85')); // { amount: '50.92', currency: 'CNY' }: half-up to the fen
console.log(formatMoney(total, 'zh-CN'), formatMoney(money('1234.5', 'USD'), 'en-US'));

// Splitting an amount keeps every cent: the parts always add up to the total.
console.log(allocate(money(100, 'CNY'), [1, 1, 1]).map((part) => part.amount)); // ['33.34', '33.33', '33.33']

// More decimal places than the currency allows is an error, not a silent rounding.
const bad = safeMoney('1.005', 'CNY');
console.log(bad.ok ? bad.value : bad.error.issues[0]?.code);
