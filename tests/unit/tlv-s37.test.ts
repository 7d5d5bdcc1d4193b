/**
 * Session 37 (s37-tlv): two TLV defects session 36 left open.
 *
 * 1. The parent answered "Nee" to "Ben je het eens met het besluit over de TLV?" (tlv-eens; no timeline event writes it) and
 *    the timeline holds a TLV grant logged after a TLV refusal on another day (session 34: the plan's own tlv-bezwaar then
 *    counts from the grant, texts ui:tlv34.planStep.bezwaarToekenning, which tell her to change the answer when she is happy).
 *    "Meld je kind aan" (tlv-inschrijven, E15) and "Zoek samen een school" (tlv-school-zoeken) stayed under "Als het niet
 *    lukt" until she changed that answer: a parent who got the TLV she wanted found her next step buried. Chosen: the steps
 *    follow the timeline (the newer, dated fact; the answer has no date and was most likely about the refusal) and say which
 *    answer conflicts and what to do in each reading (ui:tlv37.enrolAfterGrant). No term is lost: the bezwaar against the
 *    grant (6 weeks, EXT, not certain) stays in "Nu doen" with its last day, and so does the refusal's choice.
 * 2. The newest TLV refusal's own step (tlv-bezwaar) kept its plain title beside the earlier TLV decisions' steps that name
 *    their dates: its texts now name its date (ui:tlv37.planStep.nieuwsteAfwijzing), in six languages.
 * Each "(failed before)" test failed on main 1ae12ff (checked: the two withMeetings calls undone); the guards passed there too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import type { Plan } from '../../src/rules/plan';
import { HOWS } from '../../src/timeline/effects';
import { addDays, addWeeks } from '../../src/rules/calendar';
import type { TimelineEvent } from '../../src/timeline/model';
import { stepText } from '../../src/ui/deadlineText';
import { formatDateInText as formatDate } from '../../src/rules/dateInText';
import { LANGUAGES } from '../../src/languages';
import { renderMarkdown, loadTexts } from '../../src/cli/plan';
import { ev, log, planAt } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
const step = (p: Plan, id: string) => p.steps.find((s) => s.id === id);
const LANGS = LANGUAGES.map((l) => l.code);
const NOTE = 'ui:tlv37.enrolAfterGrant';
const NEWEST = 'ui:tlv37.planStep.nieuwsteAfwijzing';

const REFUSED = '2026-05-04';
const GRANTED = '2026-05-13';
const TODAY = '2026-05-25';

const refusalAnswered = (x: Record<string, string> = {}) =>
  A({ situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': REFUSED, 'tlv-eens': 'nee', 'tlv-plek': 'plek', ...x });
const BASES: { name: string; answers: Answers; events: TimelineEvent[] }[] = [
  { name: 'refusal answered', answers: refusalAnswered(), events: [] },
  { name: 'refusal logged', answers: A({ situatie: ['tlv'], 'tlv-eens': 'nee', 'tlv-plek': 'plek' }), events: [ev('b1', 'tlv-afgewezen', REFUSED, 'brief')] },
];
const story = (b: (typeof BASES)[number], ...later: TimelineEvent[]) => log(b.answers, [...b.events, ...later]);

beforeAll(loadPlanTexts);

describe('1. a TLV grant after a refusal the parent answered "Nee" to: registering follows the timeline', () => {
  for (const b of BASES) {
    it(`${b.name}, then granted 2 or 9 days later (every "Hoe?"): "Meld je kind aan" in "Nu doen", with the note; every term stays (failed before)`, () => {
      for (const gap of [2, 9]) for (const how of [undefined, ...HOWS]) {
        const day = addDays(REFUSED, gap);
        const p = planAt(story(b, ev('x', 'tlv-toegekend', day, how)), TODAY);
        const enrol = step(p, 'tlv-inschrijven');
        expect(enrol, `+${gap}d ${how}`).toMatchObject({ group: 'nu', note: NOTE, params: { besluit: day } });
        // No term lost: the bezwaar against the grant (its own last day, not certain) and the refusal's choice.
        expect(step(p, 'tlv-bezwaar')).toMatchObject({ group: 'nu', texts: 'ui:tlv34.planStep.bezwaarToekenning', deadline: { start: day, due: addWeeks(day, 6), certain: false } });
        expect(step(p, 'tlv-afwijzing-voor-toekenning')?.deadline).toMatchObject({ start: REFUSED, due: addWeeks(REFUSED, 6), certain: false });
        // The bezwaar (with a date) comes before it in "Nu doen".
        const nu = p.steps.filter((s) => s.group === 'nu').map((s) => s.id);
        expect(nu.indexOf('tlv-bezwaar')).toBeLessThan(nu.indexOf('tlv-inschrijven'));
      }
    });
  }

  it('looking for a school (tlv-plek "zoeken"): "Zoek samen een school" follows the grant the same way (failed before)', () => {
    const p = planAt(log(refusalAnswered({ 'tlv-plek': 'zoeken' }), [ev('x', 'tlv-toegekend', GRANTED, 'brief')]), TODAY);
    expect(step(p, 'tlv-school-zoeken')).toMatchObject({ group: 'nu', note: NOTE, params: { besluit: GRANTED } });
  });

  it('a bezwaar answered before the grant (against the refusal): still follows the grant (failed before)', () => {
    const p = planAt(log(refusalAnswered({ 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-05-08' }), [ev('x', 'tlv-toegekend', GRANTED, 'brief')]), TODAY);
    expect(step(p, 'tlv-inschrijven')).toMatchObject({ group: 'nu', note: NOTE });
  });

  it.each(LANGS)('%s: the note names the answer, the grant\'s date, the bezwaar step\'s own title and the group it is in (failed before)', async (lang) => {
    const t = tFor(lang);
    const p = planAt(log(refusalAnswered(), [ev('x', 'tlv-toegekend', GRANTED, 'brief')]), TODAY);
    const enrol = step(p, 'tlv-inschrijven')!;
    const note = t.raw(enrol.note!, { besluit: formatDate(GRANTED, lang) });
    const q = ((await import(`../../src/content/generated/questions.${lang}.ts`)) as { default: Record<string, { title: string; options: Record<string, string> }> }).default['tlv-eens']!;
    expect(note).toContain(q.title);
    expect(note).toContain(q.options['nee']!);
    expect(note).toContain(q.options['ja']!);
    expect(note).toContain(stepText(step(p, 'tlv-bezwaar')!, 'title', t));
    expect(note).toContain(t.raw('ui:plan.groups.nu'));
    expect(note).toContain(formatDate(GRANTED, lang));
    expect(note).not.toMatch(/\{\{|tlv37/);
    expect(note).not.toMatch(/(?<!\.)\.\.(?!\.)/);
  });

  it('the CLI plan prints the note under "Meld je kind aan", in "Nu doen" (failed before)', async () => {
    const p = planAt(log(refusalAnswered(), [ev('x', 'tlv-toegekend', GRANTED, 'brief')]), TODAY);
    const md = renderMarkdown(p, await loadTexts('nl'));
    const nu = md.slice(md.indexOf('Nu doen'), md.indexOf('Binnenkort'));
    expect(nu).toMatch(/Meld je kind aan bij de nieuwe school[\s\S]*Bij de vragen antwoordde je 'Nee'[\s\S]*woensdag 13 mei 2026 toch een TLV kreeg/);
  });

  it('guard: a grant with no refusal before it (her "Nee" is about the grant): "Als het niet lukt", no note', () => {
    const logged = planAt(log(A({ situatie: ['tlv'], 'tlv-eens': 'nee', 'tlv-plek': 'plek' }), [ev('x', 'tlv-toegekend', GRANTED, 'brief')]), TODAY);
    const answered = planAt(log(refusalAnswered({ 'tlv-besluit': 'toegekend' }), []), TODAY);
    for (const p of [logged, answered]) {
      expect(step(p, 'tlv-inschrijven')).toMatchObject({ group: 'als-het-niet-lukt' });
      expect(step(p, 'tlv-inschrijven')!.note).toBeUndefined();
    }
  });

  it('guard: the grant on the refusal\'s own day (the same decision): as before', () => {
    const p = planAt(story(BASES[1]!, ev('x', 'tlv-toegekend', REFUSED, 'brief')), TODAY);
    expect(step(p, 'tlv-inschrijven')).toMatchObject({ group: 'als-het-niet-lukt' });
  });

  it('guard: a bezwaar logged after the grant (she objects to it): "Als het niet lukt", no note', () => {
    const p = planAt(story(BASES[1]!, ev('x', 'tlv-toegekend', GRANTED, 'brief'), ev('o', 'bezwaar-ingediend', '2026-05-20', 'brief')), TODAY);
    expect(step(p, 'tlv-inschrijven')).toMatchObject({ group: 'als-het-niet-lukt' });
    expect(step(p, 'tlv-inschrijven')!.note).toBeUndefined();
  });

  it('guard: she changes her answer to "Ja": "Nu doen" without the note, and no bezwaar step (as before)', () => {
    const p = planAt(log(refusalAnswered({ 'tlv-eens': 'ja' }), [ev('x', 'tlv-toegekend', GRANTED, 'brief')]), TODAY);
    expect(step(p, 'tlv-inschrijven')).toMatchObject({ group: 'nu' });
    expect(step(p, 'tlv-inschrijven')!.note).toBeUndefined();
    expect(step(p, 'tlv-bezwaar')).toBeUndefined();
  });
});

describe('2. the newest TLV refusal\'s own step names its date beside an earlier TLV decision\'s step', () => {
  for (const b of BASES) {
    it(`${b.name}, then refused again 2 or 9 days later: tlv-bezwaar's title names the new refusal's date (failed before)`, () => {
      for (const gap of [2, 9]) {
        const day = addDays(REFUSED, gap);
        const p = planAt(story(b, ev('x', 'tlv-afgewezen', day, 'brief')), TODAY);
        const own = step(p, 'tlv-bezwaar')!;
        expect(own).toMatchObject({ texts: NEWEST, params: { besluit: day }, deadline: { start: day, due: addWeeks(day, 6), certain: false } });
        const earlier = step(p, 'eerdere-tlv-afwijzing')!;
        for (const lang of LANGS) {
          const t = tFor(lang);
          const title = stepText(own, 'title', t);
          expect(title, lang).toContain(formatDate(day, lang));
          expect(title, lang).not.toBe(stepText(earlier, 'title', t));
          for (const part of ['why', 'late', 'check']) {
            const text = stepText(own, part, t);
            expect(text, `${lang} ${part}`).not.toBe('');
            expect(text).not.toMatch(/\{\{|tlv37|planStep/);
            expect(text, `${lang} ${part}`).not.toMatch(/(?<!\.)\.\.(?!\.)/);
          }
          expect(stepText(own, 'why', t)).toContain(formatDate(day, lang));
        }
      }
    });
  }

  it('three refusals: the newest names its date, the two earlier ones keep theirs (failed before)', () => {
    const p = planAt(story(BASES[1]!, ev('x', 'tlv-afgewezen', '2026-05-11'), ev('y', 'tlv-afgewezen', '2026-05-18')), TODAY);
    expect(step(p, 'tlv-bezwaar')).toMatchObject({ texts: NEWEST, params: { besluit: '2026-05-18' } });
    expect(step(p, 'eerdere-tlv-afwijzing')?.params['besluit']).toBe(REFUSED);
    expect(step(p, 'eerdere-tlv-afwijzing-2')?.params['besluit']).toBe('2026-05-11');
  });

  it('a refusal, a new application, then refused again (s33/s34): the newest names its date (failed before)', () => {
    const p = planAt(story(BASES[1]!, ev('a', 'tlv-aangevraagd', '2026-05-08'), ev('x', 'tlv-afgewezen', '2026-05-18')), TODAY);
    expect(step(p, 'tlv-bezwaar')).toMatchObject({ texts: NEWEST, params: { besluit: '2026-05-18' } });
  });

  it('guard: one refusal only, or the earlier refusal\'s term passed (no earlier step): the plain texts, as before', () => {
    expect(step(planAt(log(refusalAnswered(), []), TODAY), 'tlv-bezwaar')!.texts).toBeUndefined();
    const s = story(BASES[1]!, ev('x', 'tlv-afgewezen', '2026-05-13'));
    const after = planAt(s, addDays(addWeeks(REFUSED, 6), 1));
    expect(step(after, 'eerdere-tlv-afwijzing')).toBeUndefined();
    expect(step(after, 'tlv-bezwaar')!.texts).toBeUndefined();
  });

  it('guard: granted after the refusal: the grant\'s own texts (session 34), not these', () => {
    const p = planAt(story(BASES[1]!, ev('x', 'tlv-toegekend', GRANTED)), TODAY);
    expect(step(p, 'tlv-bezwaar')!.texts).toBe('ui:tlv34.planStep.bezwaarToekenning');
  });
});
