/**
 * Session 72 (s72-first): what the FIRST SCREEN says in stories session 71 left open. Answers in tests/answers/s72/first/;
 * read on Sun 6 Dec 2026 unless a test says otherwise. Each test marked "(failed before)" failed against main (0c3a2ee):
 * checked by taking the fix out with `git apply -R` and running this file.
 *
 * 1. A TLV decision (refused or granted) whose date is unknown, no bezwaar made: the first screen said "Zoek die datum eerst
 *    uit" (firstScreen.clockUnknown) and the step "Zoek de datum dus snel", while the term for bezwaar may be running (EXT 6
 *    weeks from the decision, FACTS E18) and a bezwaar at the samenwerkingsverband needs no known date (E16, E17;
 *    001:939-941). A refusal's or removal's finder said "you may object now" since session 63. Fixed: the step's text
 *    (first72.planStep.tlvBesluitdatumNuBezwaar, with the bezwaar-tlv letter) and the first screen's line
 *    (first72.clockUnknownObjectNowTlv) say so in their own words (the term is not certain; the bezwaar goes to the
 *    samenwerkingsverband). Kept: once a bezwaar is made, the usual line and text. No date appears or moves.
 * 2. A "no" by phone after the 10 weeks (057-timeline-s71.yaml s071-verlenging-en-nee-per-telefoon-eind, read Wed 16 Dec):
 *    the first screen leads with 19 January 2027 (besluit-telefoon-bezwaar: "Kreeg je het besluit toch op papier?", not
 *    certain), above the actions that ask for the decision on paper (A20, FP02). The date stays first (the safe side: with a
 *    letter it is her term, A21; counted from the call it is never too late). The first action is the one that applies
 *    (the school is late: ask for the decision on paper). Fixed: a line under the date says which applies to a parent who
 *    only heard it: no term runs yet, ask for the decision on paper first (first72.nextOralDecision).
 * 3. Checked, not changed (058-first-s72.yaml s072-first-schorsingen-terug-op-school): three suspensions in a row, back at
 *    school for five weeks, the removal question unanswered: "Vraag of er een besluit tot verwijdering is" and the unknown-
 *    clock line stay first. A removal may be decided while the child is at school (it takes effect once another school
 *    admits her, C04, 002:756-768), a chain of suspensions past the week (C10, C11) points at one, and one made in the
 *    last suspension's week would have its 6 weeks (C09) end about now. Answered "nee", the line goes (pinned below).
 * 4. A child kept out now and told "not welcome after the holiday" (057-spring-s71.yaml s071-thuiszitter-juni-niet-welkom-
 *    na-zomer, Mon 21 Jun 2027): the first screen named "Niet welkom, maar de school blijft verantwoordelijk" and "De huidige
 *    school blijft verantwoordelijk", both "read it under Let op". Fixed (src/rules/steps/warnings.ts): niet-welkom-zorgplicht
 *    gives way on the first screen to wachtlijst-zorgplicht (its ask before the holiday, on paper, is bound to a moment and
 *    said nowhere else; wachtlijst-zorgplicht would be merged away under "Let op" if it were not on the first screen,
 *    order.ts WARNING_MERGES). Both stay under "Let op", so every fact either says stays.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { IsoDate } from '../../src/rules/dates';
import { agreeingPlan } from './app-story';
import { ev, log } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, step, terms } from './lawyer-kit';
import { LANGUAGES } from '../../src/languages';
import { firstScreenParts, firstThings } from '../../src/ui/firstThings';

beforeAll(loadPlanTexts);

const TODAY: IsoDate = '2026-12-06';
const answers = (name: string) => JSON.parse(readFileSync(`tests/answers/s72/first/${name}.json`, 'utf8')).answers as Record<string, unknown>;
const clockKeys = (a: Record<string, unknown>) =>
  firstScreenParts(firstThings(agreeingPlan(log(A(a), []), TODAY))).flatMap((x) => (x.part === 'unknownClock' ? [x.key] : []));

describe('1: a TLV decision of unknown date: the bezwaar may be made now', () => {
  for (const name of ['01-tlv-afgewezen-geen-datum', '02-tlv-toegekend-geen-datum']) {
    it(`(failed before) ${name}: the first screen says a bezwaar at the samenwerkingsverband may be made now`, () => {
      const a = answers(name);
      expect(clockKeys(a)).toEqual(['first72.clockUnknownObjectNowTlv']);
      const p = agreeingPlan(log(A(a), []), TODAY);
      expect(firstThings(p).actions[0]!.id).toBe('tlv-besluitdatum-achterhalen');
      // No date appears or moves: the TLV term's start is unknown (E18 is EXT and counts from the decision).
      expect(terms(p)).toEqual([]);
    });

    it(`(failed before) ${name}: the step says it too, with the bezwaar letter`, () => {
      const p = agreeingPlan(log(A(answers(name)), []), TODAY);
      const s = step(p, 'tlv-besluitdatum-achterhalen')!;
      expect(s.letters).toContain('bezwaar-tlv');
      const why = tFor('nl').raw(`${s.texts}.why`);
      expect(why).toMatch(/nu al bezwaar maken bij het samenwerkingsverband/);
      expect(why).toMatch(/niet zeker/);
    });
  }

  it('kept: a bezwaar made already: the usual line, the usual text, no letter', () => {
    const a = { ...answers('01-tlv-afgewezen-geen-datum'), 'bezwaar-ingediend': 'ja' };
    expect(clockKeys(a)).toEqual(['firstScreen.clockUnknown']);
    const s = step(agreeingPlan(log(A(a), []), TODAY), 'tlv-besluitdatum-achterhalen')!;
    expect(s.texts).toBeUndefined();
    expect(s.letters).not.toContain('bezwaar-tlv');
  });

  it('(failed before) the line in six languages names the bezwaar, the 6 weeks (not certain) and the samenwerkingsverband', () => {
    for (const { code } of LANGUAGES) {
      const line = tFor(code).raw('ui:first72.clockUnknownObjectNowTlv');
      expect(line, code).toMatch(/bezwaar/);
      expect(line, code).toMatch(/\b6\b/);
      expect(line, code).toMatch(/samenwerkingsverband/i);
      expect(line, code).toMatch(/TLV/);
      expect(tFor(code).raw('ui:first72.planStep.tlvBesluitdatumNuBezwaar.why'), code).toMatch(/samenwerkingsverband/i);
    }
  });
});

describe('2: a "no" by phone after the 10 weeks: the uncertain date stays first, with what applies to a phone-only parent', () => {
  const story = log(A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', groep: 'groep-3-6' }), [
    ev('v', 'aanmelding-verstuurd', '2026-10-05', 'e-mail'),
    ev('r', 'aanmelding-ontvangen', '2026-10-06', 'e-mail'),
    ev('x', 'besluit-verlengd', '2026-11-10', 'brief'),
    ev('w', 'besluit-geweigerd', '2026-12-08', 'telefoon'),
  ]);
  const read = '2026-12-16' as IsoDate;

  it('(failed before) the nearest date is the phone decision\'s possible term, and the line under it says no term runs yet', () => {
    const p = agreeingPlan(story, read);
    const parts = firstScreenParts(firstThings(p));
    const next = parts.find((x) => x.part === 'next');
    expect(next?.part === 'next' && next.step.id).toBe('besluit-telefoon-bezwaar');
    expect(next?.part === 'next' && next.step.deadline.due).toBe('2027-01-19');
    expect(next?.part === 'next' && next.step.deadline.certain).toBe(false);
    expect(next?.part === 'next' && next.oral).toBe('first72.nextOralDecision');
    // The first action applies: the school is late, ask for the decision on paper (A05, A20).
    expect(firstThings(p).actions.map((s) => s.id)).toContain('besluit-aanmelding');
  });

  it('kept: the refusal logged as a letter: its own certain bezwaar date first, no such line', () => {
    const p = agreeingPlan(log(A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', groep: 'groep-3-6' }), [
      ev('r', 'aanmelding-ontvangen', '2026-10-06', 'e-mail'),
      ev('x', 'besluit-verlengd', '2026-11-10', 'brief'),
      ev('w', 'besluit-geweigerd', '2026-12-08', 'brief'),
    ]), read);
    expect(firstThings(p).next?.id).toBe('bezwaar-weigering');
    expect(firstThings(p).next?.deadline.due).toBe('2027-01-19');
    const parts = firstScreenParts(firstThings(p));
    expect(parts.some((x) => x.part === 'next' && x.oral)).toBe(false);
  });

  it('(failed before) the line in six languages says no term runs yet and to ask for the decision on paper', () => {
    for (const { code } of LANGUAGES) expect(tFor(code).raw('ui:first72.nextOralDecision'), code).toMatch(/[?؟]/);
  });
});

describe('3: checked: chained suspensions, back at school: the removal question stays first while unanswered', () => {
  const events = [
    ev('s1', 'schorsing', '2026-10-05', 'brief'),
    ev('s2', 'schorsing', '2026-10-12', 'brief'),
    ev('s3', 'schorsing', '2026-10-19', 'brief'),
    ev('t', 'weer-naar-school', '2026-10-26'),
  ];
  const back = log(A({ situatie: ['thuiszitten'], groep: 'groep-7-8' }), events);
  const read = '2026-11-30' as IsoDate;

  it('kept: unanswered, the finder is the first action and the line says a term may run', () => {
    const p = agreeingPlan(back, read);
    expect(firstThings(p).actions[0]!.id).toBe('verwijderbesluit-navragen');
    expect(firstScreenParts(firstThings(p)).some((x) => x.part === 'unknownClock')).toBe(true);
  });

  it('kept: answered "no removal decision": no finder, no line', () => {
    const p = agreeingPlan(log(A({ situatie: ['thuiszitten'], groep: 'groep-7-8', 'verwijdering-besluit': 'nee' }), events), read);
    expect(p.steps.map((s) => s.id)).not.toContain('verwijderbesluit-navragen');
    expect(firstScreenParts(firstThings(p)).some((x) => x.part === 'unknownClock')).toBe(false);
  });
});

describe('4: kept out now and not welcome after the holiday: one "the school stays responsible" on the first screen', () => {
  const spring = JSON.parse(readFileSync('tests/answers/s71/spring/thuiszitter-juni-niet-welkom-na-zomer.json', 'utf8')).answers as Record<string, unknown>;
  const alerts = (a: Record<string, unknown>, today: IsoDate) =>
    firstScreenParts(firstThings(agreeingPlan(log(A(a), []), today))).flatMap((x) => (x.part === 'alert' ? [x.warning.id] : []));
  const warned = (a: Record<string, unknown>, today: IsoDate) => agreeingPlan(log(A(a), []), today).warnings.map((w) => w.id);

  it('(failed before) read on 21 June 2027: wachtlijst-zorgplicht alone on the first screen; both under "Let op"', () => {
    expect(alerts(spring, '2027-06-21')).toEqual(['wachtlijst-zorgplicht']);
    expect(warned(spring, '2027-06-21')).toEqual(expect.arrayContaining(['niet-welkom-zorgplicht', 'wachtlijst-zorgplicht']));
  });

  it('(failed before) the same in the summer holiday (both summer texts stay under "Let op")', () => {
    expect(alerts(spring, '2027-07-26')).toEqual(['wachtlijst-zorgplicht']);
    expect(warned(spring, '2027-07-26')).toEqual(expect.arrayContaining(['niet-welkom-zorgplicht', 'wachtlijst-zorgplicht']));
  });

  it('kept: at school now, told "not welcome after the holiday": wachtlijst-zorgplicht on the first screen', () => {
    const atSchool = { situatie: ['handelingsverlegen'], 'school-zegt': ['niet-welkom-na-vakantie'], groep: 'groep-3-6' };
    const ids = alerts(atSchool, '2027-06-21');
    expect(warned(atSchool, '2027-06-21')).toContain('wachtlijst-zorgplicht');
    expect(ids).toContain('wachtlijst-zorgplicht');
    expect(ids).not.toContain('niet-welkom-zorgplicht');
  });

  it('kept: kept out now, nothing said about after the holiday: niet-welkom-zorgplicht on the first screen', () => {
    const now = { ...spring, 'school-zegt': ['geen'] };
    expect(alerts(now, '2027-06-21')).toEqual(['niet-welkom-zorgplicht']);
    expect(warned(now, '2027-06-21')).not.toContain('wachtlijst-zorgplicht');
  });
});
