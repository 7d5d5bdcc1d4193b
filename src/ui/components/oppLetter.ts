import { i18n } from '../../app/i18n';
import type { AppState } from '../../app/controller';
import { admissionValues, oppTermValues, type LetterField } from '../../rules/letters';
import { todayInNL } from '../../rules/dates';
import type { PlanStep } from '../../rules/plan';
import { planOf, storedOf } from './timelineDoor';

/**
 * Session 58 (s58-oppletter): the paragraph of the letter verzoek-opp with the day of enrolment and the OPP's last day,
 * in `lang` (the letter: Dutch; its translation: the interface language). As in meetingLetterWords, the Dutch letter's
 * values are never wrapped in Unicode isolates; the caller makes sure the texts (ui:opp58) are loaded.
 */
export function oppLetterValuesOf(app: Pick<AppState, 'answers' | 'timeline'>, lang = 'nl', today = todayInNL(), step = oppStepOf(app, today)): Partial<Record<LetterField, string>> {
  const f = i18n.getFixedT(lang);
  const plain = lang === 'nl' ? { interpolation: { escapeValue: false } } : {};
  return oppTermValues(step, (p, certain) => f(certain ? 'opp58.letterTerm' : 'opp64.letterTerm', { ...p, ...plain } as never) as unknown as string, lang);
}

/** The plan step with the OPP's last day after an enrolment (src/rules/steps/aanmelden.ts, B02). */
const OPP_STEP = 'opp-na-toelating';

/**
 * Session 64 (s64-opp): the plan's own OPP step and its certainty, which oppLetterValuesOf words ("volgens mij uiterlijk op …"
 * where the plan says not certain). Session 67: the letter page asks for it once and passes it to the Dutch letter and its
 * translation; before, a letter in another interface language computed the plan twice.
 */
export function oppStepOf(app: Pick<AppState, 'answers' | 'timeline'>, today = todayInNL()): PlanStep | undefined {
  return planOf(app, today).steps.find((s) => s.id === OPP_STEP);
}

/** Session 60 (s60-enrolled): the letter whose choice lines the admission decides (admissionValues). */
export const LPA_LETTER = 'bericht-leerplichtambtenaar';

/**
 * Session 60 (s60-enrolled): bericht-leerplichtambtenaar's choice lines for a child enrolled nowhere and admitted, in `lang`
 * (the letter: Dutch; its translation: the interface language). The words (ui:enrolled60.letter) name the child and the
 * school by their letter fields ({{kind_voornaam}}, {{school_naam}}), which fillLetter fills like the letter's own.
 */
export function admissionLetterValuesOf(app: Pick<AppState, 'answers' | 'timeline'>, lang = 'nl', today = todayInNL()): Partial<Record<LetterField, string>> {
  const { answers } = storedOf(app);
  const f = i18n.getFixedT(lang);
  const plain = lang === 'nl' ? { interpolation: { escapeValue: false } } : {};
  const names = { kind_voornaam: '{{kind_voornaam}}', school_naam: '{{school_naam}}' };
  return admissionValues(answers, today, (key, p) => f(`enrolled60.letter.${key}`, { ...p, ...names, ...plain } as never) as unknown as string, lang);
}
