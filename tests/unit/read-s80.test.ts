/**
 * Session 80: session 79 put the long step texts ("why") in paragraphs, but a warning's text and a passed term's "late"
 * text were still one block: up to 1,164 characters (the refusal-without-another-school warning) and 1,068 (a suspension
 * read in the summer, its week past). Ten such texts of 700 characters or more now have breaks, at the same places in six
 * languages, and the plan page and the plan command show each paragraph on its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { VNode } from 'preact';
import { paragraphs } from '../../src/ui/paragraphs';
import { stepView, warningText } from '../../src/ui/pages/PlanPage';
import { flat } from '../../src/content/compile/validate';
import { deadline } from '../../src/rules/deadlines';
import type { PlanStep, PlanWarning } from '../../src/rules/plan';
import { SUSPENSION_SUMMER_TEXTS } from '../../src/rules/steps/thuiszitten';
import { run } from '../../src/cli/plan';
import { loadPlanTexts, tFor } from './plan-texts';
import { ALL, OTHERS, content } from './lang-texts';

/** Every warning's text and every step's late text (steps.yaml and the ui.yaml planStep/warning texts), by key. */
function texts(lang: string): Map<string, string> {
  const c = content[lang]!;
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(c.warnings)) out.set(`steps:warnings.${k}.text`, v.text);
  for (const [k, v] of Object.entries(flat(c.steps))) if (k.endsWith('.late')) out.set(`steps:steps.${k}`, v);
  for (const [k, v] of Object.entries(flat(c.ui))) if ((k.includes('.warning.') && k.endsWith('.text')) || (k.includes('.planStep.') && k.endsWith('.late'))) out.set(`ui:${k}`, v);
  return out;
}

/** The <p> texts in a list of vnodes, in order (nested ones too). */
function ps(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => ps(n, out));
  else if (node && typeof node === 'object') {
    const v = node as VNode<{ children?: unknown }>;
    if (v.type === 'p' && typeof v.props.children === 'string') out.push(v.props.children);
    else ps(v.props?.children, out);
  }
  return out;
}

describe('warning and late texts: long ones in paragraphs, the same in every language', () => {
  const nl = texts('nl');
  const long = [...nl].filter(([, v]) => v.replace(/\n/g, ' ').length >= 700);
  it('(failed before) every Dutch warning or late text of 700 characters or more has breaks, no paragraph over 800', () => {
    expect(long.length).toBeGreaterThanOrEqual(10);
    for (const [k, v] of long) {
      const p = paragraphs(v);
      expect(p.length, k).toBeGreaterThan(1);
      for (const x of p) expect(x.length, `${k}: ${x.slice(0, 60)}`).toBeLessThanOrEqual(800);
    }
  });
  it('every translation has as many paragraphs as the Dutch, and a break never sits inside a sentence', () => {
    for (const lang of OTHERS) {
      const o = texts(lang);
      for (const [k, v] of nl) expect(paragraphs(o.get(k) ?? '').length, `${lang} ${k}`).toBe(paragraphs(v).length);
    }
    for (const lang of ALL)
      for (const [k, v] of texts(lang)) for (const p of paragraphs(v).slice(0, -1)) expect(p, `${lang} ${k}`).toMatch(/[.?!؟:)"'»”]$/);
  });
});

describe('the plan page and the plan command show them as paragraphs', () => {
  beforeAll(loadPlanTexts);
  it('(failed before) a warning: one <p> per paragraph, in every language', () => {
    const w = { id: 'weigering-zonder-andere-school', section: 'x' } as PlanWarning;
    for (const lang of ALL) {
      const t = tFor(lang);
      const text = paragraphs(t.raw('steps:warnings.weigering-zonder-andere-school.text'));
      expect(text.length, lang).toBe(3);
      expect(ps(warningText(w, t)), lang).toEqual(text);
    }
  });
  it('(failed before) a passed term\'s late text: one <p> per paragraph, in every language', () => {
    const step = {
      id: 'schorsing-einde', group: 'nu', section: 'x', letters: [], contacts: [], params: {}, texts: SUSPENSION_SUMMER_TEXTS,
      deadline: deadline('2027-07-05', 'schorsing-begin', 1, 'weeks', '2027-07-20'),
    } as unknown as PlanStep;
    expect(step.deadline!.status).toBe('passed');
    for (const lang of ALL) {
      const t = tFor(lang);
      const late = paragraphs(t.raw(`${SUSPENSION_SUMMER_TEXTS}.late`));
      expect(late.length, lang).toBe(4);
      const shown = ps(stepView(step, t, false));
      for (const p of late) expect(shown, `${lang}: ${p.slice(0, 40)}`).toContain(p);
    }
  });
  it('(failed before) the plan command writes a blank line between a warning\'s paragraphs', async () => {
    const r = await run(['tests/answers/aanmelden-geweigerd.json', '--today', '2026-12-07']);
    expect(r.code, r.stderr).toBe(0);
    const text = paragraphs(tFor('nl').raw('steps:warnings.weigering-zonder-andere-school.text'));
    expect(r.stdout).toContain(text.join('\n\n'));
  });
});
