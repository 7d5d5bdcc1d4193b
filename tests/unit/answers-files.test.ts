import { migrateAnswers } from '../../src/flow/migrate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { applicableAnswers, isComplete } from '../../src/flow/route';
import { buildPlan } from '../../src/rules/plan';
import { stepRules, warningRules } from '../../src/rules/catalogue';
import { parseAnswersFile, renderMarkdown, type Texts } from '../../src/cli/plan';
import stepsNl from '../../src/content/generated/steps.nl';
import stepsEn from '../../src/content/generated/steps.en';
import coreNl from '../../src/content/generated/core.nl';
import coreEn from '../../src/content/generated/core.en';
import uiNl from '../../src/content/generated/pagetexts.nl';
import uiEn from '../../src/content/generated/pagetexts.en';
import tocNl from '../../src/content/generated/toc.nl';
import tocEn from '../../src/content/generated/toc.en';

/** Every example answers file: version, completeness, a plan with something to do now, and all its texts exist. */

const DIR = fileURLToPath(new URL('../answers', import.meta.url));
const TODAY = '2026-11-23';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

const TEXTS: Texts[] = [
  { lang: 'nl', steps: stepsNl, core: coreNl, ui: uiNl, toc: tocNl },
  { lang: 'en', steps: stepsEn, core: coreEn, ui: uiEn, toc: tocEn },
];

/** The one example file kept at answers version 1: it proves that old files still give a plan. */
const V1_FILE = 'thuiszitten-verwijderd.json';

/** What each file is about: its situations and a step or warning that must be in its plan. */
const EXPECTED: Record<string, { situatie: string[]; has: string[] }> = {
  'aanmelden-schriftelijk-wachten.json': { situatie: ['aanmelden'], has: ['besluit-aanmelding', 'gesprek-voorbereiden'] },
  'aanmelden-telefonisch.json': { situatie: ['aanmelden'], has: ['telefoon-is-geen-aanmelding', 'schriftelijk-aanmelden'] },
  'aanmelden-geweigerd.json': { situatie: ['aanmelden'], has: ['bezwaar-weigering', 'weigering-zonder-andere-school'] },
  'handelingsverlegen.json': { situatie: ['handelingsverlegen'], has: ['handelingsverlegen-reageren', 'handelingsverlegen-zonder-opp'] },
  'thuiszitten-geschorst.json': { situatie: ['thuiszitten'], has: ['schorsing-einde', 'onderwijs-thuis-vragen'] },
  'thuiszitten-verwijderd.json': { situatie: ['thuiszitten'], has: ['bezwaar-verwijdering', 'verwijdering-zonder-school'] },
  'thuiszitten-wachtlijst.json': { situatie: ['thuiszitten'], has: ['wachtlijst-zorgplicht', 'onderwijs-thuis-vragen'] },
  'tlv-aangevraagd.json': { situatie: ['tlv'], has: ['tlv-zienswijze', 'tlv-aanvraag-inzien'] },
  'tlv-besluit-oneens.json': { situatie: ['tlv'], has: ['tlv-bezwaar', 'tlv-school-zoeken'] },
  'combi-tlv-thuiszitten.json': { situatie: ['thuiszitten', 'tlv'], has: ['wachtlijst-zorgplicht', 'verzuim-melding', 'onderwijs-thuis-vragen'] },
  'combi-handelingsverlegen-tlv.json': { situatie: ['handelingsverlegen', 'tlv'], has: ['handelingsverlegen-brief-beantwoorden', 'tlv-zienswijze', 'opp-instemmen', 'geschillencommissie'] },
  'handelingsverlegen-verwijderingsbesluit.json': { situatie: ['handelingsverlegen'], has: ['bezwaar-verwijdering', 'geschillencommissie', 'verwijdering-zonder-school', 'klacht-loopt'] },
  'combi-aanmelden-handelingsverlegen.json': { situatie: ['aanmelden', 'handelingsverlegen'], has: ['besluit-aanmelding', 'handelingsverlegen-reageren'] },
};

const STEP_IDS = new Set(stepRules.map((r) => r.id));
const WARNING_IDS = new Set(warningRules.map((r) => r.id));
const sectionIds = (t: Texts) => new Set(t.toc.chapters.flatMap((c) => c.sections.map((s) => s.id)));
const get = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, k) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[k] : undefined), root);

describe('example answers files', () => {
  it('has one file per situation and combination, and nothing else', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(files)('%s', (file) => {
    const data = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { version: number; answers: Record<string, string | string[]> };
    // As the plan command does: older versions are migrated first.
    const answers = migrateAnswers(data.version, data.answers);
    const plan = buildPlan(answers, TODAY);

    it('has the current version and valid answers (one file stays at version 1 to prove the migration)', () => {
      expect(data.version).toBe(file === V1_FILE ? 1 : ANSWERS_VERSION);
      expect(Object.keys(data).sort()).toEqual(['answers', 'version']);
      expect(() => parseAnswersFile(data, file, TODAY)).not.toThrow();
    });

    it('is complete, with no answers to questions that are not asked', () => {
      // The version-1 file lacks the questions added in version 2: the plan counts them as "weet ik niet".
      expect(isComplete(answers)).toBe(file !== V1_FILE);
      expect(applicableAnswers(answers)).toEqual(answers);
    });

    it('is about its situation', () => {
      expect(answers['situatie']).toEqual(EXPECTED[file]!.situatie);
      const ids = [...plan.steps.map((s) => s.id), ...plan.warnings.map((w) => w.id)];
      for (const id of EXPECTED[file]!.has) expect(ids, id).toContain(id);
    });

    it('gives a plan with at least one step to do now, and the steunpunt', () => {
      expect(plan.steps.filter((s) => s.group === 'nu').length).toBeGreaterThan(0);
      expect(plan.steps.map((s) => s.id)).toContain('steunpunt-bellen');
    });

    it.each(TEXTS)('has every text it needs ($lang)', (t) => {
      const sections = sectionIds(t);
      for (const s of plan.steps) {
        expect(STEP_IDS.has(s.id), s.id).toBe(true);
        const text = t.steps.steps[s.id];
        expect(text?.title, `steps.${s.id}.title`).toBeTruthy();
        expect(text?.why, `steps.${s.id}.why`).toBeTruthy();
        expect(sections.has(s.section), `section ${s.section}`).toBe(true);
        for (const l of s.letters) expect(t.toc.letterTitles[l], `letter ${l}`).toBeTruthy();
        for (const c of s.contacts) expect(typeof get(t.ui, `contact.${c}`), `contact.${c}`).toBe('string');
        expect(typeof get(t.ui, `plan.groups.${s.group}`), `plan.groups.${s.group}`).toBe('string');
        if (s.deadline) {
          expect(typeof get(t.ui, `deadline.start.${s.deadline.startWhat}`), `deadline.start.${s.deadline.startWhat}`).toBe('string');
          expect(typeof get(t.ui, `deadline.${s.deadline.unit}_other`)).toBe('string');
          if (!s.deadline.certain) expect(text?.check, `steps.${s.id}.check`).toBeTruthy();
          if (s.deadline.status === 'passed') expect(text?.late, `steps.${s.id}.late`).toBeTruthy();
        }
        if (s.moment) expect(typeof get(t.ui, `moment.${s.moment.what}`)).toBe('string');
      }
      for (const w of plan.warnings) {
        expect(WARNING_IDS.has(w.id), w.id).toBe(true);
        expect(t.steps.warnings[w.id]?.title, `warnings.${w.id}.title`).toBeTruthy();
        expect(t.steps.warnings[w.id]?.text, `warnings.${w.id}.text`).toBeTruthy();
        expect(sections.has(w.section), `section ${w.section}`).toBe(true);
      }
      // The whole plan renders, with every placeholder filled.
      const md = renderMarkdown(plan, t);
      expect(md).not.toMatch(/\{\{|\}\}/);
      // A step with texts of its own (PlanStep.texts, a "ui:" key) shows that title, as the plan page does.
      for (const s of plan.steps) {
        const title = s.texts?.startsWith('ui:') ? get(t.ui, `${s.texts.slice(3)}.title`) : t.steps.steps[s.id]!.title;
        expect(typeof title, `${s.texts ?? s.id}.title`).toBe('string');
        expect(md).toContain((title as string).replace(/\{\{.*$/, ''));
      }
    });
  });

  it('together cover every situation', () => {
    const all = new Set(files.flatMap((f) => (JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { answers: { situatie: string[] } }).answers.situatie));
    expect([...all].sort()).toEqual(['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv']);
  });
});
