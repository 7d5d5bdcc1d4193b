/**
 * How a step and its deadline read, in one place, for the plan page and the calendar file
 * (src/rules/ics.ts): both take the same Deadline objects through these functions, so the dates
 * in the calendar are the dates on the screen.
 */
import type { Lang, T } from '../app/i18n';
import { formatDate, isIsoDate } from '../rules/dates';
import { endSentence, formatDateInText } from '../rules/dateInText';
import { extendedToday, type Deadline } from '../rules/deadlines';
import type { IcsTexts } from '../rules/ics';
import type { PlanStep } from '../rules/plan';

/**
 * Session 85: the ui texts a due line needs, in the renderer's own lookup (keys without their "ui:" prefix): the page's T
 * (`pageSay`), or the CLI's texts (src/cli/plan.ts), which read the same keys from the same files. One function per line
 * for both; each kept a copy until session 85.
 */
export type UiSay = { (key: string, values?: Record<string, string | number>): string; lang: Lang };
const pageSay = (t: T): UiSay => Object.assign((key: string, values?: Record<string, string | number>) => t.raw(`ui:${key}`, values), { lang: t.lang });

/**
 * The date beside an action on the plan's first screen: "Uiterlijk <due>.", but a TLV's end date is no last day for the
 * parent (her day to ask is earlier, in the step): "De TLV van <grant> geldt tot <end>." (session 82).
 */
export const firstDueText = (d: Deadline, t: T): string => firstDueLine(d, pageSay(t));
export function firstDueLine(d: Deadline, say: UiSay): string {
  return d.startWhat === 'tlv-toegekend' ? endSentence(arithmeticLine(d, say)) : say('planFirst.due', { date: formatDate(d.due, say.lang) });
}

/** "6 weken na de ontvangst van je aanmelding (dinsdag 3 maart 2026): dinsdag 14 april 2026". */
export const deadlineArithmetic = (d: Deadline, t: T): string => arithmeticLine(d, pageSay(t));
export function arithmeticLine(d: Deadline, say: UiSay): string {
  // Session 82: a TLV's end date counts from nothing: "De TLV van <grant> geldt tot <end>".
  if (d.startWhat === 'tlv-toegekend') return say(d.status === 'passed' ? 'tlv82.deadlinePassed' : 'tlv82.deadline', { start: formatDateInText(d.start, say.lang), due: formatDateInText(d.due, say.lang) });
  return say(`deadline.${d.unit}`, {
    count: d.amount,
    start: say(`deadline.start.${d.startWhat}`, { date: formatDate(d.start, say.lang) }),
    due: formatDate(d.due, say.lang),
  });
}

/** The step's text placeholders, dates written out in the parent's language. */
/**
 * "Dat is vandaag", "Nog 3 dagen", or what a passed day means where it is shown: the plan says "Deze datum is voorbij",
 * a letter's due line says what the plan says about it (walk63.letterDuePassed). One choice for both pages.
 */
export const daysLeftText = (d: Deadline, t: LeftSay, passedKey: 'plan.deadlinePassed' | 'walk63.letterDuePassed'): string =>
  d.status === 'passed' ? t(passedKey) : d.status === 'today' ? t('plan.deadlineToday') : t('plan.deadlineLeft', { count: d.daysLeft });

/**
 * Session 71 (s71-readback, 6): the words a deadline's status needs, in the renderer's own lookup: the page's T, or the
 * CLI's texts (src/cli/plan.ts), which read the same keys from the same files.
 */
export type LeftSay = {
  (key: 'plan.deadlinePassed' | 'walk63.letterDuePassed' | 'plan.deadlineToday' | 'plan.deadlineLeft' | 'admissionExtension.passed' | 'left81.extensionLate', values?: { count?: number; date?: string }): string;
  lang: string;
};

/**
 * "Deze datum is voorbij", "Dat is vandaag", "Nog 3 dagen"; for the admission decision whose 6 weeks passed while the
 * school may have extended them (Deadline.maybeExtendedTo, src/rules/steps/aanmelden.ts): that day and what to ask.
 * Session 45 (s035-aanmelding-tien-weken-vandaag): on the 10-week day itself it says so, as every other last day does.
 * Session 71 (s71-readback, 6): one function for the plan page (PlanPage re-exports it) and the CLI; each kept a copy.
 */
export function leftText(d: Deadline, t: LeftSay): string {
  // Session 81 (s81-left, e): the parent logged an extension that came after the 6 weeks (Deadline.extendedLate): say so.
  if (d.maybeExtendedTo)
    return `${t(d.extendedLate ? 'left81.extensionLate' : 'admissionExtension.passed', { date: formatDateInText(d.maybeExtendedTo, t.lang) })}${extendedToday(d) ? ` ${t('plan.deadlineToday')}` : ''}`;
  return daysLeftText(d, t, 'plan.deadlinePassed');
}

export function stepParams(step: PlanStep, lang: string): Record<string, string> {
  return Object.fromEntries(Object.entries(step.params).map(([k, v]) => [k, isIsoDate(v) ? formatDateInText(v, lang) : v]));
}

/** A step text ("title", "why", "late", "check") from the steps namespace; "" when the step has none. */
export function stepText(step: PlanStep, part: string, t: T): string {
  const key = `${step.texts ?? `steps:steps.${step.id}`}.${part}`;
  return t.exists(key) ? t.raw(key, stepParams(step, t.lang)) : '';
}

/** The calendar's words, from the same texts as the plan page. */
export function icsTexts(t: T): IcsTexts {
  return {
    calendarName: t('planExtras.icsCalendarName'),
    title: (step) => stepText(step, 'title', t),
    who: (step) => {
      // Session 52: a step with texts of its own may have its own calendar line (`<texts>.calendar`): the dossier step after
      // a correction request (dossierCorrectionTexts) is about the correction, not about a dossier still to come.
      const key = step.texts && t.exists(`${step.texts}.calendar`) ? `${step.texts}.calendar` : `ui:calendarEvents.${step.id}`;
      return t.exists(key) ? t.raw(key, stepParams(step, t.lang)) : '';
    },
    what: (step) => t('calendarEvents.what', { title: stepText(step, 'title', t) }),
    arithmetic: (d) => deadlineArithmetic(d, t),
    uncertain: (step) => [t('plan.uncertain'), stepText(step, 'check', t)].filter(Boolean).join(' '),
    alarm: (step) => t('planExtras.icsAlarm', { title: stepText(step, 'title', t) }),
    // Session 82 (s82-left, 3): after an extension the parent logged after the 6 weeks (Deadline.extendedLate), what the plan
    // says (left81.extensionLate, s45.lateExtension): told too late, do not count on the 10-week day, send a reminder.
    extended: (step, day) => t(step.deadline?.extendedLate ? 'left82.icsExtensionLate' : 'admissionExtension.passed', { date: formatDateInText(day, t.lang) }),
    // Session 82: the advised day to ask about a new TLV (Deadline.askBy), its own calendar event.
    askBy: (step) => (step.deadline ? t('tlv82.calendarAsk', { einde: formatDateInText(step.deadline.due, t.lang) }) : ''),
  };
}
