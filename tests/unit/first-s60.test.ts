/**
 * Session 60 (s60-first): three findings of this session's lawyer reads, decided by the lead (lawyer-s60-combined N1, N2;
 * lawyer-s60-edges, the OPP evaluation's day). Each `it` marked "failed before" failed with src/rules/plan.ts,
 * src/rules/order.ts, src/ui/firstThings.ts, src/ui/pages/PlanPage.tsx and src/cli/plan.ts put back from HEAD.
 *
 *   N1 (Yara, lawyer-s60-combined story 1, read Tue 29 Feb 2028): removed by her old school (5 Nov 2027), admitted (1 Feb) and
 *      enrolled (14 Feb) at a new school. The first screen's first action was the Geschillencommissie step about the old
 *      school's removal (its uncertain 6 weeks passed on 17 Dec). The parent may still object (C09, F07; the bezwaar is
 *      pending), but once the child is enrolled elsewhere (A23, 002:734-736) that is a choice: the step stays, in "Nu doen",
 *      last there, no first action, and its note says it is a choice. The new school's OPP date (Mon 27 Mar, B02, not
 *      certain) is the first screen's date. A removal's bezwaar whose 6 weeks still run (certain, 002:846-850) is never
 *      demoted: it stays the first action; only the note is added.
 *   N2 (Yara; Noah, story 6, read Mon 15 Nov 2027): enrolled at the new school, the old school's OPP step ("Vraag om het OPP
 *      van je kind", "Zorg dat het OPP besproken wordt") and the new school's "Let op het OPP na de inschrijving" now each say
 *      which school they are about; only then (not before the enrolment).
 *   N3 (Sophie, lawyer-s60-edges story 2, read Tue 29 Feb 2028): no dated step ahead, and the first screen said "Er staat nog
 *      geen datum in je plan die nog moet komen" while opp-evaluatie names 31 July 2028 as the school's last day (B20). It
 *      is the school's duty, no term of the parent's (sessions 45/51): the first screen now says there is no term for the
 *      parent and that the OPP step names a day for the school (short: the first action must stay above the fold at 360 px,
 *      tests/browser/plan-first.test.ts). The OPP evaluation gets no deadline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/timeline/model';
import type { Plan } from '../../src/rules/plan';
import { firstUnanswered } from '../../src/flow/route';
import { FirstThings } from '../../src/ui/pages/PlanPage';
import { loadTexts, renderFirstScreen } from '../../src/cli/plan';
import { loadPlanTexts, textOf, tFor } from './plan-texts';
import { ev, log } from './timeline-log';
import { A, E, agree, dutch, firstScreen, ids, step, story, terms } from './lawyer-kit';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const read = (answers: Record<string, unknown>, events: TimelineEvent[], today: string): Plan => {
  const s = log(A(answers), events.filter((e) => e.date <= today));
  expect(firstUnanswered(s.answers)?.id).toBeUndefined();
  return agree(s, today);
};
const talk = (id: string, date: string, party: TimelineEvent['parties'][number] = 'school'): TimelineEvent => ({ ...ev(id, 'gesprek', date, 'gesprek'), parties: [party] });
const BASE = { 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6', tekenen: 'nee', 'aanbod-geweigerd': 'nee', vervoer: 'nee' };
/** A note's text in a language (a full "ui:" key). */
// The notes' keys written out (not imported): a test that reads them from the code passes when the code has none.
const REMOVAL_CHOICE_NOTE = 'ui:first60.verwijderingKeuze';
const OLD_SCHOOL_OPP_NOTE = 'ui:first60.oppOudeSchool';
const OLD_SCHOOL_OPP_CHOICE_NOTE = 'ui:enrolled76.oppOudeSchoolKeuze'; // session 76 (s76-enrolled)
const NEW_SCHOOL_OPP_NOTE = 'ui:first60.oppNieuweSchool';
const noteIn = (key: string, lang: string) => tFor(lang).raw(key);

// Yara: lawyer-s60-combined story 1 (copied: that file exports no builders).
const yara = {
  ...BASE, situatie: ['handelingsverlegen', 'thuiszitten'], 'hv-schriftelijk': 'ja', 'thuis-sinds': '2027-11-01', 'thuis-hoeveel': 'helemaal',
  'lessen-nu': 'nee', ingeschreven: 'ja', 'verwijdering-andere-school': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', opp: 'nee',
  onderzoek: 'geen', 'swv-betrokken': 'nee', 'lpa-betrokken': 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee',
  'aanmelding-bevestiging': 'ja', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-verlengd': 'weet-niet', 'inschrijving-datum': '2028-02-14',
};
const yaraEvents = [
  talk('g1', '2027-09-20'), E('schorsing', '2027-11-01'), E('verwijdering-besluit', '2027-11-05'), E('dossier-gevraagd', '2027-11-08', 'e-mail'),
  E('bezwaar-ingediend', '2027-12-10'), E('dossier-ontvangen', '2027-12-13', 'e-mail'), E('aanmelding-verstuurd', '2027-12-20', 'e-mail'),
  E('aanmelding-ontvangen', '2027-12-22', 'e-mail'), E('besluit-toegelaten', '2028-02-01'), E('weer-naar-school', '2028-02-14', 'gesprek'),
];

// Noah: lawyer-s60-combined story 6.
const noah = {
  ...BASE, 'school-zegt': ['niet-welkom-na-vakantie'], vervoer: 'ja', situatie: ['tlv'], 'tlv-eens': 'ja', 'tlv-soort': 'so', 'tlv-plek': 'wachtlijst',
  'tlv-gehoord': 'ja', 'tlv-aanvraag-gezien': 'ja', opp: 'ja', 'opp-besproken': '2027-04-12', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen',
  'swv-betrokken': 'ja', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', onderzoek: 'school-recent', 'aanmelding-bevestiging': 'ja',
  'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-verlengd': 'weet-niet', 'inschrijving-datum': '2027-11-01',
  'thuis-reden': 'wachtlijst', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', ingeschreven: 'ja', 'lpa-betrokken': 'ja',
};
const noahEvents = [
  E('tlv-aangevraagd', '2027-05-03'), E('tlv-toegekend', '2027-06-07'), E('thuis-vanaf', '2027-08-30'), talk('l1', '2027-09-02', 'leerplichtambtenaar'),
  E('dossier-gevraagd', '2027-09-06', 'e-mail'), E('klacht-ingediend', '2027-09-13', 'e-mail'), E('aanmelding-verstuurd', '2027-09-20', 'e-mail'),
  E('aanmelding-ontvangen', '2027-09-21', 'e-mail'), E('dossier-ontvangen', '2027-10-04', 'e-mail'), E('klacht-reactie', '2027-10-08'),
  E('besluit-toegelaten', '2027-10-25'), E('weer-naar-school', '2027-11-01', 'gesprek'),
];

describe('N1: the old school\'s removal steps once the child is enrolled at the new school', () => {
  it('failed before: Yara, Tue 29 Feb 2028: the removal\'s Geschillencommissie is no first action; the new school\'s OPP date is the first screen\'s date', () => {
    const p = read(yara, yaraEvents, '2028-02-29');
    const f = firstScreen(p);
    expect(f.actions).not.toContain('geschillencommissie');
    expect(f.next).toBe('opp-na-toelating 2028-03-27');
    // Kept, with its date and its (passed, not certain) status, in "Nu doen", after the other steps there.
    expect(terms(p)).toEqual(['geschillencommissie 2027-11-05>2027-12-17 passed?', 'opp-na-toelating 2028-02-14>2028-03-27 upcoming?']);
    const gpo = step(p, 'geschillencommissie')!;
    expect(gpo.group).toBe('nu');
    expect(gpo.choice).toBe(true);
    const nu = p.steps.filter((s) => s.group === 'nu').map((s) => s.id);
    // Session 76 (s76-enrolled): the old school's OPP (a choice now, with no date) comes after it, as the evidence it serves.
    expect(nu.slice(-2)).toEqual(['geschillencommissie', 'opp-vragen']);
    expect(ids(p)).toContain('bezwaar-loopt');
  });

  it('failed before: its text says it is a choice now, in all six languages', () => {
    const gpo = step(read(yara, yaraEvents, '2028-02-29'), 'geschillencommissie')!;
    expect(gpo.note).toBe(REMOVAL_CHOICE_NOTE);
    expect(noteIn(gpo.note!, 'nl')).toMatch(/nieuwe school[\s\S]*nu een keuze[\s\S]*niets te doen/);
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const text = noteIn(gpo.note!, lang);
      expect(text, lang).not.toBe('');
      expect(text, lang).not.toMatch(/first60/);
      seen.add(text);
    }
    expect(seen.size).toBe(LANGS.length);
  });

  it('before the day of enrolment (Wed 2 Feb 2028) nothing changes: no choice, no note', () => {
    const p = read(yara, yaraEvents, '2028-02-02');
    const gpo = step(p, 'geschillencommissie')!;
    expect(gpo.choice).toBeUndefined();
    expect(gpo.note).toBeUndefined();
    expect(firstScreen(p).actions).toEqual(['schorsing-einde', 'onderwijs-thuis-vragen']);
  });

  // Yara's answers with other days: removed on paper Mon 10 Jan 2028, registered at another school Wed 12 Jan, admitted Thu 20
  // Jan, enrolled Mon 24 Jan; no bezwaar yet. The bezwaar's 6 weeks (C09, 002:846-850): Mon 21 Feb 2028, certain, open on Tue 1 Feb.
  // Not at home: the child still went to the old school until the enrolment.
  const { 'thuis-sinds': _h, 'thuis-hoeveel': _m, 'lessen-nu': _l, ...notHome } = yara;
  const early = { ...notHome, situatie: ['handelingsverlegen'], 'inschrijving-datum': '2028-01-24' };
  const earlyEvents = [
    E('verwijdering-besluit', '2028-01-10'), E('aanmelding-verstuurd', '2028-01-12', 'e-mail'), E('aanmelding-ontvangen', '2028-01-12', 'e-mail'),
    E('besluit-toegelaten', '2028-01-20'),
  ];

  it('failed before (its note): an open, certain removal bezwaar is never demoted: still the first action; its note says it is a choice', () => {
    const p = read(early, earlyEvents, '2028-02-01');
    const b = step(p, 'bezwaar-verwijdering')!;
    expect(b.deadline).toMatchObject({ due: '2028-02-21', status: 'upcoming', certain: true });
    expect(b.choice).toBeUndefined();
    expect(b.note).toBe(REMOVAL_CHOICE_NOTE);
    expect(firstScreen(p).actions[0]).toBe('bezwaar-verwijdering');
  });

  it('failed before: beside it, the first screen says the bezwaar is a choice now, with its last day, in all six languages', () => {
    const p = read(early, earlyEvents, '2028-02-01');
    const nl = textOf(FirstThings({ plan: p, t: tFor('nl') }));
    expect(nl).toMatch(/ingeschreven op de nieuwe school\. Daarom is bezwaar tegen de verwijdering door de oude school nu een keuze[\s\S]*De laatste dag is maandag 21 februari 2028/);
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const line = tFor(lang)('first60.choiceRemoval', { date: 'X' });
      expect(line, lang).toContain('X');
      expect(textOf(FirstThings({ plan: p, t: tFor(lang) })), lang).toContain(line.split('X')[0]!.slice(0, 30));
      seen.add(line);
    }
    expect(seen.size).toBe(LANGS.length);
    // Not before the enrolment (Fri 21 Jan: admitted, enrolled on the 24th): the step has no such note, no such line.
    expect(textOf(FirstThings({ plan: read(early, earlyEvents, '2028-01-21'), t: tFor('nl') }))).not.toMatch(/ingeschreven op de nieuwe school/);
  });

  // The warning verwijdering-na-toelating ("bezwaar is nu een keuze") ended with "De oude school blijft verantwoordelijk tot je
  // kind op de nieuwe school is ingeschreven": past from the day of enrolment (A23, C22). From then on its own text says the new
  // school is responsible; before, the text as it was.
  it('failed before: after the enrolment the warning no longer says the old school stays responsible until the enrolment', () => {
    const after = read(early, earlyEvents, '2028-02-01').warnings.find((w) => w.id === 'verwijdering-na-toelating');
    expect(after?.texts).toBe('ui:first60.warning.verwijderingNaInschrijving');
    const before = read(early, earlyEvents, '2028-01-21').warnings.find((w) => w.id === 'verwijdering-na-toelating');
    expect(before).toBeDefined();
    expect(before!.texts).toBeUndefined();
    for (const lang of LANGS) {
      const t = tFor(lang);
      const text = t.raw('first60.warning.verwijderingNaInschrijving.text');
      expect(text, lang).not.toBe('first60.warning.verwijderingNaInschrijving.text');
      expect(text, lang).toContain('6');
      expect(text, lang).toContain('bezwaar');
    }
    expect(tFor('nl').raw('first60.warning.verwijderingNaInschrijving.text')).toMatch(/De nieuwe school is nu verantwoordelijk/);
    expect(tFor('nl').raw('first60.warning.verwijderingNaInschrijving.text')).not.toMatch(/blijft verantwoordelijk tot/);
  });
});

describe('N2: two OPP steps after the enrolment at a new school say which school each is about', () => {
  it('failed before: Yara, Tue 29 Feb 2028: "Vraag om het OPP" is the old school\'s, "Let op het OPP na de inschrijving" the new school\'s', () => {
    const p = read(yara, yaraEvents, '2028-02-29');
    // Session 76 (s76-enrolled): the old school's OPP step is a choice now, its note says so (and which school it is about).
    expect(step(p, 'opp-vragen')!.note).toBe(OLD_SCHOOL_OPP_CHOICE_NOTE);
    expect(step(p, 'opp-vragen')!.choice).toBe(true);
    expect(step(p, 'opp-na-toelating')!.note).toBe(NEW_SCHOOL_OPP_NOTE);
    expect(noteIn(OLD_SCHOOL_OPP_CHOICE_NOTE, 'nl')).toMatch(/OPP van de oude school/);
    expect(noteIn(OLD_SCHOOL_OPP_NOTE, 'nl')).toMatch(/OPP van de oude school/);
    expect(noteIn(NEW_SCHOOL_OPP_NOTE, 'nl')).toMatch(/OPP van de nieuwe school/);
  });

  it('failed before: Noah, Mon 15 Nov 2027: the OPP evaluation is the old school\'s, the OPP within 6 weeks the new school\'s; not before the enrolment', () => {
    const p = read(noah, noahEvents, '2027-11-15');
    expect(step(p, 'opp-evaluatie')!.note).toBe(OLD_SCHOOL_OPP_CHOICE_NOTE); // session 76: a choice now
    expect(step(p, 'opp-na-toelating')!.note).toBe(NEW_SCHOOL_OPP_NOTE);
    const before = read(noah, noahEvents, '2027-10-27');
    expect(step(before, 'opp-evaluatie')!.note).toBeUndefined();
    expect(step(before, 'opp-na-toelating')!.note).toBeUndefined();
  });

  it('the notes in all six languages', () => {
    for (const key of [OLD_SCHOOL_OPP_NOTE, NEW_SCHOOL_OPP_NOTE]) {
      const seen = new Set(LANGS.map((lang) => noteIn(key, lang)));
      expect(seen.size, key).toBe(LANGS.length);
      for (const text of seen) expect(text).toMatch(/OPP/);
    }
  });
});

describe('N3: the first screen beside the OPP evaluation\'s day (the school\'s, B20)', () => {
  // Sophie: lawyer-s60-edges story 2.
  const sophie = story({
    situatie: ['thuiszitten'], 'thuis-reden': 'kan-niet', 'thuis-sinds': '2027-12-20', 'thuis-hoeveel': 'deels', 'lessen-nu': 'ja',
    ingeschreven: 'ja', opp: 'ja', 'opp-besproken': '2027-07-31', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen',
    onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'lpa-betrokken': 'ja', 'gesprek-gepland': 'nee',
    tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'krijgt', klacht: 'nee', groep: 'groep-3-6',
  });

  it('failed before: no "no date ahead" two lines above a step naming the school\'s day; the step is named; still no deadline', () => {
    const p = agree(sophie, '2028-02-29');
    const s = step(p, 'opp-evaluatie')!;
    expect(s.deadline).toBeUndefined();
    expect(dutch(s)).toMatch(/uiterlijk op maandag 31 juli 2028/);
    expect(firstScreen(p).next).toBeUndefined();
    const screen = textOf(FirstThings({ plan: p, t: tFor('nl') }));
    expect(screen).not.toMatch(/Er staat nog geen datum in je plan/);
    expect(screen).toMatch(/geen termijn voor jou in je plan\. De stap over het OPP noemt wel een dag voor de school/);
  });

  it('failed before: the same in every language, on the plan page and in the CLI/scenario review', async () => {
    const p = agree(sophie, '2028-02-29');
    for (const lang of LANGS) {
      const t = tFor(lang);
      const screen = textOf(FirstThings({ plan: p, t }));
      expect(screen, lang).not.toContain(t('planFirst.noDate'));
      expect(screen, lang).toContain(t('first60.noDateSchoolDay'));
      expect(t('first60.noDateSchoolDay'), lang).toMatch(/OPP/);
      const cli = renderFirstScreen(p, await loadTexts(lang));
      expect(cli, lang).toContain(t('first60.noDateSchoolDay'));
    }
  });

  it('without the OPP evaluation the sentence stays "no date ahead"', () => {
    const p = agree(story({
      situatie: ['thuiszitten'], 'thuis-reden': 'kan-niet', 'thuis-sinds': '2027-12-20', 'thuis-hoeveel': 'deels', 'lessen-nu': 'ja',
      ingeschreven: 'ja', opp: 'nee', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'lpa-betrokken': 'ja',
      'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'krijgt', klacht: 'nee', groep: 'groep-3-6',
    }), '2028-02-29');
    expect(ids(p)).not.toContain('opp-evaluatie');
    if (!firstScreen(p).next) expect(textOf(FirstThings({ plan: p, t: tFor('nl') }))).toMatch(/Er staat nog geen datum in je plan/);
  });
});
