import { isIsoDate, todayInNL } from '../rules/dates';
import { questions } from '../flow/questions';
import type { Answers } from '../flow/answers';

/**
 * The device clock decides every deadline. This pure check tells the app when it cannot be trusted:
 * - 'broken': no usable date at all (an invalid clock, a year before 1000 or after 9999). Deadlines
 *   cannot be computed: the plan and letters show a message instead of dates, never a crash.
 * - 'implausible': a date before this version of the app existed (e.g. 1970 after a reset battery):
 *   the plan still shows, with a clear message above it.
 * - `futurePast`: answers to "when did it happen" questions that lie after today: the clock or the
 *   answer is wrong; the parent is told which.
 */
/** No plan can be made before this version existed: a clock before it is wrong. */
export const EARLIEST_PLAUSIBLE = '2025-01-01';

export interface ClockCheck {
  today?: string;
  problem?: 'broken' | 'implausible';
  /** Question ids with a "past" date after today. */
  futurePast: string[];
}

export function checkClock(answers: Answers, now: Date = new Date()): ClockCheck {
  let today: string | undefined;
  try {
    const t = now.getTime();
    if (Number.isFinite(t)) {
      const iso = todayInNL(now);
      if (isIsoDate(iso) && /^\d{4}-/.test(iso)) today = iso;
    }
  } catch {
    today = undefined;
  }
  if (!today) return { problem: 'broken', futurePast: [] };
  const futurePast = questions
    .filter((q) => q.type === 'date' && q.dates === 'past')
    .filter((q) => {
      const v = answers[q.id];
      return typeof v === 'string' && isIsoDate(v) && v > today!;
    })
    .map((q) => q.id);
  return { today, problem: today < EARLIEST_PLAUSIBLE ? 'implausible' : undefined, futurePast };
}
