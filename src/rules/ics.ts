/**
 * The plan's deadlines as an iCalendar file (RFC 5545), so a parent can put them in the calendar
 * app of the phone. Pure: no DOM, no clock, no i18n. The texts come in through `IcsTexts`, built by
 * the view from the same Deadline objects and the same formatting as the plan page
 * (src/ui/deadlineText.ts), so the calendar and the screen can never disagree.
 *
 * One all-day event per deadline that has not passed, with a reminder 3 days before.
 * Deadlines that have passed are left out: the plan page says how many. Except the admission decision whose 6 weeks
 * passed while the school may have extended them (Deadline.maybeExtendedTo): its 10-week day goes in, saying so.
 */
import { TERMS, type Deadline } from './deadlines';
import type { Plan, PlanStep } from './plan';
import type { IsoDate } from './dates';
import { addDays, daysBetween } from './calendar';

/** The words of the calendar file, in the parent's language. */
export interface IcsTexts {
  /** Name of the calendar (X-WR-CALNAME), e.g. "Wegwijzer passend onderwijs: mijn plan". */
  calendarName: string;
  /** The step's title, exactly as on the plan page. */
  title(step: PlanStep): string;
  /**
   * Who must do what by the event's date ("De school moet beslissen over je aanmelding."), for the
   * event's SUMMARY; "" when there is no such text, and the title is used.
   */
  who?(step: PlanStep): string;
  /** The line that names the plan step: "Wat jij kunt doen: <title>". */
  what?(step: PlanStep): string;
  /** The arithmetic line, exactly as on the plan page: "6 weken na …: dinsdag 14 april 2026". */
  arithmetic(d: Deadline): string;
  /** When the deadline is not certain: what the plan page says about it ("Let op … Vraag …"); else "". */
  uncertain(step: PlanStep): string;
  /** The reminder's text. */
  alarm(step: PlanStep): string;
  /** For the 10-week day of an admission decision that may have been extended: what the plan page says about it. */
  extended?(step: PlanStep, day: IsoDate): string;
  /**
   * Session 82: the event on a day the plan advises to act by (Deadline.askBy), before the deadline itself: what to do and
   * that the day is advice ("" leaves the event out).
   */
  askBy?(step: PlanStep, day: IsoDate): string;
}

export type DatedStep = PlanStep & { deadline: Deadline };

/** The steps with a deadline, split into those that go in the calendar and those that have passed. */
export function calendarSteps(plan: Plan): { upcoming: DatedStep[]; passed: DatedStep[] } {
  const dated = plan.steps.filter((s): s is DatedStep => s.deadline !== undefined);
  const inCalendar = (s: DatedStep) => s.deadline.status !== 'passed' || s.deadline.maybeExtendedTo !== undefined;
  return { upcoming: dated.filter(inCalendar).map((s) => withExtension(s, plan.today)), passed: dated.filter((s) => !inCalendar(s)) };
}

/**
 * The admission decision whose 6 weeks passed, extension unknown: in the calendar on its 10-week day (session 22: the
 * calendar left it out as passed, so a parent who saved the plan had no date at all). The deadline keeps `maybeExtendedTo`,
 * so the event's text says the day holds only if the school extended.
 */
function withExtension(s: DatedStep, today: IsoDate): DatedStep {
  const day = s.deadline.maybeExtendedTo;
  if (!day) return s;
  const daysLeft = daysBetween(today, day);
  return { ...s, deadline: { ...s.deadline, amount: TERMS.admissionDecisionMaxWeeks, due: day, daysLeft, status: daysLeft === 0 ? 'today' : 'upcoming' } };
}

/** "2026-04-14" → "20260414" (a DATE value). */
export const icsDate = (iso: IsoDate): string => iso.replace(/-/g, '');

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space,
 * which counts towards their 75. Never splits a UTF-8 character (or a surrogate pair).
 */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** DTSTAMP as a UTC date-time. */
function stampOf(now: Date | undefined, today: IsoDate): string {
  if (!now) return `${icsDate(today)}T000000Z`;
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * The calendar for this plan. `now` is the moment the file is made (DTSTAMP); without it the
 * plan's day at midnight UTC, so the result depends only on its arguments.
 */
/**
 * `planKey`: a short id for this plan (one per device and per set of answers, see the controller's
 * calendarKey), so two children's plans in one calendar never share an event UID.
 */
export function planToIcs(plan: Plan, texts: IcsTexts, now?: Date, planKey = ''): string {
  const stamp = stampOf(now, plan.today);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Wegwijzer passend onderwijs//Plan//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(texts.calendarName)}`,
  ];
  const key = /^[a-z0-9]{1,32}$/.test(planKey) ? `-${planKey}` : '';
  /** One all-day event on `day` with a reminder 3 days before. */
  const vevent = (uid: string, day: IsoDate, summary: string, description: string, alarm: string): string[] => [
    'BEGIN:VEVENT',
    `UID:${uid}${key}@wegwijzer`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(day)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(day, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P3D',
    `DESCRIPTION:${escapeText(alarm)}`,
    'END:VALARM',
    'END:VEVENT',
  ];
  for (const step of calendarSteps(plan).upcoming) {
    const d = step.deadline;
    const who = texts.who?.(step) ?? '';
    const extended = d.maybeExtendedTo ? (texts.extended?.(step, d.maybeExtendedTo) ?? '') : '';
    const description = [who, texts.arithmetic(d), extended, who ? (texts.what?.(step) ?? texts.title(step)) : '', d.certain ? '' : texts.uncertain(step)].filter(Boolean).join('\n');
    // Stable per plan, step and date: importing an updated plan again replaces the event instead of doubling it; another
    // child's plan (another planKey) keeps its own events.
    lines.push(...vevent(`${step.id}-${icsDate(d.due)}`, d.due, who || texts.title(step), description, texts.alarm(step)));
    // Session 82 (tlv82): the advised day before the deadline (a TLV's end: ask about a new one 3 months before), an event of
    // its own, so the reminder comes in time and not 3 days before the end. Only while that day is today or later.
    const ask = d.askBy;
    const askText = ask !== undefined && ask >= plan.today && ask < d.due ? (texts.askBy?.(step, ask) ?? '') : '';
    if (ask !== undefined && askText) lines.push(...vevent(`${step.id}-ask-${icsDate(ask)}`, ask, texts.title(step), [askText, texts.arithmetic(d)].join('\n'), texts.alarm(step)));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
