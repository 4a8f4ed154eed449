import { addBusinessDaysToDate, computeWindow, isWithinWindow, localDateTime } from '@zhidu/core';

// A 7-day no-reason return window, signed for on 1 March in Shanghai: it runs to the end of
// the 7th local day, whatever the server's own time zone is.
const window = computeWindow('2026-03-01T15:00:00+08:00', { length: 7, unit: 'calendar_days' }, { timeZone: 'Asia/Shanghai' });
console.log(window); // { start: '2026-03-01T07:00:00.000Z', end: '2026-03-08T15:59:59.999Z' }
console.log(localDateTime(window.end, 'Asia/Shanghai'));

console.log(isWithinWindow('2026-03-08T23:59:00+08:00', window)); // true
console.log(isWithinWindow('2026-03-09T00:00:00+08:00', window)); // false

// Counting from the next day, and business days that skip weekends and holidays.
const nextDay = computeWindow('2026-03-03T15:00:00+08:00', { length: 7, unit: 'calendar_days', countFrom: 'next_day' }, { timeZone: 'Asia/Shanghai' });
console.log(nextDay.end); // the end of 10 March, Shanghai time
const handling = computeWindow('2026-05-01T09:00:00-04:00', { length: 2, unit: 'business_days' }, {
  timeZone: 'America/New_York',
  calendar: { weekend: [6, 7], holidays: ['2026-05-25'] },
});
console.log(handling.end);
console.log(addBusinessDaysToDate('2026-05-22', 1, { weekend: [6, 7], holidays: ['2026-05-25'] })); // '2026-05-26'
