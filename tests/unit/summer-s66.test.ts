/**
 * Session 66 (s66-summer): four gaps in timing advice that earlier rounds left. Each was written down first from
 * ../shared/FACTS.md, then run with `npm run plan -- tests/answers/s66/<file> --today <day>`, then fixed (or, where the plan
 * was right, the reason written down here).
 *
 * Stories (our own dates; weekdays from the calendar):
 *   1  Lotte (groep 5): a removal decision on paper Fri 9 Jul 2027 (the last school day before the summer in some regions),
 *      no other school, at home since Mon 12 Jul, no lessons, still enrolled. Read Tue 20 Jul 2027 and Mon 16 Aug 2027, in the
 *      summer holiday. Guards: Jesse, the same story in June (decision Fri 4 Jun, read Tue 15 Jun 2027); Lotte read Wed 1 Sep.
 *      (tests/answers/s66/1-lotte-verwijderd-zomer.json)
 *   2  Ayaan (groep 4): refused on paper Tue 18 Jan 2028, no other school, bezwaar not made. A talk at school on Tue 8 Feb 2028,
 *      logged in the timeline with "the school decides later" and the next talk agreed for Tue 29 Feb 2028: the bezwaar's last
 *      day. Read Mon 14 Feb and Mon 28 Feb 2028. Guards: the next talk on Wed 1 Mar 2028 (the day after the last day); the
 *      meeting answered in the questionnaire on 29 Feb (session 65's story). (2-ayaan-tijdlijn-gesprek.json + the talk)
 *   3  Mila (groep 6): suspended Mon 12 Jul 2027, a removal decision on paper Fri 16 Jul 2027, read Mon 2 Aug 2027 (the story
 *      of blind-s64 and edges-s65). Daan (groep 5): suspended Mon 5 Jul 2027, no removal, read Mon 2 Aug 2027.
 *      (tests/answers/s65/2-mila-zomer.json; 3-daan-schorsing-zomer.json)
 *   4  Sara (groep 6): an OPP, its last talk Tue 15 Jun 2027. Read Thu 1 Jul, Sat 31 Jul, Sun 1 Aug and Sun 5 Sep 2027.
 *      (4-opp-juni.json)
 *
 * What a correct plan must say, written down first from ../shared/FACTS.md (not from the code):
 *   1  C09 (002:846-850): bezwaar within 6 weeks of the removal decision: 9 Jul + 42 = Fri 20 Aug 2027, certain. No pause for
 *      a holiday is in the sources: the weeks run on in the summer. F13 (EXT, §X.2): the Geschillencommissie in the same 6
 *      weeks, not certain. C04 (002:756-768): no definitive removal before another school agreed to admit her; C13, C22, D09
 *      (002:1716-1724): until she is enrolled elsewhere the school keeps its zorgplicht and must see to her education, also at
 *      home; FP09, FP12 (003:549-575, 693-705): removal "at the start of a new school year" and "not welcome after the
 *      holidays" are the known patterns. In July or August no school teaches, so "ask which education your child gets now"
 *      asks for something that does not exist: the parent needs to ask NOW, in writing (FP-P4), where and from whom the child
 *      gets lessons from the first school day after the holiday. That day differs per region and is in no source: ask the
 *      school, say we do not know it. Whom to ask when the school does not answer in the holiday: the leerplichtambtenaar
 *      (D06, FP09) and the ouder- en jeugdsteunpunt (§X.12). The bezwaar is the one thing whose passing loses a right for good:
 *      it must not be hidden behind the education step; the first screen leads with it (as order.ts rule 2b does for a
 *      suspension in the summer, session 65). In June the school is open: "ask for education now" stays first (rule 2).
 *   2  A21 (002:748-750): bezwaar against the refusal within 6 weeks: 18 Jan + 42 = Tue 29 Feb 2028 (leap day), certain.
 *      FP-P4: a meeting stops no term. A talk agreed for the last day itself must get the same words as the meeting answered
 *      in the questionnaire (session 65, edges65 gesprekOpLaatsteDag): send the bezwaar BEFORE the meeting; named on the first
 *      screen. The gesprekskaart for that talk is the paper she takes to it: it must say the same, not "ends before this
 *      meeting, or on the same day". A talk AFTER the last day: the bezwaar must go before it; the general warning says the
 *      last day falls earlier and not to wait for the talk: that is said (guard).
 *   3  Mila: the bezwaar (Fri 27 Aug 2027, certain) and the Geschillencommissie (the same day, not certain) are the only terms
 *      whose passing loses a right. The suspension's week ended Mon 19 Jul 2027 (C10, 002:2362); in the holiday the school is
 *      closed and every child is at home, so no day at home is added by waiting a week; what the suspension step asks (confirm
 *      on paper that she may come back on the first school day after the holiday) is needed before that first school day,
 *      which no source dates. So the order bezwaar, Geschillencommissie (rule 5: right after its bezwaar), suspension is right:
 *      the suspension is third in "Nu doen", on the same page right below, and the first screen names the bezwaar's date.
 *      Daan (no decision, no bezwaar term): nothing is lost for good; the suspension step comes first, then education.
 *   4  B20 (002:882-884; 004:1342; 001:272): the OPP is evaluated at least once per SCHOOL YEAR, 1 August - 31 July. A talk on
 *      15 Jun 2027 falls in school year 2026/27. Read on 1 Jul or 31 Jul 2027 it is this school year's talk: if it was the
 *      evaluation, the next one is due by 31 Jul 2028; if the OPP was only drawn up then, an evaluation is still due in this
 *      school year (by Sat 31 Jul 2027). Read on 1 Aug or 5 Sep 2027 it is last school year's talk: the next is due by 31 Jul
 *      2028, and the day 31 Jul 2027 has passed (named as passed).
 *
 * Defects found (each fixed; each `it` marked "failed before" failed against HEAD's files: src/ and content/ put back with
 * `git stash`, `npm run content`, this file run):
 *   D1 story 1: read Tue 20 Jul 2027 the first screen's two actions were "Vraag om onderwijs voor je kind" ("Vraag per e-mail
 *      welk onderwijs je kind nu krijgt", as if the school were open) and the leerplichtambtenaar; the bezwaar (20 Aug) was
 *      only the "Eerstvolgende datum" line and the third step. Now, in July or August, onderwijs-thuis-vragen has its own text
 *      (ui summer66.planStep.onderwijsZomer, six languages: ask now, in writing, where and from whom from the first school day
 *      after the holiday; the school stays responsible; the first day is not in our sources; whom to ask; the bezwaar term
 *      runs on), and order.ts rule 2b puts the open filing terms before it: the actions are the bezwaar and the
 *      Geschillencommissie, the education step the third in "Nu doen".
 *   D2 story 2: the talk agreed in the timeline on the bezwaar's last day gave termijn-voor-gesprek with the general text
 *      ("Je hebt binnenkort een gesprek. Maar de laatste dag ... valt eerder, of op dezelfde dag"), not on the first screen.
 *      Now the text of session 65 (send the bezwaar before the meeting) and named on the first screen (meeting/plan.ts).
 *   D3 story 2: the gesprekskaart for a talk on the last day (agreed in the timeline, or answered in the questionnaire) had the
 *      general line "eindigt vóór dit gesprek, of op dezelfde dag". Now its first line is meeting.knowItem.termijn-op-gespreksdag
 *      (six languages): the talk is on the last day, send the bezwaar before it.
 *
 * Found right, pinned here (they passed before): story 3 (the order, and why) and story 4 (both edges of the school year, also
 * with the talk logged in the timeline).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanTexts, tFor } from './plan-texts';
import { stepText } from '../../src/ui/deadlineText';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import type { TimelineEvent } from '../../src/timeline/model';
import type { IsoDate } from '../../src/rules/dates';
import type { Plan } from '../../src/rules/plan';
import { A, E, agree, dutch, firstScreen, ids, step, story, terms, warningPart } from './lawyer-kit';
import { log } from './timeline-log';
import { appOf, type Story } from './app-story';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const warning = (p: Plan, id: string) => p.warnings.find((w) => w.id === id);

// ── 1. Lotte: a removal read in the summer holiday ──────────────────────────────────────────────────────────────────

const lotteAnswers = {
  situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd', 'thuis-sinds': '2027-07-12', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee',
  ingeschreven: 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-07-09', 'verwijdering-andere-school': 'nee',
  'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee', opp: 'ja', 'opp-besproken': '2027-03-01', 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'lpa-betrokken': 'nee',
  'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
const lotte = story(lotteAnswers);
const jesse = story({ ...lotteAnswers, 'verwijdering-datum': '2027-06-04', 'thuis-sinds': '2027-06-07' });

describe('story 1: Lotte, removal decided Fri 9 Jul 2027, read Tue 20 Jul 2027 in the summer holiday (C09, C04, C22, FP09, FP12)', () => {
  it('the terms as FACTS gives them: bezwaar Fri 20 Aug 2027 (certain), the Geschillencommissie the same day (not)', () => {
    expect(terms(agree(lotte, '2027-07-20'))).toEqual(['bezwaar-verwijdering 2027-07-09>2027-08-20 upcoming', 'geschillencommissie 2027-07-09>2027-08-20 upcoming?']);
  });

  it('D1 (failed before): the education step no longer asks which education the child gets "nu" as if the school were open', () => {
    const s = step(agree(lotte, '2027-07-20'), 'onderwijs-thuis-vragen')!;
    const t = dutch(s);
    expect(dutch(s, 'title')).toBe('Vraag nu welke les je kind krijgt, ook na de vakantie'); // session 79: the lessons now first (summer-s79)
    expect(t).not.toMatch(/^De school blijft verantwoordelijk tot je kind op een andere school is ingeschreven\. Dat geldt ook als je kind is uitgeschreven/);
    expect(t).toMatch(/Is het nu zomervakantie\? Dan is de school dicht en krijgt geen enkel kind les/);
    expect(t).toMatch(/Vraag de school nu per e-mail waar je kind op de eerste schooldag na de vakantie les krijgt, en van wie/);
  });

  it('D1 (failed before): it says the school stays responsible, also after the removal decision and after the holiday', () => {
    const t = dutch(step(agree(lotte, '2027-07-20'), 'onderwijs-thuis-vragen')!);
    expect(t).toMatch(/De school blijft verantwoordelijk voor je kind tot het op een andere school is ingeschreven/);
    expect(t).toMatch(/Dat geldt ook als de school heeft besloten je kind te verwijderen/);
    expect(t).toMatch(/ook na de vakantie/);
  });

  it('D1 (failed before): the first school day is not in our sources (ask); whom to ask; the bezwaar term runs on', () => {
    const t = dutch(step(agree(lotte, '2027-07-20'), 'onderwijs-thuis-vragen')!);
    expect(t).toMatch(/Vraag ook op welke dag de school weer begint\. Dat verschilt per regio en staat niet in onze bronnen/);
    expect(t).toMatch(/leerplichtambtenaar of het ouder- en jeugdsteunpunt/);
    expect(t).toMatch(/Loopt er een termijn voor bezwaar\? Onze bronnen zeggen niet dat die stilstaat in de vakantie/);
    // No date of its own: a school's first day after the summer is in no source.
    expect(t).not.toMatch(/\d{4}/);
  });

  it('D1 (failed before): the first screen leads with the bezwaar and the Geschillencommissie beside it; education stays in "Nu doen"', () => {
    for (const d of ['2027-07-20', '2027-08-16']) {
      const p = agree(lotte, d);
      expect(firstScreen(p), d).toMatchObject({ actions: ['bezwaar-verwijdering', 'geschillencommissie'], next: 'bezwaar-verwijdering 2027-08-20' });
      expect(ids(p).slice(0, 3), d).toEqual(['bezwaar-verwijdering', 'geschillencommissie', 'onderwijs-thuis-vragen']);
      expect(step(p, 'onderwijs-thuis-vragen')!.group, d).toBe('nu');
    }
  });

  it('D1 (failed before): every language has its own title and text, not the general ones', () => {
    const s = step(agree(lotte, '2027-07-20'), 'onderwijs-thuis-vragen')!;
    expect(s.texts).toBe('ui:summer66.planStep.onderwijsZomer');
    const nlWhy = stepText(s, 'why', tFor('nl'));
    for (const lang of LANGS) {
      const t = tFor(lang);
      const why = stepText(s, 'why', t);
      expect(why, lang).not.toBe('');
      expect(stepText(s, 'title', t), lang).not.toBe(t.raw('steps:steps.onderwijs-thuis-vragen.title'));
      expect(why, lang).toMatch(/bezwaar/);
      if (lang !== 'nl') expect(why, lang).not.toBe(nlWhy);
    }
  });

  it('guard: in June (Jesse, decision Fri 4 Jun 2027, read Tue 15 Jun) the school is open: the general text, education first', () => {
    const p = agree(jesse, '2027-06-15');
    expect(step(p, 'onderwijs-thuis-vragen')!.texts).toBeUndefined();
    expect(dutch(step(p, 'onderwijs-thuis-vragen')!)).toMatch(/Vraag per e-mail welk onderwijs je kind nu krijgt en van wie/);
    expect(firstScreen(p).actions[0]).toBe('onderwijs-thuis-vragen');
  });

  it('guard: read Wed 1 Sep 2027 (the bezwaar passed on 20 Aug) the general text again', () => {
    expect(step(agree(lotte, '2027-09-01'), 'onderwijs-thuis-vragen')!.texts).toBeUndefined();
  });

  it('guard: in the summer with the bezwaar and the Geschillencommissie made, education leads the first screen again', () => {
    const made = story({ ...lotteAnswers, 'bezwaar-ingediend': 'ja', 'gpo-ingediend': 'ja' });
    expect(firstScreen(agree(made, '2027-07-20')).actions[0]).toBe('onderwijs-thuis-vragen');
  });
});

// ── 2. Ayaan: a talk agreed in the timeline on the bezwaar's last day ───────────────────────────────────────────────

const ayaanAnswers = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-11-29', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2028-01-18', 'weigering-andere-school': 'nee',
  'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee',
  jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6', 'aanbod-geweigerd': 'nee',
};
/** The talk at school on Tue 8 Feb 2028, "the school decides later", the next talk on `next`. */
const talk = (next: IsoDate): TimelineEvent => ({
  id: 'g1', kind: 'gesprek', date: '2028-02-08', parties: ['school'], note: '', how: 'gesprek',
  meeting: { outcome: 'later', agreements: [], next, schoolSends: '', present: 'de directeur' },
});
const ayaanOn = (next: IsoDate): Story => log(A(ayaanAnswers), [talk(next)]);
const knowOf = (s: Story, today: IsoDate) => cardOf(appOf(s), today).know.map((k) => k.id);

describe('story 2: Ayaan, refused Tue 18 Jan 2028, the next talk agreed in the timeline for Tue 29 Feb 2028, the last day (A21, FP-P4)', () => {
  it('the bezwaar\'s last day is the leap day, certain, and the first screen leads with it', () => {
    for (const d of ['2028-02-14', '2028-02-28']) {
      const p = agree(ayaanOn('2028-02-29'), d);
      expect(step(p, 'bezwaar-weigering')!.deadline, d).toMatchObject({ due: '2028-02-29', certain: true });
      expect(firstScreen(p).actions[0], d).toBe('bezwaar-weigering');
    }
  });

  it('D2 (failed before): the warning says the talk is ON the last day and to send the bezwaar before it', () => {
    for (const d of ['2028-02-14', '2028-02-28']) {
      const w = warning(agree(ayaanOn('2028-02-29'), d), 'termijn-voor-gesprek')!;
      expect(w.texts, d).toBe('ui:edges65.warning.gesprekOpLaatsteDag');
      expect(warningPart(w, 'nl', 'title'), d).toBe('Je gesprek is op de laatste dag voor je bezwaar');
      expect(warningPart(w, 'nl', 'text'), d).toMatch(/Stuur je bezwaar daarom vóór het gesprek/);
    }
  });

  it('D2 (failed before): the first screen names it', () => {
    for (const d of ['2028-02-14', '2028-02-28']) expect(firstScreen(agree(ayaanOn('2028-02-29'), d)).alerts, d).toContain('termijn-voor-gesprek');
  });

  it('D3 (failed before): the gesprekskaart for that talk says it first, in place of the general line', () => {
    for (const d of ['2028-02-14', '2028-02-28']) {
      const c = cardOf(appOf(ayaanOn('2028-02-29')), d);
      expect(c.meetingDate, d).toBe('2028-02-29');
      expect(c.know[0]!.id, d).toBe('termijn-op-gespreksdag');
      expect(c.know.map((k) => k.id), d).not.toContain('termijn-voor-gesprek');
      expect(tFor('nl').raw(`ui:meeting.knowItem.${c.know[0]!.id}`)).toMatch(/^Dit gesprek is op de laatste dag voor je bezwaar\. .*Stuur je bezwaar daarom vóór het gesprek, niet erna/);
    }
  });

  it('D3 (failed before): the same on the card of the talk answered in the questionnaire (session 65\'s Ayaan)', () => {
    const answered = story({ ...ayaanAnswers, 'gesprek-gepland': 'ja', 'gesprek-datum': '2028-02-29' });
    expect(knowOf(answered, '2028-02-22')[0]).toBe('termijn-op-gespreksdag');
    expect(knowOf(answered, '2028-02-22')).not.toContain('termijn-voor-gesprek');
  });

  it('D3 (failed before): the card\'s line in every language', () => {
    const nlLine = tFor('nl').raw('ui:meeting.knowItem.termijn-op-gespreksdag');
    for (const lang of LANGS) {
      const line = tFor(lang).raw('ui:meeting.knowItem.termijn-op-gespreksdag');
      expect(line, lang).toMatch(/bezwaar/);
      expect(line, lang).not.toBe(tFor(lang).raw('ui:meeting.knowItem.termijn-voor-gesprek'));
      if (lang !== 'nl') expect(line, lang).not.toBe(nlLine);
    }
  });

  it('guard: the next talk on Wed 1 Mar (after the last day) keeps the general warning, which says the bezwaar goes before it', () => {
    const p = agree(ayaanOn('2028-03-01'), '2028-02-14');
    const w = warning(p, 'termijn-voor-gesprek')!;
    expect(w.texts).toBeUndefined();
    expect(w.firstScreen).toBeUndefined();
    expect(warningPart(w, 'nl', 'text')).toMatch(/de laatste dag voor je bezwaar valt eerder, of op dezelfde dag/);
    expect(warningPart(w, 'nl', 'title')).toBe('Wacht niet op het gesprek');
    expect(firstScreen(p).actions[0]).toBe('bezwaar-weigering');
    const know = knowOf(ayaanOn('2028-03-01'), '2028-02-14');
    expect(know[0]).toBe('termijn-voor-gesprek');
    expect(tFor('nl').raw('ui:meeting.knowItem.termijn-voor-gesprek')).toMatch(/Wacht niet op het gesprek\. Stuur je bezwaar op tijd/);
  });

  it('guard: on the day after the last day (bezwaar passed) no warning of a meeting on the last day', () => {
    const p = agree(ayaanOn('2028-02-29'), '2028-03-01');
    expect(warning(p, 'termijn-voor-gesprek')).toBeUndefined();
    expect(knowOf(ayaanOn('2028-02-29'), '2028-03-01')).not.toContain('termijn-op-gespreksdag');
  });
});

// ── 3. The order in the summer: Mila, and a suspension alone ────────────────────────────────────────────────────────

const milaAnswers = {
  situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': '2027-07-12', 'schorsing-datum': '2027-07-12', 'thuis-hoeveel': 'helemaal',
  'lessen-nu': 'nee', ingeschreven: 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-07-16', 'verwijdering-andere-school': 'nee',
  'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee', opp: 'ja', 'opp-besproken': '2027-03-01', 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'lpa-betrokken': 'nee',
  'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
const daanAnswers = {
  situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': '2027-07-05', 'schorsing-datum': '2027-07-05', 'thuis-hoeveel': 'helemaal',
  'lessen-nu': 'nee', ingeschreven: 'ja', 'verwijdering-besluit': 'nee', 'aanbod-geweigerd': 'nee', opp: 'nee', 'swv-betrokken': 'nee',
  'school-zegt': ['geen'], 'lpa-betrokken': 'nee', 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee',
  klacht: 'nee', groep: 'groep-3-6',
};

describe('story 3: the suspension third on the first screen in the summer (C09, C10, F13; order.ts rules 2, 2b, 5)', () => {
  it('Mila (read Mon 2 Aug 2027): bezwaar, Geschillencommissie, then the suspension: right, see the header (no right lost by it)', () => {
    const p = agree(story(milaAnswers), '2027-08-02');
    expect(ids(p).slice(0, 4)).toEqual(['bezwaar-verwijdering', 'geschillencommissie', 'schorsing-einde', 'onderwijs-thuis-vragen']);
    expect(p.steps.slice(0, 4).every((s) => s.group === 'nu')).toBe(true);
    expect(firstScreen(p)).toMatchObject({ actions: ['bezwaar-verwijdering', 'geschillencommissie'], next: 'bezwaar-verwijdering 2027-08-27' });
    // The suspension's text says what to do in the holiday, and that the bezwaar's term runs on.
    expect(dutch(step(p, 'schorsing-einde')!, 'late')).toMatch(/eerste schooldag na de vakantie/);
    expect(dutch(step(p, 'schorsing-einde')!, 'late')).toMatch(/Onze bronnen zeggen niet dat die stilstaat in de vakantie/);
  });

  it('Daan (a suspension alone, read Mon 2 Aug 2027): no term of the parent\'s runs, the suspension leads, education beside it', () => {
    const p = agree(story(daanAnswers), '2027-08-02');
    expect(p.steps.some((s) => s.deadline && s.deadline.status !== 'passed')).toBe(false);
    expect(firstScreen(p).actions).toEqual(['schorsing-einde', 'onderwijs-thuis-vragen']);
  });

  it('D1 (failed before): Daan\'s education step has a summer text too (no school teaches in the holiday)', () => {
    // Session 67 (s67-summer, D3): beside the suspension's summer step, its own summer text, which points to that step's
    // e-mail instead of asking about the first school day a second time (summer-s67.test.ts).
    expect(step(agree(story(daanAnswers), '2027-08-02'), 'onderwijs-thuis-vragen')!.texts).toBe('ui:summer67.planStep.onderwijsZomerGeschorst');
  });
});

// ── 4. The OPP's yearly talk: a talk in June, read at both edges of the school year ─────────────────────────────────

const saraAnswers = {
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee', opp: 'ja', 'opp-besproken': '2027-06-15', 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee',
  'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
const oppStep = (s: Story, today: IsoDate) => step(agree(s, today), 'opp-evaluatie')!;

describe('story 4: Sara, the OPP talked about on Tue 15 Jun 2027 (B20; 002:882-884): this school year until 31 Jul, the last one from 1 Aug', () => {
  const sara = story(saraAnswers);
  // The same talk logged in the timeline ("OPP besproken"), with the questionnaire's date left open.
  const saraLogged = log(A({ ...saraAnswers, 'opp-besproken': undefined }), [E('opp-besproken', '2027-06-15')]);

  it('read Thu 1 Jul and Sat 31 Jul 2027: a talk at the end of this school year; the next by 31 Jul 2028 (s73: no 31 Jul 2027)', () => {
    for (const s of [sara, saraLogged]) {
      for (const d of ['2027-07-01', '2027-07-31']) {
        const o = oppStep(s, d);
        // Session 73 (s73-left, 1): a talk in June no longer asks an evaluation by 31 Jul 2027 (B20 read strictly for an OPP
        // drawn up then); the sources ask at least once per school year, and the next school year's talk counts.
        expect(o.texts, d).toBe('ui:left73.planStep.oppZomerGesprek');
        expect(o.params, d).toEqual({ uiterlijk: '2028-07-31', besproken: '2027-06-15' });
        expect(dutch(o), d).toMatch(/Het volgende gesprek moet uiterlijk op maandag 31 juli 2028 zijn, in het volgende schooljaar/);
        expect(dutch(o), d).not.toMatch(/31 juli 2027/);
        expect(o.group, d).toBe('binnenkort');
      }
    }
  });

  it('read Sun 1 Aug and Sun 5 Sep 2027: last school year\'s talk; the next by 31 Jul 2028; no passed day (s73)', () => {
    for (const s of [sara, saraLogged]) {
      for (const d of ['2027-08-01', '2027-09-05']) {
        const o = oppStep(s, d);
        // Session 73 (s73-left, 1): the June talk's own texts; no passed 31 Jul 2027 (vorigSchooljaar) any more.
        expect(o.texts, d).toBe('ui:left73.planStep.oppZomerGesprekVorigJaar');
        expect(o.params, d).toMatchObject({ uiterlijk: '2028-07-31', besproken: '2027-06-15' });
        expect(o.params, d).not.toHaveProperty('vorigSchooljaar');
        const t = dutch(o);
        expect(t, d).toMatch(/Het volgende gesprek moet uiterlijk op maandag 31 juli 2028 zijn/);
        expect(t, d).toMatch(/Het laatste gesprek was op dinsdag 15 juni 2027, in het vorige schooljaar/);
        expect(t, d).not.toMatch(/Die dag is voorbij|te laat/);
        expect(o.group, d).toBe('binnenkort');
      }
    }
  });

  it('the edge itself: a talk on Sat 31 Jul 2027 is last school year\'s on 1 Aug; a talk on Sun 1 Aug 2027 is this one\'s', () => {
    // Session 73: a talk in July, so the June/July texts of the previous school year (no passed day named).
    const last = oppStep(story({ ...saraAnswers, 'opp-besproken': '2027-07-31' }), '2027-08-01');
    expect(last.texts).toBe('ui:left73.planStep.oppZomerGesprekVorigJaar');
    expect(last.params).toMatchObject({ besproken: '2027-07-31', uiterlijk: '2028-07-31' });
    const first = oppStep(story({ ...saraAnswers, 'opp-besproken': '2027-08-01' }), '2027-08-01');
    expect(first.texts).not.toBe('ui:blind65.planStep.oppEvaluatieVorigSchooljaar');
    expect(first.params).toMatchObject({ ditSchooljaar: '2028-07-31', uiterlijk: '2029-07-31' });
  });
});
