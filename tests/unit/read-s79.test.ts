/**
 * Session 79 (s79-read): a plan step's long "why" as a stressed parent reads it on a phone. Before, the plan page put the
 * whole why (up to 32 sentences) in one <p>; the text itself had no paragraphs. Now a newline in a text is a paragraph
 * break (a blank line in a folded YAML block, `\n` in a quoted one): the plan page gives each paragraph its own <p>, the
 * plan command a blank line, and every Dutch why of 700 characters or more (67 texts) has breaks, the same in all five translations.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { VNode } from 'preact';
import { paragraphs } from '../../src/ui/paragraphs';
import { stepView } from '../../src/ui/pages/PlanPage';
import { flat } from '../../src/content/compile/validate';
import type { PlanStep } from '../../src/rules/plan';
import { run } from '../../src/cli/plan';
import { loadPlanTexts, tFor } from './plan-texts';
import { ALL, OTHERS, content } from './lang-texts';

/** Every plan step's why (steps.yaml and the ui.yaml planStep texts), by key, in one language. */
function whys(lang: string): Map<string, string> {
  const c = content[lang]!;
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(flat(c.steps))) if (k.endsWith('.why')) out.set(`steps:${k}`, v);
  for (const [k, v] of Object.entries(flat(c.ui))) if (k.endsWith('.why') && k.includes('.planStep.')) out.set(`ui:${k}`, v);
  return out;
}

/** The <p> elements directly inside a step's <li>, as text. */
function paragraphsOf(li: VNode): string[] {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const v = n as VNode<{ children?: unknown }>;
    if (v.type === 'p' && typeof v.props.children === 'string') out.push(v.props.children);
  };
  walk((li.props as { children?: unknown }).children);
  return out;
}

describe('paragraphs(): a newline is a paragraph break', () => {
  it('splits on one or more newlines, trims, drops empty parts', () => {
    expect(paragraphs('Een. Twee.\nDrie?\n\n  Vier.')).toEqual(['Een. Twee.', 'Drie?', 'Vier.']);
    expect(paragraphs('Geen breuk. Twee zinnen.')).toEqual(['Geen breuk. Twee zinnen.']);
  });
});

describe('the texts: the longest why texts have paragraphs, the same in every language', () => {
  const nl = whys('nl');
  const long = [...nl].filter(([, v]) => v.replace(/\n/g, ' ').length >= 700);
  it('(failed before) every Dutch why of 700 characters or more has paragraph breaks, none over 800 characters', () => {
    expect(long.length).toBeGreaterThanOrEqual(60);
    for (const [k, v] of long) {
      const ps = paragraphs(v);
      expect(ps.length, k).toBeGreaterThan(1);
      for (const p of ps) expect(p.length, `${k}: ${p.slice(0, 60)}`).toBeLessThanOrEqual(800);
    }
  });
  it('guard (passed before too: no text had breaks) every translation has as many paragraphs as the Dutch why', () => {
    for (const lang of OTHERS) {
      const o = whys(lang);
      for (const [k, v] of nl) expect(paragraphs(o.get(k) ?? '').length, `${lang} ${k}`).toBe(paragraphs(v).length);
    }
  });
  it('a break never sits inside a sentence: every paragraph but the last ends a sentence', () => {
    for (const lang of ALL)
      for (const [k, v] of whys(lang)) {
        const ps = paragraphs(v);
        for (const p of ps.slice(0, -1)) expect(p, `${lang} ${k}`).toMatch(/[.?!؟:)"'»”]$/);
      }
  });
});

describe('the plan page and the plan command read the breaks', () => {
  beforeAll(loadPlanTexts);
  const step: PlanStep = { id: 'opp-instemmen', group: 'soon', section: 'opp', letters: [], contacts: [], params: {} } as unknown as PlanStep;
  it('(failed before) stepView gives each paragraph of the why its own <p>, in every language', () => {
    for (const lang of ALL) {
      const t = tFor(lang);
      const why = t.raw('steps:steps.opp-instemmen.why');
      const ps = paragraphsOf(stepView(step, t, false) as VNode);
      expect(paragraphs(why).length, lang).toBeGreaterThan(1);
      expect(ps.slice(0, paragraphs(why).length), lang).toEqual(paragraphs(why));
    }
  });
  it('(failed before) the plan command writes a blank line between paragraphs', async () => {
    const r = await run(['tests/answers/combi-handelingsverlegen-tlv.json', '--today', '2026-12-07']);
    expect(r.code, r.stderr).toBe(0);
    const why = paragraphs(tFor('nl').raw('steps:steps.opp-instemmen.why'));
    expect(why.length).toBeGreaterThan(1);
    const at = r.stdout.indexOf(why[0]!);
    expect(at, 'opp-instemmen in the plan').toBeGreaterThan(0);
    expect(r.stdout.slice(at)).toContain(why.join('\n\n'));
  });
});
