/**
 * Session 63, read as a parents' lawyer: a written removal or refusal whose date the parent does not know.
 *
 * Nina (tests/scenarios/048-blind-s62.yaml, s048-verwijdering-zomer-datum-weet-niet): a removal letter came in July 2027
 * while the family was away and is lost; its date is "weet niet"; no bezwaar yet. Read on Wed 25 Aug 2027.
 * What a correct plan must say, written down from FACTS.md first:
 * - The 6 weeks for bezwaar run from the decision (C09, 002:846-850): a letter of mid-July ends them about now. Filing
 *   early never misses a term, so the first thing is not "find that date first" but "do not wait: you may object now".
 *   Before this change the first screen said "Misschien loopt er al een termijn … Zoek die datum eerst uit", and only
 *   the fourth step under "Nu doen" said not to wait (the first test failed, in every language).
 * - The same for a lost refusal letter (A21, 002:748-750).
 * Nina with a bezwaar made on Tue 24 Aug 2027 (the date of the decision still unknown):
 * - The finder step said "Je mag nu al bezwaar maken bij het schoolbestuur" to a parent who had done so. It must not; the
 *   date still matters for the Geschillencommissie (EXT 6 weeks from the decision, F13: "waarschijnlijk"), and the
 *   first screen keeps "find that date". Checked against the build before this change: every test failed but the guard
 *   "the first screen keeps find that date", which held before and after.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import { loadTexts, renderFirstScreen, renderMarkdown, type Texts } from '../../src/cli/plan';
import { LANGUAGES, type LangCode as Lang } from '../../src/languages';
import { A } from './lawyer-kit';

const LANGS: Lang[] = LANGUAGES.map((l) => l.code);
const texts = {} as Record<Lang, Texts>;
beforeAll(async () => {
  for (const l of LANGS) texts[l] = await loadTexts(l);
}, 60_000);

const nina = (extra: Record<string, unknown> = {}) =>
  A({
    situatie: ['handelingsverlegen', 'thuiszitten'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
    'verwijdering-datum': 'weet-niet', 'verwijdering-andere-school': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
    'thuis-reden': 'verwijderd', 'thuis-sinds': '2027-08-23', 'thuis-hoeveel': 'helemaal', ingeschreven: 'weet-niet', 'lessen-nu': 'nee',
    'lpa-betrokken': 'nee', opp: 'weet-niet', 'swv-betrokken': 'weet-niet', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee',
    tekenen: 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
    'aanbod-geweigerd': 'nee', ...extra,
  });
/** A refusal by letter, the letter lost; the child needs extra support (so the Geschillencommissie is open, F07). */
const refused = (extra: Record<string, unknown> = {}) =>
  A({
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-05-10', 'aanmelding-bevestiging': 'ja',
    'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja',
    'weigering-datum': 'weet-niet', 'weigering-andere-school': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
    'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-1-2',
    ...extra,
  });
const TODAY = '2027-08-25';
const stepBlock = (md: string, title: RegExp) => {
  const start = md.search(title);
  expect(start, String(title)).toBeGreaterThan(-1);
  const rest = md.slice(start);
  const end = rest.slice(4).search(/\n### /);
  return end < 0 ? rest : rest.slice(0, end + 4);
};

describe('a lost written decision, no bezwaar yet: the first screen says not to wait', () => {
  it('Nina, removal: "misschien lopen de 6 weken voor bezwaar al … je mag nu al bezwaar maken" (failed before)', () => {
    const first = renderFirstScreen(buildPlan(nina(), TODAY), texts.nl);
    expect(first).toMatch(/misschien lopen de 6 weken voor bezwaar al[\s\S]*Wacht daar niet op: je mag nu al bezwaar maken/);
    expect(first).not.toContain('Zoek die datum eerst uit');
    expect(first).toContain('Voor: Zoek uit wanneer de verwijdering besloten is');
  });

  it('a lost refusal letter the same', () => {
    const first = renderFirstScreen(buildPlan(refused(), TODAY), texts.nl);
    expect(first).toMatch(/je mag nu al bezwaar maken/);
    expect(first).not.toContain('Zoek die datum eerst uit');
  });

  it('in every language the line differs from the old one and carries "bezwaar" and the 6', () => {
    for (const l of LANGS) {
      const first = renderFirstScreen(buildPlan(nina(), TODAY), texts[l]);
      const ui = texts[l].ui as { firstScreen: { clockUnknown: string }; filed63: { clockUnknownObjectNow: string } };
      expect(first, l).toContain(ui.filed63.clockUnknownObjectNow);
      expect(first, l).not.toContain(ui.firstScreen.clockUnknown);
      expect(ui.filed63.clockUnknownObjectNow, l).toMatch(/bezwaar/);
      expect(ui.filed63.clockUnknownObjectNow, l).toMatch(/\b6\b/);
    }
  });
});

describe('a lost written decision, bezwaar made on Tue 24 Aug 2027: the step no longer says to make one', () => {
  const made = { 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2027-08-24' };

  it('Nina: the finder step asks whether the bezwaar was against this decision and keeps the date for the Geschillencommissie (failed before)', () => {
    const step = stepBlock(renderMarkdown(buildPlan(nina(made), TODAY), texts.nl), /### \d+\. Zoek uit wanneer de verwijdering besloten is/);
    expect(step).not.toContain('Je mag nu al bezwaar maken');
    expect(step).toContain('Je hebt al bezwaar gemaakt. Was dat tegen dit besluit?');
    expect(step).toMatch(/Geschillencommissie passend onderwijs telt waarschijnlijk vanaf die dag/);
  });

  it('refusal: the same, the Geschillencommissie only for a child who needs extra support (F07)', () => {
    const step = stepBlock(renderMarkdown(buildPlan(refused(made), TODAY), texts.nl), /### \d+\. Zoek uit wanneer je de weigering hoorde/);
    expect(step).not.toContain('Je mag nu al bezwaar maken');
    expect(step).toMatch(/Heeft je kind extra ondersteuning nodig\? Dan telt ook de termijn voor de Geschillencommissie/);
  });

  it('the first screen keeps "find that date" (not "object now") once a bezwaar is made', () => {
    const first = renderFirstScreen(buildPlan(nina(made), TODAY), texts.nl);
    expect(first).not.toMatch(/je mag nu al bezwaar maken/);
    expect(first).toMatch(/Misschien loopt er (ook )?al een termijn/);
  });

  it('in every language the made-bezwaar text is used, not the "object now" text', () => {
    for (const l of LANGS) {
      const md = renderMarkdown(buildPlan(nina(made), TODAY), texts[l]);
      const steps = texts[l].steps as unknown as { steps: Record<string, { why: string }> };
      const ui = texts[l].ui as { filed63: { planStep: { verwijderdatumBezwaarGemaakt: { why: string } } } };
      expect(md, l).toContain(ui.filed63.planStep.verwijderdatumBezwaarGemaakt.why);
      expect(md, l).not.toContain(steps.steps['verwijderdatum-achterhalen']!.why);
    }
  });
});
