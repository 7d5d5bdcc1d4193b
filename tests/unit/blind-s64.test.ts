/**
 * Session 64 (s64-blind): a blind review round of THE PLANS, read as a parents' lawyer reads them, aimed at the FACTS rows
 * and combinations the earlier rounds covered least (counted with grep first; the ten + four stories and their written-down
 * expectations are in tests/scenarios/050-blind-s64.yaml). This file holds the defects that round found, each with a test
 * that failed before its fix (proved by running it against the files from HEAD).
 *
 * Stories (our own dates; weekdays from the calendar):
 *   1  Daan (groep 5): the school said aloud it cannot help him further, asks for a diagnosis first and for a signature; no
 *      OPP; a meeting on Wed 10 Mar 2027. Read Mon 8 Mar, Tue 9 Mar (the evening before) and Wed 10 Mar 2027.
 *   2  Mila (groep 6): suspended Mon 12 Jul 2027, a removal decision on paper Fri 16 Jul 2027 without another school; then
 *      the summer holiday. Read Mon 2 Aug 2027. Guard: Jesse, suspended Mon 7 Jun 2027, read Tue 15 Jun 2027.
 *   3  Ravi (groep 1): registered in writing, received Tue 20 Jul 2027 (in the summer holiday), with a support need; the
 *      school did not say it takes longer and has not decided. Read Wed 1 Sep 2027.
 *
 * What a correct plan must say, written down first from ../shared/FACTS.md (not from the code):
 *   1  No decision on paper: no term for the parent (C09/A21 need a decision). The first screen says what to do next and by
 *      when: the nearest thing is the meeting, and read on Tue 9 Mar it is TOMORROW. F01: talk first, bring someone. A27,
 *      FP20: no diagnosis is needed. FP07, G08: no blank forms; a blanket consent is not valid. B01, FP05: ask for the OPP.
 *   2  C10 (002:2362): a suspension in PO lasts one week at most: 12 Jul + 7 = Mon 19 Jul 2027, passed. C11: longer is against
 *      the law and can count at the Geschillencommissie. C09 (002:846-850): bezwaar within 6 weeks: 16 Jul + 42 = Fri 27 Aug
 *      2027, certain; the sources name no pause for a holiday, so the term runs through the summer holiday and the plan must
 *      not let a parent think it waits. F13: the Geschillencommissie the same day, not certain. C04: no removal before
 *      another school agreed. Read in the holiday, "ask the school to let your child come back at once" cannot be done: the
 *      school is closed; what the parent can do is ask now, on paper, that the child may come back on the first school day
 *      after the holiday.
 *   3  A04/A05 (001:119; 002:744-746): 6 weeks from receipt: 20 Jul + 42 = Tue 31 Aug 2027, its last day; not extended, so
 *      from Wed 1 Sep 2027 the school is late. A plan must not say the school was late ON 31 August.
 *
 * Defects found (each fixed; each `it` marked "failed before" failed against HEAD's files):
 *   D1 (moderate: a date the parent must work out) story 1. On Tue 9 Mar the first screen and the step said "Je gesprek is
 *      op woensdag 10 maart 2027." only; "vandaag" existed, "morgen" did not. Now moment `gesprek-morgen`: "Je gesprek is
 *      morgen, woensdag 10 maart 2027. Bereid het vandaag voor." (src/rules/steps/informatie.ts; ui moment, six languages).
 *   D2 (moderate: advice that cannot be followed, and a running term not named) story 2. On Mon 2 Aug the passed suspension
 *      said "Zit je kind nog thuis? De schorsing duurt langer dan een week ... Vraag de school per e-mail om je kind meteen
 *      terug te laten komen", in the summer holiday, and nothing said the removal's bezwaar runs on in it. Now, read in July
 *      or August, schorsing-einde has texts of its own (ui blind64.planStep.schorsingZomer): ask now on paper for the first
 *      school day after the holiday, the school-still-open case as before, and "Loopt er een termijn voor bezwaar? Die loopt
 *      in de vakantie gewoon door." The holiday's dates differ per region and are not in the sources: the text asks "Is het
 *      nu zomervakantie?" and says nothing of how the week counts in it.
 *   D3 (minor: a wrong date in a sentence) story 3. "De school is dus te laat sinds dinsdag 31 augustus 2027": the last day
 *      itself named as the first day late (ui s47.planStep.besluitAanmeldingNietVerlengd, six languages). Now "Dan was
 *      dinsdag 31 augustus 2027 haar laatste dag. Die dag is voorbij. De school is dus te laat." lawyer-s60-edges pinned the
 *      old wording; its assertion now pins the new one.
 *
 * Noted, not changed: see the report of session 64 and the comments in 050-blind-s64.yaml.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanTexts, tFor } from './plan-texts';
import { stepText } from '../../src/ui/deadlineText';
import { firstThings } from '../../src/ui/firstThings';
import { formatDateInText } from '../../src/rules/dateInText';
import { agree, dutch, firstScreen, step, story, terms } from './lawyer-kit';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

// ── 1. Daan: a meeting on Wed 10 Mar 2027 ─────────────────────────────────────────────────────────────────────────────

const daan = story({
  "situatie": ["handelingsverlegen"],
  "hv-schriftelijk": "nee",
  "hv-wil-weg": "nee",
  "opp": "nee",
  "swv-betrokken": "nee",
  "school-zegt": ["diagnose-eerst"],
  "gesprek-gepland": "ja",
  "gesprek-datum": "2027-03-10",
  "tekenen": "ja",
  "dossier-gezien": "nee",
  "dossier-gevraagd": "nee",
  "jeugdhulp": "nodig",
  "klacht": "nee",
  "groep": "groep-3-6",
  "onderzoek": "geen",
});

describe('story 1: Daan, no decision on paper, a meeting on Wed 10 Mar 2027 (F01, A27, FP07, B01)', () => {
  it('D1 (failed before): read the evening before, the first screen says the meeting is tomorrow', () => {
    const f = firstThings(agree(daan, '2027-03-09'));
    expect(f.meeting?.moment).toEqual({ what: 'gesprek-morgen', date: '2027-03-10' });
    const t = tFor('nl');
    expect(t.raw(`ui:moment.${f.meeting!.moment.what}`, { date: formatDateInText(f.meeting!.moment.date, 'nl') })).toBe(
      'Je gesprek is morgen, woensdag 10 maart 2027. Bereid het vandaag voor.',
    );
  });

  it('D1 (failed before): "tomorrow" in every language, with the date, which never ends the sentence (uk, reg-s35)', () => {
    const said: Record<string, RegExp> = { nl: /morgen/, en: /tomorrow/, ar: /غدًا/, tr: /yarın/, pl: /jutro/, uk: /завтра/ };
    for (const lang of LANGS) {
      const t = tFor(lang);
      const line = t.raw('ui:moment.gesprek-morgen', { date: formatDateInText('2027-03-10', lang) });
      expect(line, lang).toMatch(said[lang]!);
      expect(line, lang).toContain(formatDateInText('2027-03-10', lang));
      expect(line, lang).not.toMatch(/\d{4}\.?$/);
    }
  });

  it('the day itself says "vandaag"; two days ahead only the date; no term for the parent on any of them', () => {
    expect(firstThings(agree(daan, '2027-03-10')).meeting?.moment.what).toBe('gesprek-vandaag');
    expect(firstThings(agree(daan, '2027-03-08')).meeting?.moment.what).toBe('gesprek');
    for (const d of ['2027-03-08', '2027-03-09', '2027-03-10']) expect(terms(agree(daan, d)), d).toEqual([]);
  });

  it('the plan around it: the OPP asked for, no diagnosis needed, no blank forms (B01, A27, FP07, G08)', () => {
    const p = agree(daan, '2027-03-09');
    expect(firstScreen(p).actions).toContain('opp-vragen');
    expect(p.warnings.map((w) => w.id)).toEqual(expect.arrayContaining(['diagnose-geeist', 'niet-blanco-tekenen']));
  });
});

// ── 2. Mila: suspended Mon 12 Jul 2027, removal on paper Fri 16 Jul 2027, read in the summer holiday ──────────────────

const milaAnswers = {
  "situatie": ["thuiszitten"],
  "thuis-reden": "geschorst",
  "thuis-sinds": "2027-07-12",
  "schorsing-datum": "2027-07-12",
  "thuis-hoeveel": "helemaal",
  "lessen-nu": "nee",
  "ingeschreven": "ja",
  "verwijdering-besluit": "schriftelijk",
  "verwijdering-datum": "2027-07-16",
  "verwijdering-andere-school": "nee",
  "bezwaar-ingediend": "nee",
  "gpo-ingediend": "nee",
  "aanbod-geweigerd": "nee",
  "opp": "ja",
  "opp-besproken": "2027-03-01",
  "opp-ingestemd": "ja",
  "opp-onenigheid": "geen",
  "onderzoek": "school-recent",
  "swv-betrokken": "ja",
  "school-zegt": ["geen"],
  "lpa-betrokken": "nee",
  "gesprek-gepland": "nee",
  "tekenen": "nee",
  "dossier-gezien": "ja",
  "jeugdhulp": "nee",
  "klacht": "nee",
  "groep": "groep-3-6",
};
const mila = story(milaAnswers);


describe('story 2: Mila, suspended Mon 12 Jul 2027, removal on paper Fri 16 Jul, read Mon 2 Aug 2027 (C09, C10, C11, F13)', () => {
  it('the terms: the suspension\'s week passed Mon 19 Jul; bezwaar Fri 27 Aug (certain), the Geschillencommissie the same day (not)', () => {
    const p = agree(mila, '2027-08-02');
    expect(terms(p)).toEqual([
      'bezwaar-verwijdering 2027-07-16>2027-08-27 upcoming',
      'geschillencommissie 2027-07-16>2027-08-27 upcoming?',
      'schorsing-einde 2027-07-12>2027-07-19 passed',
    ]);
    expect(firstScreen(p).next).toBe('bezwaar-verwijdering 2027-08-27');
  });

  it('D2 (failed before): in the summer holiday the passed week says to ask now for the first school day after it', () => {
    const s = step(agree(mila, '2027-08-02'), 'schorsing-einde')!;
    const late = dutch(s, 'late');
    expect(late).toMatch(/Is het nu zomervakantie\?/);
    expect(late).toMatch(/eerste schooldag na de vakantie terug mag komen/);
    expect(late).toMatch(/Wacht daar niet mee tot na de vakantie/);
    expect(late).toMatch(/Is de school nog open en zit je kind nog thuis\? Dan duurt de schorsing langer dan een week/);
    expect(dutch(s, 'why')).toMatch(/hoogstens één week[\s\S]*eerste schooldag na de vakantie/);
  });

  it('D2 (failed before): and it says the bezwaar term runs on in the holiday', () => {
    expect(dutch(step(agree(mila, '2027-08-02'), 'schorsing-einde')!, 'late')).toMatch(/termijn voor bezwaar\? Onze bronnen zeggen niet dat die stilstaat in de vakantie/);
  });

  it('D2 (failed before): the summer texts in every language, each its own translation', () => {
    const s = step(agree(mila, '2027-08-02'), 'schorsing-einde')!;
    const holiday: Record<string, RegExp> = { nl: /zomervakantie/, en: /summer holiday/, ar: /العطلة الصيفية/, tr: /yaz tatili/, pl: /wakacje letnie/, uk: /літні канікули/ };
    for (const lang of LANGS) {
      const t = tFor(lang);
      for (const part of ['title', 'why', 'late']) expect(stepText(s, part, t), `${lang} ${part}`).not.toBe('');
      expect(stepText(s, 'late', t), lang).toMatch(holiday[lang]!);
      expect(stepText(s, 'why', t), lang).toMatch(holiday[lang]!);
    }
  });

  it('guard: a suspension read in June keeps the ordinary texts', () => {
    const jesse = story({ ...milaAnswers, 'schorsing-datum': '2027-06-07', 'thuis-sinds': '2027-06-07', 'verwijdering-datum': '2027-06-08' });
    const s = step(agree(jesse, '2027-06-15'), 'schorsing-einde')!;
    expect(s.texts).toBeUndefined();
    expect(dutch(s, 'late')).toMatch(/^De week van de schorsing is voorbij/);
    expect(dutch(s, 'late')).not.toMatch(/zomervakantie/);
  });
});

// ── 3. Ravi: registration received Tue 20 Jul 2027, not extended, read Wed 1 Sep 2027 ─────────────────────────────────

const ravi = story({
  "situatie": ["aanmelden"],
  "aanmelding-hoe": "schriftelijk",
  "aanmelding-datum": "2027-07-20",
  "aanmelding-bevestiging": "ja",
  "aanmelding-besluit": "nog-niet",
  "aanmelding-verlengd": "nee",
  "ondersteuning-gemeld": "ja",
  "meer-scholen": "nee",
  "school-zegt": ["geen"],
  "gesprek-gepland": "nee",
  "dossier-gezien": "nee",
  "dossier-gevraagd": "nee",
  "jeugdhulp": "nee",
  "vervoer": "nee",
  "klacht": "nee",
  "groep": "groep-1-2",
});

describe('story 3: Ravi, registration received Tue 20 Jul 2027, not extended, read Wed 1 Sep 2027 (A04, A05)', () => {
  it('the 6 weeks ended Tue 31 Aug 2027 and have passed', () => {
    expect(terms(agree(ravi, '2027-09-01'))).toEqual(['besluit-aanmelding 2027-07-20>2027-08-31 passed']);
  });

  it('D3 (failed before): the last day is named as the last day, not as the first day late', () => {
    const why = dutch(step(agree(ravi, '2027-09-01'), 'besluit-aanmelding')!, 'why');
    expect(why).toMatch(/Dan was dinsdag 31 augustus 2027 haar laatste dag\. Die dag is voorbij\. De school is dus te laat\./);
    expect(why).not.toMatch(/te laat sinds/);
  });

  it('D3 (failed before): in every language the date is named once (it was named twice, the second time as "since")', () => {
    const s = step(agree(ravi, '2027-09-01'), 'besluit-aanmelding')!;
    for (const lang of LANGS) {
      const why = stepText(s, 'why', tFor(lang));
      expect(why.split(formatDateInText('2027-08-31', lang)).length - 1, lang).toBe(1);
    }
  });
});
