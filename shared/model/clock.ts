/**
 * The simulated clock: local wall time as "YYYY-MM-DDTHH:mm:ss", moved only
 * by events. Date arithmetic here is pure (UTC maths on given values); the
 * model never reads the real time.
 */

export const CLOCK_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

const two = (value: number) => (value < 10 ? `0${value}` : `${value}`);

export function addSeconds(clock: string, seconds: number): string {
  // Every trainee action moves the clock a few seconds: within the same hour
  // only the minutes and seconds change, without a round trip through Date.
  if (Number.isInteger(seconds) && seconds >= 0 && CLOCK_PATTERN.test(clock)) {
    const within = Number(clock.slice(14, 16)) * 60 + Number(clock.slice(17, 19)) + seconds;
    if (within < 3600) return `${clock.slice(0, 14)}${two(Math.floor(within / 60))}:${two(within % 60)}`;
  }
  const [date = '', time = ''] = clock.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute, second] = time.split(':').map(Number);
  const millis = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, (second ?? 0) + seconds);
  return new Date(millis).toISOString().slice(0, 19);
}

/** "07/22/2019 10:40:36", the form court notices use. */
export function formatNoticeTime(clock: string): string {
  const [date = '', time = ''] = clock.split('T');
  const [year, month, day] = date.split('-');
  return `${month}/${day}/${year} ${time}`;
}

export function formatDate(clock: string): string {
  const [year, month, day] = clock.slice(0, 10).split('-');
  return `${month}/${day}/${year}`;
}

/** Day of the week of a clock value, 0 = Sunday … 6 = Saturday. */
export function weekday(clock: string): number {
  const [year = 1970, month = 1, day = 1] = clock.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * The clock `days` business days later, at 9:00 in the morning (offices
 * open): Saturdays and Sundays are skipped, as a court's "7-10 business
 * days" counts. Federal holidays are not modelled.
 */
export function addBusinessDays(clock: string, days: number): string {
  let next = clock;
  let remaining = days;
  while (remaining > 0) {
    next = addSeconds(next, 24 * 60 * 60);
    const day = weekday(next);
    if (day !== 0 && day !== 6) remaining -= 1;
  }
  return `${next.slice(0, 10)}T09:00:00`;
}

/** Business days from `from` to `to` (dates only; `to` on or before `from` is 0). */
export function businessDaysBetween(from: string, to: string): number {
  let count = 0;
  let day = from.slice(0, 10);
  const end = to.slice(0, 10);
  while (day < end) {
    day = addSeconds(`${day}T00:00:00`, 24 * 60 * 60).slice(0, 10);
    const index = weekday(day);
    if (index !== 0 && index !== 6) count += 1;
  }
  return count;
}

/** Whole calendar days from the date `from` (YYYY-MM-DD…) to the clock's date `to`; negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  const day = (text: string) => {
    const [year = 1970, month = 1, date = 1] = text.slice(0, 10).split('-').map(Number);
    return Date.UTC(year, month - 1, date) / 86_400_000;
  };
  return day(to) - day(from);
}
