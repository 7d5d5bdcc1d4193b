/**
 * Session 34 (s34-open): three points sessions 32 and 33 left open.
 *
 * 1. A bezwaar logged with "Hoe? Telefoon" or "Gesprek" counted as made: it wrote "bezwaar-ingediend: ja" and the plan's
 *    bezwaar step (refusal, removal, TLV refusal, an earlier decision's) left the plan with its last day. A bezwaar must be
 *    a letter or an e-mail (000:972 "per brief of per mail"; 002:748-750 fn 19: the Awb's bezwaarschrift; FACTS FP-P4), and
 *    the app's own chapter says a call is not enough (content/nl/chapters/08-niet-eens.md #bezwaar-maken). Now it writes
 *    nothing, the step keeps its date, and says why (note: ui:open34.spokenObjection). The GPO request and the complaint are
 *    unchanged: the sources do not say they must be in writing (000:1051-1053: the school's klachtenregeling says how).
 * 2. Three or more removal letters on paper: only the earliest open earlier letter had its own step; the middle one's 6 weeks
 *    (002:846-850) were lost. Now every open earlier letter has its own dated step, with ids unique per letter.
 * 3. The steps for an earlier decision said "In je tijdlijn staat …" also when that decision came from the questionnaire.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { buildPlan, type Plan } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { EFFECTS, type EventKind, type How } from '../../src/timeline/effects';
import { isLegal, questionnaireAnswers, type TimelineEvent } from '../../src/timeline/model';
/** src/timeline/earlier.ts SPOKEN_OBJECTION_NOTE, written out so that this file runs on the code before the fix. */
const SPOKEN_OBJECTION_NOTE = 'ui:open34.spokenObjection';
import { tickKey } from '../../src/ui/tickKey';
import { log } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';
import { stepText } from '../../src/ui/deadlineText';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
type State = ReturnType<typeof log>;
const planAt = (s: State, today: string): Plan => withMeetings(buildPlan(s.answers, today), s.data.events, questionnaireAnswers(s.answers, s.data));
const ev = (id: string, kind: EventKind, date: string, how?: How): TimelineEvent =>
  ({ id, kind, date, parties: isLegal(kind) ? [...EFFECTS[kind].parties] : ['school'], note: '', ...(how ? { how } : {}) });
const step = (p: Plan, id: string) => p.steps.find((s) => s.id === id);
const LANGS = ['nl', 'en', 'tr', 'pl', 'uk', 'ar'];

beforeAll(loadPlanTexts);

const REFUSAL = A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-04-20', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-06-01' });
const HV = { situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' };
const REMOVAL = A({ ...HV, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-01' });
const TLV = A({ situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-05-04', 'tlv-eens': 'nee' });

describe('1. a bezwaar logged by phone or in a talk does not end the bezwaar step (failed before)', () => {
  const CASES = [
    { name: 'refusal on paper, answered', start: REFUSAL, day: '2026-06-05', today: '2026-06-08', id: 'bezwaar-weigering', due: '2026-07-13', certain: true },
    { name: 'removal on paper, answered', start: REMOVAL, day: '2026-10-05', today: '2026-10-08', id: 'bezwaar-verwijdering', due: '2026-11-12', certain: true },
    { name: 'TLV refused, answered (term not certain)', start: TLV, day: '2026-05-10', today: '2026-05-12', id: 'tlv-bezwaar', due: '2026-06-15', certain: false },
  ];
  for (const c of CASES) {
    for (const how of ['telefoon', 'gesprek'] as const) {
      it(`${c.name}: "${how}" keeps ${c.id} with its last day, and says a bezwaar by ${how} does not count`, () => {
        const s = log(c.start, [ev('o1', 'bezwaar-ingediend', c.day, how)]);
        expect(s.answers['bezwaar-ingediend']).toBeUndefined();
        expect(s.answers['bezwaar-datum']).toBeUndefined();
        const p = planAt(s, c.today);
        expect(step(p, c.id)).toMatchObject({ deadline: { due: c.due, certain: c.certain }, note: SPOKEN_OBJECTION_NOTE });
        expect(step(p, 'bezwaar-loopt')).toBeUndefined();
      });
    }
    for (const how of [undefined, 'brief', 'e-mail', 'anders'] as const) {
      it(`guard, ${c.name}: a bezwaar logged "${how ?? 'weet ik niet'}" still ends ${c.id}`, () => {
        const p = planAt(log(c.start, [ev('o1', 'bezwaar-ingediend', c.day, how)]), c.today);
        expect(step(p, c.id)).toBeUndefined();
        expect(step(p, 'bezwaar-loopt')).toBeDefined();
      });
    }
    it(`guard, ${c.name}: a call, then the bezwaar by e-mail: the step goes, no note anywhere`, () => {
      const p = planAt(log(c.start, [ev('o1', 'bezwaar-ingediend', c.day, 'telefoon'), ev('o2', 'bezwaar-ingediend', c.today, 'e-mail')]), c.today);
      expect(step(p, c.id)).toBeUndefined();
      expect(p.steps.filter((x) => x.note)).toEqual([]);
    });
  }

  it('guard: a bezwaar by phone dated before the decision puts no note on its step', () => {
    const p = planAt(log(REFUSAL, [ev('o1', 'bezwaar-ingediend', '2026-05-20', 'telefoon')]), '2026-06-08');
    expect(step(p, 'bezwaar-weigering')).toBeDefined();
    expect(step(p, 'bezwaar-weigering')!.note).toBeUndefined();
  });

  it('an earlier refusal in the timeline: a bezwaar by phone between the two refusals does not take its step away', () => {
    const events = [
      ev('r0', 'aanmelding-ontvangen', '2026-04-20'), ev('r1', 'besluit-geweigerd', '2026-06-01', 'brief'),
      ev('r2', 'bezwaar-ingediend', '2026-06-03', 'telefoon'),
      ev('r3', 'aanmelding-ontvangen', '2026-06-04'), ev('r4', 'besluit-geweigerd', '2026-06-10', 'brief'),
    ];
    const p = planAt(log(A({ situatie: ['aanmelden'] }), events), '2026-06-12');
    expect(step(p, 'eerdere-weigering')).toMatchObject({ deadline: { start: '2026-06-01', due: '2026-07-13', certain: true }, note: SPOKEN_OBJECTION_NOTE });
    expect(step(p, 'bezwaar-weigering')).toMatchObject({ deadline: { due: '2026-07-22' } });
    // The phone bezwaar is dated before the latest refusal: it cannot be against it.
    expect(step(p, 'bezwaar-weigering')!.note).toBeUndefined();
  });

  it('the note reads in all six languages, after the step\'s own text', () => {
    const p = planAt(log(REFUSAL, [ev('o1', 'bezwaar-ingediend', '2026-06-05', 'telefoon')]), '2026-06-08');
    const s = step(p, 'bezwaar-weigering')!;
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const t = tFor(lang);
      expect(t.exists(s.note!)).toBe(true);
      const note = t.raw(s.note!);
      expect(note.length).toBeGreaterThan(40);
      expect(note).not.toMatch(/\{\{|open34/);
      expect(stepText(s, 'why', t)).not.toBe('');
      seen.add(note);
    }
    expect(seen.size).toBe(LANGS.length);
    expect(tFor('nl').raw(s.note!)).toMatch(/telefoon.*telt niet.*brief of e-mail/s);
  });
});
