/**
 * Session 29 (s29-langs): the texts s28-open added or changed (ui section open28; the step texts eerdereWeigering,
 * weigeringVoorToelating, eerdereVerwijdering), read in the five translations against the Dutch. Every test marked
 * "(failed before)" failed on main 1ed5a3d.
 *
 *  1. The Geschillencommissie without its explanation. The texts beside these (the main step, the glossary, the other
 *     earlier-refusal text) say what it is: "disputes committee (Geschillencommissie ...)", "(uyuşmazlık komisyonu)",
 *     "komisji ds. sporów (...)", "(комісія зі спорів)", "هيئة النزاعات (...)". eerdereVerwijdering (en, tr, pl), both
 *     refusal texts (uk) and the first screen's choiceElsewhereGpo (en, tr, pl, uk) named it in Dutch only, and then
 *     said "ask the committee": a parent who does not read Dutch did not know it is a committee.
 *  2. The first screen's choiceMaybe began "your timeline says your child was admitted after that" (nl "daarna"), with
 *     nothing before it on the screen for "that" to point at (it stands under the date box, above the actions). Now it
 *     says "after the refusal" in all six (the Dutch changed too: the reference was not clear).
 *  3. "Already objected? Then nothing more to do" before the Geschillencommissie read as "no commission either"; s28
 *     fixed that in eerdereVerwijdering ("then you need not do that again") but not in eerdereWeigering ("hier niets
 *     meer") and weigeringVoorToelating ("of heb je al bezwaar gemaakt? Dan hoef je ook niets te doen", after the
 *     commission). Now the three steps say the same, in all six (the Dutch changed: it contradicted the commission's
 *     own step, where one route does not wait for the other).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_LANG, LANGUAGES } from '../../src/languages';
import { formatDate } from '../../src/rules/dates';
import { loadPlanTexts, tFor } from './plan-texts';

beforeAll(loadPlanTexts);

const ALL = LANGUAGES.map((l) => l.code);
const OTHERS = ALL.filter((c) => c !== BASE_LANG);
const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
const STEP = {
  eerdereWeigering: 'ui:months.planStep.eerdereWeigering.why',
  weigeringVoorToelating: 'ui:open26.planStep.weigeringVoorToelating.why',
  eerdereVerwijdering: 'ui:open26.planStep.eerdereVerwijdering.why',
} as const;
const why = (lang: string, key: string) => strip(tFor(lang).raw(key, { besluit: formatDate('2026-06-01', lang) }));
const choice = (lang: string, key: string) => strip(tFor(lang).raw(`ui:open28.${key}`, { date: formatDate('2026-12-21', lang) }));

// ── 1. The Geschillencommissie with the explanation the language uses elsewhere ────────────────────────────────────
/** The Dutch name with the words that say what it is, as the main step and the glossary of each language have it. */
const EXPLAINED: Record<string, RegExp> = {
  en: /disputes committee \(Geschillencommissie/,
  tr: /Geschillencommissie[^()]*\(uyuşmazlık komisyonu\)/,
  pl: /komisji ds\. sporów \(Geschillencommissie/,
  uk: /Geschillencommissie[^()]*\(комісії зі спорів\)/,
  ar: /هيئة النزاعات \(Geschillencommissie/,
};

describe('1. the Geschillencommissie is explained where these texts name it', () => {
  it.each(OTHERS.flatMap((l) => Object.entries(STEP).map(([name, key]) => [l, name, key] as const)))('%s %s (failed before: en/tr/pl eerdereVerwijdering, uk)', (lang, _name, key) => {
    const text = why(lang, key);
    expect(text).toMatch(/Geschillencommissie/);
    // The first time it is named, it is explained ("ask the committee" comes after it).
    const first = text.indexOf('Geschillencommissie');
    const m = EXPLAINED[lang]!.exec(text);
    expect(m, text).not.toBeNull();
    expect(Math.abs(m!.index - first)).toBeLessThan(40);
  });

  it.each(OTHERS)('%s open28.choiceElsewhereGpo: the first screen says what the Geschillencommissie is (failed before: en, tr, pl, uk)', (lang) => {
    expect(choice(lang, 'choiceElsewhereGpo')).toMatch(EXPLAINED[lang]!);
  });
});

// ── 2. choiceMaybe says after what the child was admitted ──────────────────────────────────────────────────────────
const AFTER_REFUSAL: Record<string, string> = {
  nl: 'In je tijdlijn staat dat je kind na de weigering is toegelaten.',
  en: 'Your timeline says that your child was admitted after the refusal.',
  tr: 'Zaman çizelgenizde çocuğunuzun ret kararından sonra kabul edildiği yazıyor.',
  pl: 'W twojej osi czasu jest wpis, że po odmowie dziecko zostało przyjęte.',
  uk: 'У вашій хронології записано, що після відмови дитину прийняли.',
  ar: 'في خطّك الزمني مكتوب أن طفلك قُبل بعد الرفض.',
};

describe('2. open28.choiceMaybe: "admitted after the refusal", not "after that"', () => {
  it.each(ALL)('%s (failed before)', (lang) => {
    const text = choice(lang, 'choiceMaybe');
    expect(text.startsWith(AFTER_REFUSAL[lang]!), text).toBe(true);
    // Unchanged: it is a choice only if it was another school, with the last day (the date written out once).
    expect(text.split(formatDate('2026-12-21', lang)).length).toBe(2);
  });

  it('nl: no dangling "daarna" (failed before)', () => {
    expect(choice('nl', 'choiceMaybe')).not.toMatch(/daarna/);
  });
});

// ── 3. "Already objected?" does not say "nothing (more) to do" beside the Geschillencommissie ──────────────────────
/** "Already objected to this decision? Then you need not do that again." as eerdereVerwijdering says it since s28. */
const NOT_AGAIN: Record<string, { full: string; short: string; answer: string; nothingEither: string }> = {
  nl: { full: 'Heb je al bezwaar gemaakt tegen dit besluit?', short: 'Heb je al bezwaar gemaakt?', answer: 'Dan hoef je dat niet nog eens te doen.', nothingEither: 'Liet dezelfde school je kind toch toe? Dan hoef je ook niets te doen.' },
  en: { full: 'Have you already objected to this decision?', short: 'Have you already objected?', answer: 'Then you do not need to do that again.', nothingEither: 'Did the same school admit your child after all? Then you do not need to do anything either.' },
  tr: { full: 'Bu karara zaten itiraz ettiniz mi?', short: 'Zaten itiraz ettiniz mi?', answer: 'O zaman bunu tekrar yapmanız gerekmez.', nothingEither: 'Aynı okul çocuğunuzu sonunda kabul mü etti? O zaman da bir şey yapmanız gerekmez.' },
  pl: { full: 'Czy już złożyłeś/złożyłaś sprzeciw wobec tej decyzji?', short: 'Czy już złożyłeś/złożyłaś sprzeciw?', answer: 'Wtedy nie musisz robić tego ponownie.', nothingEither: 'Czy ta sama szkoła jednak przyjęła dziecko? Wtedy też nie musisz nic robić.' },
  uk: { full: 'Ви вже подали заперечення проти цього рішення?', short: 'Ви вже подали заперечення?', answer: 'Тоді не треба робити це ще раз.', nothingEither: 'Та сама школа все ж прийняла дитину? Тоді теж нічого робити не треба.' },
  ar: { full: 'هل قدّمت اعتراضاً على هذا القرار من قبل؟', short: 'هل قدّمت اعتراضاً من قبل؟', answer: 'عندها لا تحتاج إلى فعل ذلك مرة أخرى.', nothingEither: 'هل قبلت المدرسة نفسها طفلك في النهاية؟ عندها أيضاً لا تحتاج إلى فعل شيء.' },
};

describe('3. "already objected?": "then you need not do that again", in the three earlier-decision steps', () => {
  it.each(ALL)('%s eerdereWeigering (failed before)', (lang) => {
    const n = NOT_AGAIN[lang]!;
    expect(why(lang, STEP.eerdereWeigering)).toContain(`${n.full} ${n.answer}`);
  });

  it.each(ALL)('%s weigeringVoorToelating: the same school admitting is "nothing to do"; already objected is "not again" (failed before)', (lang) => {
    const n = NOT_AGAIN[lang]!;
    const text = why(lang, STEP.weigeringVoorToelating);
    expect(text).toContain(`${n.short} ${n.answer}`);
    expect(text).toContain(n.nothingEither);
  });

  it.each(ALL)('%s eerdereVerwijdering: the wording s28 chose, the one the other two now follow (guard)', (lang) => {
    const n = NOT_AGAIN[lang]!;
    expect(why(lang, STEP.eerdereVerwijdering)).toContain(`${n.full} ${n.answer}`);
  });

  it('nl: no "niets meer te doen" / "ook niets" after "al bezwaar gemaakt" in these steps (failed before)', () => {
    for (const key of Object.values(STEP)) expect(why('nl', key)).not.toMatch(/al bezwaar gemaakt[^.?]*\?( Dan hoef je hier niets meer| Dan hoef je ook niets)/);
  });
});

// ── Guards: the facts the s28 texts carry are still there in every language ───────────────────────────────────────
describe('guards: the terms and where to ask are unchanged', () => {
  it.each(ALL.flatMap((l) => Object.values(STEP).map((k) => [l, k] as const)))('%s %s: 6 weeks twice, onderwijsgeschillen.nl, bezwaar, the steunpunt', (lang, key) => {
    const text = why(lang, key);
    expect(text.match(/6/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/onderwijsgeschillen\.nl/);
    expect(text).toMatch(/bezwaar/);
    expect(text).toMatch(/ouder- en jeugdsteunpunt/);
  });

  it.each(ALL)('%s open28: the date once in each line, bezwaar named', (lang) => {
    for (const key of ['choiceElsewhere', 'choiceElsewhereGpo', 'choiceMaybe']) {
      const text = choice(lang, key);
      expect(text.split(formatDate('2026-12-21', lang)).length, key).toBe(2);
      expect(text, key).toMatch(/bezwaar/);
    }
  });
});
