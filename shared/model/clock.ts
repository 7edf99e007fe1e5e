/**
 * The simulated clock: local wall time as "YYYY-MM-DDTHH:mm:ss", moved only
 * by events. Date arithmetic here is pure (UTC maths on given values); the
 * model never reads the real time.
 */

export const CLOCK_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

export function addSeconds(clock: string, seconds: number): string {
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
