/**
 * Session 66 (s66-opp): gaps left by session 65's OPP work, and one shared constant. Session 64 asked, after a granted TLV with
 * the child at the new school (tlv-plek "ingeschreven"), "Heeft de nieuwe school al een OPP voor je kind gemaakt?" and said in
 * its hint that the OPP questions after it mean the OLD school's OPP; session 65 gave "ja" its own steps. "Nee" and "weet ik
 * niet" were left as before: with the old OPP's talk day not known (or not asked), the old school's consent, talk-day and
 * dispute steps stayed, and "Beslis mee over het handelingsdeel", about a school the child left, was the first screen's first
 * action. The gesprekskaart read the old OPP's answers too. opp-na-toelating kept its title once its day had passed. And the
 * letter's pick values "1"/"2" were written out twice (the letter and the logged letter).
 *
 * Stories (our own dates; weekdays from the calendar):
 *   1  Sara: an SO TLV granted Tue 2 Jun 2026, at the SO school since Mon 24 Aug 2026 (tlv-plek "ingeschreven"). Her old
 *      school's OPP: she does not know the last talk's day and did not agree to it (consent never asked). The new school has
 *      not made its OPP yet (opp-nieuwe-school "nee"). Read Mon 14 Sep 2026.
 *      1b the same, but she does not know whether the new school made its OPP ("weet ik niet").
 *      1c "weet ik niet", and the day of enrolment not known either.
 *      1d "nee", the old OPP's last talk known: Tue 12 May 2026, before the enrolment; she did not agree to it.
 *      1e "nee", but the OPP answered was talked about on Mon 7 Sep 2026, after the enrolment (session 63: the new school's).
 *   2  The gesprekskaart for a meeting at the new school on Mon 21 Sep 2026: Sara ("nee"; 2b with the old OPP agreed to and
 *      the school not taking her ideas on) and Noor (session 65's story: "ja", the old OPP agreed to).
 *   3  The OPP's 6 weeks over. 3a Sem, admitted at a school (registration Mon 7 Dec 2026), enrolled Mon 11 Jan 2027, support
 *      told, no OPP: read Mon 22 Feb 2027 and Tue 23 Feb 2027. 3b Sara ("nee") read Mon 5 Oct 2026 and Tue 6 Oct 2026; in six
 *      languages. 3c Sara ("weet ik niet") read Tue 6 Oct 2026.
 *   4  Consent to the new school's OPP: Noor ("ja") read Mon 14 Sep 2026 and ticks the consent step.
 *   5  Lina (session 65's story 3): a removal (Mon 1 Feb 2027) and a refusal (Mon 15 Feb 2027) open; the bezwaar letter.
 *
 * What a correct plan must say, written down first from ../shared/FACTS.md (not from the code):
 *   1  A23 (002:734-736), C22, E19: the old school's zorgplicht ended at the enrolment at the new school on 24 Aug 2026. B38
 *      (004:2025-2027; 001:614): its OPP goes with the child. The questions say they mean that old OPP. So nothing more to do
 *      about it: no "Beslis mee over het handelingsdeel" for it, no "Zoek uit wanneer het OPP besproken is", no talk day, no
 *      dispute about it at the Geschillencommissie (F07) or the onderwijsconsulenten. B01/B02 (002:856-866): the new school
 *      owes its own OPP within 6 weeks after the enrolment: Mon 24 Aug 2026 + 6 weeks = Mon 5 Oct 2026, never as certain
 *      (§X.5: also from when the extra need arises, 002:862-866; 004:3417; whom to ask: the school, the steunpunt). "Nee":
 *      that step, first on the first screen. 1b "weet ik niet": the same date, and first: find out whether it is there (ask
 *      the school); if it is, her consent is needed on its handelingsdeel (B08, B10; 001:498-505, 002:876-880), and the
 *      answer "ja" gives the plan its steps. 1c without the day: count it yourself, ask the new school (no date). 1d a known
 *      talk before the enrolment (session 63 already dropped consent and evaluation): no dispute about the old OPP either.
 *      1e a talk on or after the enrolment is the new school's (session 63): the ordinary steps speak, unchanged.
 *   2  The card follows the plan: at the new school, no row from the old OPP's answers (not "Wat heeft de hulp uit het OPP
 *      opgeleverd?", not "Hoe neemt de school mijn ideeën mee?"). "Nee": a row about the new school's OPP: is it there, when
 *      do we make it together (B02 with §X.5, B07, B08), and the know-line on consent (B08, B10, B14). "Ja": whether she agreed
 *      to the new OPP is not known, so the consent row, as the plan's consent step (session 65); no evaluation row from the
 *      old OPP's "agreed".
 *   3  B02, §X.5: after the 6 weeks the OPP is overdue (if they count from the enrolment). The step must then say so in its
 *      title, with what to do now: ask the school for the OPP in writing (the letter verzoek-opp), and whom to ask when
 *      nothing comes (the ouder- en jeugdsteunpunt, F02). The day stays not certain (its `check`). On the day itself the step
 *      is not passed yet (its own title). 3a Mon 11 Jan 2027 + 6 weeks = Mon 22 Feb 2027. 3b Mon 5 Oct 2026 as in 1.
 *   4  Consent to the new OPP: B08/B10 give the parent consent on the handelingsdeel; without it, that part is not adopted and
 *      the school keeps talking (B14, 004:4839-4840), while it may already help (B11, 001:632). No term of the parent's
 *      depends on whether she agreed: the GPO's term for an OPP dispute is not in the sources (§X.2), and the plan names
 *      none. CHOICE (session 66): no new question. The consent step (session 65, "ja") says to check it; the parent ticks it
 *      "Gedaan" once she agreed (struck through in the plan); "weet ik niet" reads in opp-na-toelating's text to ask and to
 *      change the answer to "ja". A question would add a screen for every parent after a TLV and set no date. (A ticked step
 *      without a date stays among the first screen's actions: firstThings takes off only ticked PASSED steps, session 54.
 *      Left as it is: a change for every undated step, not this session's. Session 67 made it: first-s67.test.ts.)
 *   5  A21 (002:748-750), C09 (002:846-850): each decision its own bezwaar; the letter line the plan picks for a decision and
 *      the decision the logged letter is read as must be the same one, by one map (DECISION_PICK).
 *
 * Each `it` marked "failed before" did so with src/ and content/ put back from main (93be22a): 25 of 32. Story 5's failed
 * only because the map did not exist (the two hard-coded copies agreed); they now fail if the letter's pick and the logged
 * letter's reading ever disagree. 1e, "a child at its own school", the two "on the day" tests, story 4 and "a pick that is no
 * line" pass before and after: they guard what stays.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fields from '../../src/rules/letter-fields';
import { decisionPickValues } from '../../src/rules/letters';
import { factsFrom } from '../../src/rules/facts';
import { sentLetterTarget } from '../../src/timeline/model';
import { stepText } from '../../src/ui/deadlineText';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { questions } from '../../src/flow/questions';
import nlQ from '../../src/content/generated/questions.nl';
import { appOf } from './app-story';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, agree, allText, dutch, firstScreen, ids, step, story, terms } from './lawyer-kit';

beforeAll(loadPlanTexts);

const OLD_OPP_STEPS = ['opp-vragen', 'opp-instemmen', 'opp-zienswijze', 'opp-evaluatie', 'opp-datum-achterhalen'];
const DISPUTE_STEPS = ['geschillencommissie', 'onderwijsconsulenten'];
const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

// ── Story 1: Sara, at the SO school since Mon 24 Aug 2026; the new school's OPP not made, or not known ────────────────────
const saraAnswers = {
  situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-06-02',
  'tlv-eens': 'ja', 'tlv-soort': 'so', 'tlv-plek': 'ingeschreven', 'tlv-inschrijving-datum': '2026-08-24', 'opp-nieuwe-school': 'nee',
  opp: 'ja', 'opp-besproken': 'weet-niet', 'opp-ingestemd': 'nee', 'opp-onenigheid': 'geen-instemming-gevraagd', onderzoek: 'school-recent',
  'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja',
  jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
const sara = (changes: Record<string, unknown> = {}) => story({ ...saraAnswers, ...changes });
const OPP_TERM = 'opp-na-toelating 2026-08-24>2026-10-05 upcoming?';

describe('story 1: Sara, the new school\'s OPP not made ("nee") or not known: no steps about the old school\'s OPP (A23, B38)', () => {
  it('"nee", Mon 14 Sep 2026: no consent, talk-day or dispute step about the old OPP (failed before)', () => {
    const p = agree(sara(), '2026-09-14');
    for (const id of [...OLD_OPP_STEPS, ...DISPUTE_STEPS]) expect(ids(p)).not.toContain(id);
    expect(allText(p)).not.toContain('Deze stap gaat over het OPP van de oude school');
  });

  it('"nee": the new school\'s OPP by Mon 5 Oct 2026, not certain, is the first action (failed before: "Beslis mee over het handelingsdeel" was)', () => {
    const p = agree(sara(), '2026-09-14');
    expect(terms(p)).toEqual([OPP_TERM]);
    expect(firstScreen(p).actions[0]).toBe('opp-na-toelating');
    expect(firstScreen(p).next).toBe('opp-na-toelating 2026-10-05');
    expect(dutch(step(p, 'opp-na-toelating')!, 'title')).toBe('Let op het OPP op de nieuwe school');
    expect(dutch(step(p, 'opp-na-toelating')!, 'check')).toContain('Vraag de nieuwe school vanaf welke dag ze telt.');
  });

  it('1b "weet ik niet": the same date; the step first asks whether the OPP is there, her consent, and to answer "ja" then (failed before)', () => {
    const p = agree(sara({ 'opp-nieuwe-school': 'weet-niet' }), '2026-09-14');
    for (const id of [...OLD_OPP_STEPS, ...DISPUTE_STEPS]) expect(ids(p)).not.toContain(id);
    expect(terms(p)).toEqual([OPP_TERM]);
    const s = step(p, 'opp-na-toelating')!;
    expect(s.group).toBe('binnenkort');
    expect(dutch(s, 'title')).toBe('Vraag de nieuwe school of het OPP er al is');
    const why = dutch(s);
    expect(why).toContain('Je weet niet of dat OPP er al is. Vraag het de school per e-mail.');
    expect(why).toContain('Dan mag de school het deel over de hulp alleen vaststellen als jij ermee instemt.');
    expect(why).toContain("Kies dan bij je antwoorden: 'Ja, de nieuwe school heeft een OPP gemaakt'.");
    expect(dutch(s, 'check')).toContain('Vraag de nieuwe school vanaf welke dag ze telt.');
  });

  it('1b the answer it names is the question\'s own "ja" option, word for word (failed before)', () => {
    const option = (nlQ as unknown as Record<string, { options?: Record<string, string> }>)['opp-nieuwe-school']?.options?.['ja'];
    expect(option).toBe('Ja, de nieuwe school heeft een OPP gemaakt');
    expect(dutch(step(agree(sara({ 'opp-nieuwe-school': 'weet-niet' }), '2026-09-14'), 'opp-na-toelating')!)).toContain(`'${option}'`);
  });

  it('1c "weet ik niet" without the day of enrolment: no date, count it yourself, ask the new school (failed before)', () => {
    const p = agree(sara({ 'opp-nieuwe-school': 'weet-niet', 'tlv-inschrijving-datum': 'weet-niet' }), '2026-09-14');
    expect(terms(p)).toEqual([]);
    const s = step(p, 'opp-na-toelating')!;
    expect(dutch(s, 'title')).toBe('Vraag de nieuwe school of het OPP er al is');
    expect(dutch(s)).toContain('Tel zelf: de dag van de inschrijving plus 6 weken. Weet je die dag niet? Vraag het de nieuwe school.');
    expect(dutch(s)).toContain('Dan kunnen de 6 weken later beginnen.');
    for (const id of [...OLD_OPP_STEPS, ...DISPUTE_STEPS]) expect(ids(p)).not.toContain(id);
  });

  it('1d "nee", the old OPP talked about Tue 12 May 2026 and not agreed to: no dispute about it either (failed before)', () => {
    const p = agree(sara({ 'opp-besproken': '2026-05-12' }), '2026-09-14');
    for (const id of [...OLD_OPP_STEPS, ...DISPUTE_STEPS]) expect(ids(p)).not.toContain(id);
    expect(terms(p)).toEqual([OPP_TERM]);
  });

  it('1e the OPP answered talked about Mon 7 Sep 2026, after the enrolment: the ordinary steps, as session 63 made them', () => {
    const p = agree(sara({ 'opp-besproken': '2026-09-07' }), '2026-09-14');
    expect(ids(p)).toEqual(expect.arrayContaining(['opp-instemmen', 'opp-evaluatie']));
    expect(dutch(step(p, 'opp-instemmen')!, 'title')).toBe('Beslis mee over het handelingsdeel');
  });

  it('no answer to opp-nieuwe-school (stored before session 64): read as "weet ik niet" (facts.ts: an asked question without an answer), as 1b (failed before)', () => {
    const { 'opp-nieuwe-school': _n, ...before64 } = saraAnswers;
    const p = agree(story(before64), '2026-09-14');
    for (const id of [...OLD_OPP_STEPS, ...DISPUTE_STEPS]) expect(ids(p)).not.toContain(id);
    expect(dutch(step(p, 'opp-na-toelating')!, 'title')).toBe('Vraag de nieuwe school of het OPP er al is');
  });
});

// ── Story 2: the gesprekskaart for a meeting at the new school on Mon 21 Sep 2026 ─────────────────────────────────────────
const MEETING = { 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-09-21' };
const cardRows = (answers: Record<string, unknown>) => {
  const c = cardOf(appOf(story(answers)), '2026-09-14');
  return { questions: c.questions.map((q) => q.id), know: c.know.map((k) => k.id) };
};
const OLD_ROWS = ['opp-instemming', 'opp-evaluatie', 'opp-mening'];

describe('story 2: the gesprekskaart\'s OPP rows follow the plan after the move', () => {
  it('Sara ("nee"): no row from the old OPP\'s answers; a row about the new school\'s OPP (failed before)', () => {
    const rows = cardRows({ ...saraAnswers, ...MEETING });
    for (const id of OLD_ROWS) expect(rows.questions).not.toContain(id);
    expect(rows.questions).toContain('opp-nieuwe-school');
    expect(rows.know).toContain('opp-instemmen');
  });

  it('2b Sara, the old OPP agreed to and her ideas not taken on: no "Wat heeft de hulp uit het OPP opgeleverd?", no "Hoe neemt de school mijn ideeën mee?" (failed before)', () => {
    const rows = cardRows({ ...saraAnswers, ...MEETING, 'opp-ingestemd': 'ja', 'opp-onenigheid': 'niet-overgenomen', 'opp-besproken': '2026-05-12' });
    for (const id of OLD_ROWS) expect(rows.questions).not.toContain(id);
    expect(rows.questions).toContain('opp-nieuwe-school');
  });

  it('2b the old school had no OPP (opp "nee"): the row about the new school\'s OPP and the consent line all the same (failed before)', () => {
    const { 'opp-besproken': _b, 'opp-ingestemd': _i, 'opp-onenigheid': _o, ...rest } = saraAnswers;
    const rows = cardRows({ ...rest, ...MEETING, opp: 'nee' });
    expect(rows.questions).toContain('opp-nieuwe-school');
    expect(rows.know).toContain('opp-instemmen');
  });

  it('Noor ("ja", the old OPP agreed to): the consent row for the new OPP, no evaluation row from the old one (failed before)', () => {
    const rows = cardRows({ ...saraAnswers, ...MEETING, 'opp-nieuwe-school': 'ja', 'opp-besproken': '2026-05-12', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen' });
    expect(rows.questions).toContain('opp-instemming');
    expect(rows.questions).not.toContain('opp-evaluatie');
    expect(rows.questions).not.toContain('opp-nieuwe-school');
  });

  it('the row\'s text in six languages, with the 6 weeks not stated as certain (failed before)', () => {
    for (const lang of LANGS) {
      const t = tFor(lang);
      expect(t.raw('ui:meeting.q.opp-nieuwe-school.text')).toMatch(/OPP/);
      expect(t.raw('ui:meeting.q.opp-nieuwe-school.why')).toMatch(/6/);
    }
    expect(tFor('nl').raw('ui:meeting.q.opp-nieuwe-school.why')).toContain('Dan kunnen die 6 weken later beginnen.');
  });

  it('a child at its own school (no move): the rows as before, from the answers', () => {
    const rows = cardRows({
      situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee', opp: 'ja', 'opp-besproken': '2026-05-12', 'opp-ingestemd': 'ja',
      'opp-onenigheid': 'niet-overgenomen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], ...MEETING, tekenen: 'nee',
      'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
    });
    expect(rows.questions).toEqual(expect.arrayContaining(['opp-evaluatie', 'opp-mening']));
    expect(rows.questions).not.toContain('opp-nieuwe-school');
  });
});

// ── Story 3: the OPP's 6 weeks over ──────────────────────────────────────────────────────────────────────────────────────
const sem = story({
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-12-07', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'toegelaten',
  'inschrijving-datum': '2027-01-11', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', opp: 'nee', 'swv-betrokken': 'nee', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
});

describe('story 3: once the 6 weeks are over, the title says so and what to do now (B02, §X.5, F02)', () => {
  it('3a Sem, Mon 22 Feb 2027, the last day itself: the step\'s own title', () => {
    const s = step(agree(sem, '2027-02-22'), 'opp-na-toelating')!;
    expect(s.deadline?.due).toBe('2027-02-22');
    expect(s.deadline?.status).toBe('today');
    expect(dutch(s, 'title')).toBe('Let op het OPP na de inschrijving');
  });

  it('3a Sem, Tue 23 Feb 2027: "Vraag de school om het OPP: de 6 weken na de inschrijving zijn voorbij"; in writing, the letter, the steunpunt; not certain (failed before)', () => {
    const p = agree(sem, '2027-02-23');
    const s = step(p, 'opp-na-toelating')!;
    expect(s.deadline?.status).toBe('passed');
    expect(s.deadline?.certain).toBe(false);
    expect(s.group).toBe('nu');
    expect(dutch(s, 'title')).toBe('Vraag de school om het OPP: de 6 weken na de inschrijving zijn voorbij');
    expect(dutch(s)).toContain('Die 6 weken zijn voorbij.');
    expect(dutch(s)).not.toContain('Hieronder staat de laatste dag');
    expect(dutch(s, 'late')).toMatch(/Vraag er dan nu op papier om[\s\S]*brief bij deze stap[\s\S]*Bel het ouder- en jeugdsteunpunt/);
    expect(dutch(s, 'check')).toContain('De 6 weken kunnen ook tellen vanaf het moment dat bleek dat je kind extra hulp nodig heeft.');
    expect(s.letters).toContain('verzoek-opp');
    expect(firstScreen(p).actions[0]).toBe('opp-na-toelating');
  });

  it('3b Sara ("nee"), Mon 5 Oct 2026, the last day itself: "Let op het OPP op de nieuwe school"', () => {
    const s = step(agree(sara(), '2026-10-05'), 'opp-na-toelating')!;
    expect(s.deadline?.status).toBe('today');
    expect(dutch(s, 'title')).toBe('Let op het OPP op de nieuwe school');
  });

  it('3b Sara ("nee"), Tue 6 Oct 2026: "Vraag de nieuwe school om het OPP: …"; how to tell the plan the OPP is made (failed before)', () => {
    const s = step(agree(sara(), '2026-10-06'), 'opp-na-toelating')!;
    expect(s.deadline?.status).toBe('passed');
    expect(dutch(s, 'title')).toBe('Vraag de nieuwe school om het OPP: de 6 weken na de inschrijving zijn voorbij');
    expect(dutch(s)).toContain("Kies dan bij je antwoorden: 'Ja, de nieuwe school heeft een OPP gemaakt'.");
    expect(dutch(s, 'late')).toMatch(/Heeft de nieuwe school nog geen OPP gemaakt\? Vraag er dan nu op papier om[\s\S]*Bel het ouder- en jeugdsteunpunt/);
    expect(dutch(s, 'check')).toContain('Vraag de nieuwe school vanaf welke dag ze telt.');
  });

  it.each(LANGS)('3b %s: after the day a title of its own, not the title of before (failed before)', (lang) => {
    const t = tFor(lang);
    const before = stepText(step(agree(sara(), '2026-10-05'), 'opp-na-toelating')!, 'title', t);
    const after = stepText(step(agree(sara(), '2026-10-06'), 'opp-na-toelating')!, 'title', t);
    const adm = stepText(step(agree(sem, '2027-02-23'), 'opp-na-toelating')!, 'title', t);
    expect(after).toMatch(/OPP/);
    expect(after).toMatch(/6/);
    expect(after).not.toBe(before);
    expect(adm).not.toBe(stepText(step(agree(sem, '2027-02-22'), 'opp-na-toelating')!, 'title', t));
  });

  it('3c Sara ("weet ik niet"), Tue 6 Oct 2026: the same passed title; "weet je het niet? vraag er dan ook om" (failed before)', () => {
    const s = step(agree(sara({ 'opp-nieuwe-school': 'weet-niet' }), '2026-10-06'), 'opp-na-toelating')!;
    expect(dutch(s, 'title')).toBe('Vraag de nieuwe school om het OPP: de 6 weken na de inschrijving zijn voorbij');
    expect(dutch(s, 'late')).toContain('Weet je het niet? Vraag er dan ook om.');
  });
});

// ── Story 4: consent to the new school's OPP: no new question ───────────────────────────────────────────────────────────
describe('story 4: whether she agreed to the new OPP is no question; the consent step is ticked (B08, B10, B11, §X.2)', () => {
  const noor = sara({ 'opp-nieuwe-school': 'ja', 'opp-besproken': '2026-05-12', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen' });

  it('no question asks about consent to the new school\'s OPP: opp-nieuwe-school has its three answers, the OPP questions are the old ones', () => {
    expect(questions.find((q) => q.id === 'opp-nieuwe-school')?.options).toEqual(['ja', 'nee', 'weet-niet']);
    expect(questions.filter((q) => q.id.startsWith('opp')).map((q) => q.id)).toEqual(['opp-nieuwe-school', 'opp', 'opp-besproken', 'opp-ingestemd', 'opp-onenigheid']);
  });

  it('Noor ("ja"), Mon 14 Sep 2026: the consent step sets no date, and no term of hers hangs on it; it asks her to check it', () => {
    const p = agree(noor, '2026-09-14');
    expect(step(p, 'opp-instemmen')?.deadline).toBeUndefined();
    expect(terms(p)).toEqual([]);
    expect(firstScreen(p).next).toBeUndefined();
    expect(dutch(step(p, 'opp-instemmen')!)).toContain('Heeft de school je nog niet om instemming gevraagd? Of weet je het niet zeker? Vraag het dan per e-mail na.');
  });
});

// ── Story 5: one map for the bezwaar letter's decision line ────────────────────────────────────────────────────────────
const lina = A({
  situatie: ['aanmelden', 'handelingsverlegen'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-02-08', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2027-02-15', 'weigering-andere-school': 'nee',
  'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
  'verwijdering-datum': '2027-02-01', 'verwijdering-andere-school': 'nee', opp: 'ja', 'opp-besproken': '2026-10-05', 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
});
const BEZWAAR = 'bezwaar-weigering-verwijdering';
const DECISIONS = ['weigering', 'verwijdering'] as const;

describe('story 5: DECISION_PICK, one map for the letter\'s decision line and the logged letter (A21, C09)', () => {
  const pickMap = () => (fields as Record<string, unknown>)['DECISION_PICK'] as Record<(typeof DECISIONS)[number], string> | undefined;

  it('exported, one line per decision, two different lines (failed before: no such map)', () => {
    const map = pickMap();
    expect(map).toBeDefined();
    expect(new Set(DECISIONS.map((d) => map![d])).size).toBe(2);
  });

  it.each(DECISIONS)('%s: the letter picks the map\'s line, and the logged letter reads it back as the same decision (fails if the two disagree; failed before: no map)', (d) => {
    const picked = decisionPickValues(d, factsFrom(lina, '2027-02-22')).besluit_keuze;
    expect(picked).toBe(pickMap()?.[d]);
    expect(sentLetterTarget(BEZWAAR, picked, lina)).toBe(d);
  });

  it('the map\'s line is the letter\'s line about that decision, in every language (failed before: no map)', () => {
    const map = pickMap()!;
    const nlBlock = (lang: string) =>
      readFileSync(join(__dirname, `../../content/${lang}/letters/${BEZWAAR}.md`), 'utf8').split(/\n\n/).find((p) => p.trim().endsWith('{{besluit_keuze}}'))!.split('\n');
    const nl = nlBlock('nl');
    expect(nl[Number(map.weigering)]).toContain('niet toe te laten');
    expect(nl[Number(map.verwijdering)]).toContain('te verwijderen');
    for (const lang of LANGS) expect(nlBlock(lang)).toHaveLength(nl.length);
  });

  it('a pick that is no line of the map: no decision (as before)', () => {
    expect(sentLetterTarget(BEZWAAR, '3', lina)).toBeUndefined();
    expect(sentLetterTarget(BEZWAAR, undefined, lina)).toBeUndefined();
  });
});
