import { PolicyConfigError, PolicyInputError, ZhiduError } from '@zhidu/core';
import { defineReturnPolicy, evaluateReturn, safeEvaluateReturn } from '@zhidu/returns';

type ReturnInput = Parameters<typeof evaluateReturn>[0];

// Input from outside (an HTTP body, a queue) is checked at run time, whatever its static type says.
const body = JSON.parse('{ "order": { "id": "", "currency": "CNY", "lines": [] }, "request": { "quantity": -1 } }') as ReturnInput;

// Bad input throws a PolicyInputError listing every issue with its path, not just the first.
try {
  evaluateReturn(body);
} catch (error) {
  if (error instanceof PolicyInputError) {
    for (const issue of error.issues.slice(0, 3)) console.log(issue.path.join('.'), issue.code, issue.message);
    // order.id too_small Expected at least 1 character
    // order.placedAt invalid_union Required: a string or a date
    // order.lines too_small Expected at least 1 item
  }
}

// A bad policy throws a PolicyConfigError when it is made, not when it is used.
try {
  defineReturnPolicy({ noReason: { window: { length: -7 } } }); // refused: noReason.window.length
} catch (error) {
  if (error instanceof PolicyConfigError) console.log(error.code, error.issues[0]?.path.join('.'));
  console.log(error instanceof ZhiduError); // true: both share the base class and a stable `code`
}

// Every entry point has a `safe…` twin that returns a Result instead of throwing.
const result = safeEvaluateReturn(body);
if (!result.ok) console.log(result.error.name, result.error.issues.length);
