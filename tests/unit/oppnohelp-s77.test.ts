/**
 * Session 77 (s77-oppnohelp). The scenarios are in tests/scenarios/063-oppnohelp-s77.yaml. Each `it` marked "failed before"
 * failed on d5a416d9 (a copy of HEAD under /tmp, content generated there).
 *
 * 1. opp-evaluatie (B20: the OPP is evaluated with the parents at least once per school year; 002:882-884 "daaropvolgend ...
 *    tenminste één keer per schooljaar", 001:272, 509, 004:1342). The plan contradicted itself: an OPP perhaps drawn up in
 *    the last talk in August-May got "Dan hoort er in dit schooljaar nog een evaluatie bij" and, after 1 August, "Die dag is
 *    voorbij. De school is dan te laat"; one drawn up in June or July got "Onze bronnen zeggen niet dat ..." (left73). The
 *    sources do not say whether the school year an OPP was drawn up in is one of its evaluation years. Now every text says
 *    that this is not clear, keeps the day (this school year's last day first, as the safe choice, s63) and names whom to
 *    ask. A whole school year without any talk stays "De school is dus te laat" (true on either reading). No day moves.
 * 2. ondersteuning-gemeld "geen-hulp-nodig" (s76-misc; A06, A19): herinnering-besluit no longer shows "[Heeft je kind geen
 *    extra hulp nodig? Haal dan … weg.]" and the zorgplicht paragraph to the parent who said so (the paragraph goes, with
 *    the request for the investigation's report, A07, A20); bezwaar-weigering-verwijdering for a refusal no longer has
 *    "Noor heeft extra ondersteuning nodig ..." (A11) nor "Ik leg de zaak ook voor aan de Geschillencommissie" (F07).
 *    "nee" and "weet-niet" keep the instructions: the parent judges (A09).
 * 3. The gesprekskaart's question weigering-andere-school (A11) not for "geen-hulp-nodig"; kept for "nee" (as the plan's
 *    warning weigering-zonder-andere-school: the child may need help the school was not told of yet), "ja", "weet-niet".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/rules/dates';
import type { Answers } from '../../src/flow/answers';
import { buildPlan } from '../../src/rules/plan';
import { buildCard } from '../../src/meeting/card';
import { fillLetter, letterText, valuesFromAnswers } from '../../src/rules/letters';
import type { LetterField } from '../../src/rules/letter-fields';
import { stepText } from '../../src/ui/deadlineText';
import { formatDateInText } from '../../src/rules/dateInText';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, dutch } from './lawyer-kit';

beforeAll(loadPlanTexts, 60_000);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

// ── 1. opp-evaluatie ───────────────────────────────────────────────────────────────────────────────────────────────
const opp = (besproken: string) => A({
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee', opp: 'ja', 'opp-besproken': besproken, 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee',
  'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
});
const evaluation = (answers: Answers, today: string) => buildPlan(answers, today as IsoDate).steps.find((s) => s.id === 'opp-evaluatie')!;
const UNCLEAR = /zeggen onze bronnen niet duidelijk/;
const DUTY_THIS_YEAR = /hoort er in dit schooljaar nog een evaluatie bij/;
const LATE = /te laat\b(?!.*niet zeker)/;

describe('1. opp-evaluatie: one reading of B20 for every month of the last talk', () => {
  it('last talk Mon 15 Mar 2027, read Tue 20 Apr 2027: no duty of a second talk, the sources unclear, both days kept, earlier first (failed before)', () => {
    const s = evaluation(opp('2027-03-15'), '2027-04-20');
    expect(s.params).toMatchObject({ uiterlijk: '2028-07-31', ditSchooljaar: '2027-07-31' });
    const why = dutch(s);
    expect(why).not.toMatch(DUTY_THIS_YEAR);
    expect(why).toMatch(UNCLEAR);
    expect(why).toMatch(/Vraag voor de zekerheid om een gesprek in dit schooljaar, uiterlijk op zaterdag 31 juli 2027/);
    expect(why).toMatch(/Dan moet het volgende gesprek uiterlijk op maandag 31 juli 2028 zijn/);
    expect(why).toContain('Houd dan de eerste datum aan');
    expect(why).toMatch(/ouder- en jeugdsteunpunt/);
    for (const lang of LANGS) {
      const t = stepText(s, 'why', tFor(lang));
      const a = t.indexOf(formatDateInText('2027-07-31', lang));
      expect(a, lang).toBeGreaterThan(-1);
      expect(t.indexOf(formatDateInText('2028-07-31', lang)), lang).toBeGreaterThan(a);
      expect(t, lang).toMatch(/jeugdsteunpunt/);
      // A Ukrainian date ends in "р.": never at a sentence's end (plan-languages: "doubled full stop").
      if (lang === 'uk') expect(t).not.toMatch(/р\.\./);
    }
  });

  it('last talk Mon 15 Mar 2027, read Fri 10 Sep 2027: not "De school is dan te laat", the passed day not certain (failed before)', () => {
    const s = evaluation(opp('2027-03-15'), '2027-09-10');
    expect(s.params).toMatchObject({ uiterlijk: '2028-07-31', vorigSchooljaar: '2027-07-31', besproken: '2027-03-15' });
    const why = dutch(s);
    expect(why).not.toMatch(/De school is dan te laat|Die dag is voorbij/);
    expect(why).toMatch(UNCLEAR);
    expect(why).toMatch(/Of de school te laat is, is dus niet zeker/);
    expect(why).toMatch(/Het volgende gesprek moet uiterlijk op maandag 31 juli 2028 zijn/);
    expect(why).toMatch(/Vraag wel nu per e-mail om een gesprek/);
    for (const lang of LANGS) {
      const t = stepText(s, 'why', tFor(lang));
      for (const d of ['2027-03-15', '2027-07-31', '2028-07-31']) expect(t, `${lang} ${d}`).toContain(formatDateInText(d, lang));
      if (lang === 'uk') expect(t).not.toMatch(/р\.\./);
    }
  });

  it('talks on 1 Oct 2026, 15 Mar, 31 May, 1 Jun and 5 Jul 2027, read on 10 Sep 2027: none says the school is late, all name 31 July 2028 (failed before)', () => {
    for (const d of ['2026-10-01', '2027-03-15', '2027-05-31', '2027-06-01', '2027-07-05']) {
      const s = evaluation(opp(d), '2027-09-10');
      expect(s.params['uiterlijk'], d).toBe('2028-07-31');
      const why = dutch(s);
      expect(why, d).not.toMatch(LATE);
      expect(why, d).toMatch(/uiterlijk op maandag 31 juli 2028/);
    }
  });

  it('the same talks read in this school year: none claims a second talk as a duty, each names its days (failed before)', () => {
    for (const [d, today] of [['2026-10-01', '2027-03-01'], ['2027-03-15', '2027-04-20'], ['2027-05-31', '2027-06-10'], ['2027-06-01', '2027-06-10']] as const) {
      const why = dutch(evaluation(opp(d), today));
      expect(why, d).not.toMatch(DUTY_THIS_YEAR);
      expect(why, d).toMatch(/Onze bronnen zeggen niet|zeggen onze bronnen niet duidelijk/);
      expect(why, d).toMatch(/uiterlijk op maandag 31 juli 2028/);
    }
  });

  it('guard: a whole school year without a talk (last talk 10 Jun 2025, read 1 Oct 2026) stays "De school is dus te laat", with both days', () => {
    const s = evaluation(opp('2025-06-10'), '2026-10-01');
    expect(s.texts).toBe('ui:s45.planStep.oppJaarGemist');
    expect(s.group).toBe('nu');
    const why = dutch(s);
    expect(why).toMatch(/De school is dus te laat/);
    expect(why).toMatch(/vrijdag 31 juli 2026/);
    expect(why).toMatch(/zaterdag 31 juli 2027/);
  });

  it('the new school\'s OPP after a TLV: "uiterlijk op" this school year\'s last day stays, as the safe choice, not as a certain duty (failed before)', () => {
    const noor = A({
      situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-06-01', 'tlv-eens': 'ja', 'tlv-soort': 'so',
      'tlv-plek': 'ingeschreven', 'inschrijving-datum': '2026-08-24', 'opp-nieuwe-school': 'ja', opp: 'ja', 'opp-besproken': '2026-05-12',
      'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
      'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
    });
    const s = evaluation(noor, '2026-09-14');
    expect(s.texts).toBe('ui:opp65.planStep.evaluatieNieuweSchool');
    expect(s.params['ditSchooljaar']).toBe('2027-07-31');
    const why = dutch(s);
    expect(why).not.toMatch(/In dit schooljaar hoort er een gesprek over het OPP te zijn/);
    expect(why).toMatch(UNCLEAR);
    expect(why).toContain('uiterlijk op zaterdag 31 juli 2027.');
    for (const lang of LANGS) {
      const t = stepText(s, 'why', tFor(lang));
      expect(t, lang).toContain(formatDateInText('2027-07-31', lang));
      if (lang === 'uk') expect(t).not.toMatch(/р\.\./);
    }
  });
});

// ── 2. the letters ──────────────────────────────────────────────────────────────────────────────────────────────────
type Letter = { id: string; body: string };
const letters: Record<string, Letter[]> = {};
beforeAll(async () => {
  for (const lang of LANGS) letters[lang] = ((await import(`../../src/content/generated/letters.${lang}.ts`)) as { default: { letters: Letter[] } }).default.letters;
});
const write = (id: string, answers: Record<string, unknown>, today: string, lang = 'nl') =>
  letterText(
    fillLetter(letters[lang]!.find((l) => l.id === id)!.body, { ...valuesFromAnswers(A(answers), today as IsoDate, lang, id as never), kind_voornaam: 'Noor' }),
    (f: LetterField) => `{${f}}`,
  );
const bracketed = (text: string) => text.split('\n').filter((l) => /^\[(?!\{).*\]/.test(l.trim()));

const registered = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-16', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'nog-niet',
  'meer-scholen': 'nee', groep: 'groep-1-2', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee',
  jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee',
};
const refused = {
  ...registered, 'aanmelding-datum': '2026-10-05', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-11-02',
  'weigering-andere-school': 'nee', 'bezwaar-ingediend': 'nee', 'aanbod-geweigerd': 'nee',
};
const ZORGPLICHT = {
  nl: /zorgplicht/, en: /zorgplicht/, ar: /zorgplicht/, tr: /zorgplicht/, pl: /zorgplicht/, uk: /zorgplicht/,
} as const;

describe('2a. herinnering-besluit for each answer to ondersteuning-gemeld', () => {
  it('"geen-hulp-nodig": no instruction to remove, no zorgplicht paragraph, no report request, six languages (failed before)', () => {
    for (const lang of LANGS) {
      const text = write('herinnering-besluit', { ...registered, 'ondersteuning-gemeld': 'geen-hulp-nodig' }, '2027-01-10', lang);
      expect(bracketed(text), lang).toEqual([]);
      expect(text, lang).not.toMatch(ZORGPLICHT[lang]);
      expect(text, lang).not.toMatch(/hulp_keuze|\n\n\n/);
    }
    const nl = write('herinnering-besluit', { ...registered, 'ondersteuning-gemeld': 'geen-hulp-nodig' }, '2027-01-10');
    expect(nl).not.toMatch(/geen extra hulp|verslag van uw onderzoek|ondersteuning/);
    // The rest stays: the term and the request for a decision.
    expect(nl).toMatch(/binnen 6 weken na ontvangst van de aanmelding/);
    expect(nl).toMatch(/Heeft u mij al gebeld over uw besluit\? Stuur mij dat besluit dan alsnog op papier\.\n\nMet vriendelijke groet/);
  });

  it('"ja": the paragraph plain, with the report request; "nee" and "weet-niet": one instruction for that one paragraph (new layout: failed before)', () => {
    for (const lang of LANGS) {
      const yes = write('herinnering-besluit', { ...registered, 'ondersteuning-gemeld': 'ja' }, '2027-01-10', lang);
      expect(bracketed(yes), lang).toEqual([]);
      expect(yes, lang).toMatch(ZORGPLICHT[lang]);
    }
    expect(write('herinnering-besluit', { ...registered, 'ondersteuning-gemeld': 'ja' }, '2027-01-10')).toContain(
      'Tot die tijd heeft uw school zorgplicht voor Noor. Stuur mij ook het verslag van uw onderzoek naar wat Noor nodig heeft.',
    );
    for (const v of ['nee', 'weet-niet']) {
      const text = write('herinnering-besluit', { ...registered, 'ondersteuning-gemeld': v }, '2027-01-10');
      expect(bracketed(text), v).toEqual(['[Heeft je kind geen extra hulp nodig? Haal dan deze alinea weg.]']);
      expect(text, v).toMatch(/Haal dan deze alinea weg\.\]\nKan uw school Noor niet de ondersteuning geven[^\n]*verslag van uw onderzoek/);
    }
  });
});

describe('2b. bezwaar-weigering-verwijdering after a refusal, for each answer', () => {
  it('"geen-hulp-nodig": no "heeft extra ondersteuning nodig", no Geschillencommissie sentence, six languages (failed before)', () => {
    for (const lang of LANGS) {
      const text = write('bezwaar-weigering-verwijdering', { ...refused, 'ondersteuning-gemeld': 'geen-hulp-nodig' }, '2026-11-10', lang);
      expect(text, lang).not.toMatch(/Geschillencommissie|gpo_keuze|besluit_grond|\n\n\n/);
    }
    const nl = write('bezwaar-weigering-verwijdering', { ...refused, 'ondersteuning-gemeld': 'geen-hulp-nodig' }, '2026-11-10');
    expect(nl).not.toMatch(/extra ondersteuning nodig|Kies de zin die past|Ik leg de zaak ook voor/);
    expect(nl).toContain('U heeft besloten om Noor niet toe te laten op');
    expect(nl).toContain('Ik vraag u om:');
  });

  it('"ja": the plain A11 line and the Geschillencommissie sentence; "nee": the line with its condition; the sentence under its instruction (new layout: failed before)', () => {
    const yes = write('bezwaar-weigering-verwijdering', { ...refused, 'ondersteuning-gemeld': 'ja' }, '2026-11-10');
    // Session 84 (s84-refusal, 1): this refusal's weigering-andere-school "nee" picks the fourth line (no other school found, A11).
    expect(yes).toMatch(/\n\nNoor heeft extra ondersteuning nodig\. U heeft geen andere school gevonden die Noor wil toelaten\. U mag Noor pas weigeren/);
    expect(yes).toMatch(/\[Doe je dat niet\? Haal deze zin dan weg\.\]\nIk leg de zaak ook voor aan de Geschillencommissie passend onderwijs\./);
    const no = write('bezwaar-weigering-verwijdering', { ...refused, 'ondersteuning-gemeld': 'nee' }, '2026-11-10');
    expect(no).toMatch(/\[Bij een weigering, als je kind extra ondersteuning nodig heeft[^\]]*\] Noor heeft extra ondersteuning nodig/);
    expect(no).toMatch(/Ik leg de zaak ook voor aan de Geschillencommissie passend onderwijs\./);
  });

  it('guard: a removal keeps the Geschillencommissie sentence (F07: any removal), whatever ondersteuning-gemeld says', () => {
    const removal = A({
      situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-02',
      'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', groep: 'groep-3-6', 'ondersteuning-gemeld': 'geen-hulp-nodig',
    });
    const text = write('bezwaar-weigering-verwijdering', removal as Record<string, unknown>, '2026-11-10');
    expect(text).toMatch(/van \[\{school_naam\}\] te verwijderen|te verwijderen/);
    expect(text).toMatch(/Ik leg de zaak ook voor aan de Geschillencommissie passend onderwijs\./);
  });
});

// ── 3. the gesprekskaart ────────────────────────────────────────────────────────────────────────────────────────────
describe('3. the gesprekskaart after a refusal: weigering-andere-school (A11)', () => {
  const questions = (v: string) => buildCard(A({ ...refused, 'ondersteuning-gemeld': v }), [], '2026-11-10' as IsoDate).questions.map((q) => q.id);

  it('"geen-hulp-nodig": not asked (failed before)', () => {
    expect(questions('geen-hulp-nodig')).not.toContain('weigering-andere-school');
    expect(questions('geen-hulp-nodig')).toContain('wie-doet-wat');
  });

  it('"ja", "nee" and "weet-niet": asked, as the plan\'s warning weigering-zonder-andere-school', () => {
    for (const v of ['ja', 'nee', 'weet-niet']) {
      expect(questions(v), v).toContain('weigering-andere-school');
      expect(buildPlan(A({ ...refused, 'ondersteuning-gemeld': v }), '2026-11-10' as IsoDate).warnings.map((w) => w.id), v).toContain('weigering-zonder-andere-school');
    }
    expect(buildPlan(A({ ...refused, 'ondersteuning-gemeld': 'geen-hulp-nodig' }), '2026-11-10' as IsoDate).warnings.map((w) => w.id)).not.toContain('weigering-zonder-andere-school');
  });
});
