/**
 * The calendar file (src/rules/ics.ts): parsed back with a small RFC 5545 reader written here, and
 * held against the plan's own deadlines for every example answers file and a few answer objects,
 * on a fixed day (23 November 2026), in Dutch and English, with the texts the plan page uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, type Plan, type PlanStep } from '../../src/rules/plan';
import { stepRules } from '../../src/rules/catalogue';
import { addDays } from '../../src/rules/calendar';
import { calendarSteps, escapeText, foldLine, planToIcs, type IcsTexts } from '../../src/rules/ics';
import { addTexts, initI18n, makeT, setLanguage, type T } from '../../src/app/i18n';
import { deadlineArithmetic, icsTexts, stepText } from '../../src/ui/deadlineText';
import type { Answers } from '../../src/flow/answers';
import stepsNl from '../../src/content/generated/steps.nl';
import stepsEn from '../../src/content/generated/steps.en';
import uiNl from '../../src/content/generated/pagetexts.nl';
import uiEn from '../../src/content/generated/pagetexts.en';

const TODAY = '2026-11-23';
const DIR = fileURLToPath(new URL('../answers', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const fromFile = (f: string): Answers => (JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as { answers: Answers }).answers;

/** Answer objects beside the files: one with a passed deadline, one with an uncertain one, one without deadlines. */
const OBJECTS: Record<string, Answers> = {
  'aanmelding lang geleden (besluit te laat)': { ...fromFile('aanmelden-schriftelijk-wachten.json'), 'aanmelding-datum': '2026-09-01' },
  'tlv besluit oneens': fromFile('tlv-besluit-oneens.json'),
  'alleen lezen': { situatie: ['lezen'] },
};
const CASES: [string, Answers][] = [...files.map((f): [string, Answers] => [f, fromFile(f)]), ...Object.entries(OBJECTS)];

// ── A small iCalendar reader ───────────────────────────────────────────────────────────────

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  type: string;
  props: Prop[];
  children: Component[];
}

const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Physical lines: CRLF only, each at most 75 octets; then unfolded and split into name, parameters, value. */
function parseIcs(text: string): Component {
  expect(text.endsWith('\r\n'), 'ends with CRLF').toBe(true);
  expect(/(?<!\r)\n/.test(text), 'bare LF').toBe(false);
  expect(/\r(?!\n)/.test(text), 'bare CR').toBe(false);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(Buffer.byteLength(line, 'utf8'), `line longer than 75 octets: ${line}`).toBeLessThanOrEqual(75);
    // A fold in the middle of a UTF-16 surrogate pair would leave a lone surrogate.
    expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const root: Component = { type: 'ROOT', props: [], children: [] };
  const stack = [root];
  for (const line of logical) {
    let i = 0;
    let quoted = false;
    for (; i < line.length; i++) {
      if (line[i] === '"') quoted = !quoted;
      else if (line[i] === ':' && !quoted) break;
    }
    expect(i, `no ":" in ${line}`).toBeLessThan(line.length);
    const [name = '', ...rawParams] = line.slice(0, i).split(';');
    const params = Object.fromEntries(rawParams.map((p) => p.split('=') as [string, string]));
    const value = line.slice(i + 1);
    const top = stack[stack.length - 1]!;
    if (name === 'BEGIN') {
      const c: Component = { type: value, props: [], children: [] };
      top.children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      expect(top.type).toBe(value);
      stack.pop();
    } else top.props.push({ name, params, value });
  }
  expect(stack.length, 'every BEGIN has its END').toBe(1);
  expect(root.children.map((c) => c.type)).toEqual(['VCALENDAR']);
  return root.children[0]!;
}

const prop = (c: Component, name: string): Prop => {
  const found = c.props.filter((p) => p.name === name);
  expect(found.length, `${c.type} has one ${name}`).toBe(1);
  return found[0]!;
};
const dateOf = (v: string) => `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;

// ── The texts of the plan page ─────────────────────────────────────────────────────────────

const ts: Partial<Record<'nl' | 'en', T>> = {};
beforeAll(async () => {
  await initI18n('nl');
  addTexts('nl', 'steps', stepsNl);
  addTexts('nl', 'ui', uiNl);
  await setLanguage('en');
  addTexts('en', 'steps', stepsEn);
  addTexts('en', 'ui', uiEn);
});
async function tFor(lang: 'nl' | 'en'): Promise<T> {
  await setLanguage(lang);
  return (ts[lang] = makeT());
}

describe('planToIcs against the plan', () => {
  let withEvents = 0;
  let skipped = 0;
  let uncertain = 0;

  for (const lang of ['nl', 'en'] as const) {
    for (const [name, answers] of CASES) {
      it(`${lang} ${name}: one all-day event with a reminder per deadline that has not passed, on its due date`, async () => {
        const t = await tFor(lang);
        const plan = buildPlan(answers, TODAY);
        const cal = parseIcs(planToIcs(plan, icsTexts(t)));
        expect(prop(cal, 'VERSION').value).toBe('2.0');
        expect(prop(cal, 'PRODID').value).toMatch(/^-\/\/.+\/\/.+\/\/[A-Z]{2}$/);
        expect(prop(cal, 'CALSCALE').value).toBe('GREGORIAN');
        expect(prop(cal, 'METHOD').value).toBe('PUBLISH');

        const dated = plan.steps.filter((s): s is PlanStep & { deadline: NonNullable<PlanStep['deadline']> } => !!s.deadline);
        const expected = dated.filter((s) => s.deadline.status !== 'passed');
        const passed = dated.filter((s) => s.deadline.status === 'passed');
        expect(cal.children.every((c) => c.type === 'VEVENT')).toBe(true);
        // The events' dates are exactly the due dates of the deadlines still ahead, in plan order.
        expect(cal.children.map((e) => dateOf(prop(e, 'DTSTART').value))).toEqual(expected.map((s) => s.deadline.due));
        expect(calendarSteps(plan).upcoming.map((s) => s.id)).toEqual(expected.map((s) => s.id));

        cal.children.forEach((ev, i) => {
          const step = expected[i]!;
          const d = step.deadline;
          expect(prop(ev, 'DTSTART').params).toEqual({ VALUE: 'DATE' });
          expect(prop(ev, 'DTEND').params).toEqual({ VALUE: 'DATE' });
          expect(dateOf(prop(ev, 'DTEND').value)).toBe(addDays(d.due, 1));
          expect(prop(ev, 'UID').value).toBe(`${step.id}-${d.due.replace(/-/g, '')}@wegwijzer`);
          expect(prop(ev, 'DTSTAMP').value).toMatch(/^\d{8}T\d{6}Z$/);
          // Who must do what by then (issue 12), then the same words as on the screen.
          const who = t.raw(`ui:calendarEvents.${step.id}`, { uren: step.params['uren'] ?? '' });
          expect(who).not.toBe(`calendarEvents.${step.id}`);
          expect(unescapeText(prop(ev, 'SUMMARY').value)).toBe(who);
          const description = unescapeText(prop(ev, 'DESCRIPTION').value).split('\n');
          expect(description[0]).toBe(who);
          expect(description[1]).toBe(deadlineArithmetic(d, t));
          expect(description[2]).toBe(t('calendarEvents.what', { title: stepText(step, 'title', t) }));
          if (d.certain) expect(description).toHaveLength(3);
          else {
            uncertain++;
            expect(description[3]).toContain(t('plan.uncertain'));
            const check = stepText(step, 'check', t);
            if (check) expect(description[3]).toContain(check);
          }
          const alarms = ev.children;
          expect(alarms.map((a) => a.type)).toEqual(['VALARM']);
          expect(prop(alarms[0]!, 'ACTION').value).toBe('DISPLAY');
          expect(prop(alarms[0]!, 'TRIGGER').value).toBe('-P3D');
          expect(unescapeText(prop(alarms[0]!, 'DESCRIPTION').value)).toContain(stepText(step, 'title', t));
        });
        // Passed deadlines are not in the calendar.
        const uids = cal.children.map((e) => prop(e, 'UID').value);
        for (const s of passed) expect(uids.some((u) => u.startsWith(`${s.id}-`))).toBe(false);
        skipped += passed.length;
        if (cal.children.length) withEvents++;
      });
    }
  }

  it('every step that can have a deadline says who must do what by then, in every language', async () => {
    const dated = stepRules.filter((r) => r.deadline).map((r) => r.id);
    expect(dated.length).toBeGreaterThanOrEqual(8);
    for (const lang of ['nl', 'en'] as const) {
      const t = await tFor(lang);
      for (const id of dated) expect(t.exists(`ui:calendarEvents.${id}`), `${lang}: calendarEvents.${id}`).toBe(true);
    }
  });

  it('the cases above are not empty: events, a passed deadline left out and an uncertain deadline explained', () => {
    expect(withEvents).toBeGreaterThanOrEqual(10);
    expect(skipped).toBeGreaterThan(0);
    expect(uncertain).toBeGreaterThan(0);
  });

  it('the same plan gives the same UIDs (importing again replaces, not doubles); another due date another UID', async () => {
    const t = await tFor('nl');
    const uids = (plan: Plan) => [...planToIcs(plan, icsTexts(t)).matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    const answers = fromFile('aanmelden-schriftelijk-wachten.json');
    const a = uids(buildPlan(answers, TODAY));
    expect(a.length).toBeGreaterThan(0);
    expect(uids(buildPlan(answers, '2026-11-24'))).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    const later = uids(buildPlan({ ...answers, 'aanmelding-datum': '2026-11-09' }, TODAY));
    expect(later).not.toEqual(a);
  });

  it('an answer set with only passed deadlines gives a calendar without events', async () => {
    const t = await tFor('nl');
    const plan = buildPlan({ ...fromFile('aanmelden-schriftelijk-wachten.json'), 'aanmelding-datum': '2026-09-01' }, TODAY);
    const { upcoming, passed } = calendarSteps(plan);
    expect(passed.length).toBeGreaterThan(0);
    const cal = parseIcs(planToIcs(plan, icsTexts(t)));
    expect(cal.children.length).toBe(upcoming.length);
  });
});

describe('escaping and folding', () => {
  const plan = buildPlan(fromFile('tlv-besluit-oneens.json'), TODAY);
  const nasty = 'Bezwaar; tegen het besluit, met C:\\map\\brief en\neen tweede regel';
  const long = 'Één lange titel met ë, é, ü en 😀 die zeker langer is dan vijfenzeventig octets, 😀😀😀 echt waar';
  const texts: IcsTexts = {
    calendarName: 'Agenda; met, tekens\\',
    title: (s) => (s.id === plan.steps.find((x) => x.deadline)!.id ? nasty : long),
    arithmetic: () => long + long,
    uncertain: () => 'Vraag het na; bel, mail\\schrijf',
    alarm: () => nasty,
  };
  const text = planToIcs(plan, texts, new Date('2026-11-23T09:08:07.654Z'));

  it('escapes backslash, semicolon, comma and newlines in TEXT values', () => {
    expect(text.replace(/\r\n[ \t]/g, '')).toContain('SUMMARY:Bezwaar\\; tegen het besluit\\, met C:\\\\map\\\\brief en\\neen tweede regel');
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const cal = parseIcs(text);
    expect(unescapeText(prop(cal, 'X-WR-CALNAME').value)).toBe('Agenda; met, tekens\\');
    const first = cal.children[0]!;
    expect(unescapeText(prop(first, 'SUMMARY').value)).toBe(nasty);
    expect(unescapeText(prop(first.children[0]!, 'DESCRIPTION').value)).toBe(nasty);
  });

  it('folds at 75 octets without splitting a character; unfolding gives the text back', () => {
    const physical = text.split('\r\n');
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    expect(Math.max(...physical.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
    const cal = parseIcs(text);
    const second = cal.children[1]!;
    expect(unescapeText(prop(second, 'SUMMARY').value)).toBe(long);
    expect(unescapeText(prop(second, 'DESCRIPTION').value).split('\n')[0]).toBe(long + long);
    // Octet-exact: 80 ASCII characters fold into 75 + (space + 5); a 4-byte emoji at the edge moves whole.
    expect(foldLine('x'.repeat(80))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
    expect(foldLine(`${'x'.repeat(73)}😀y`)).toBe(`${'x'.repeat(73)}\r\n 😀y`);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('DTSTAMP is the moment given, in UTC', () => {
    expect(text).toContain('DTSTAMP:20261123T090807Z');
  });
});
