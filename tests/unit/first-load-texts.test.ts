/**
 * The interface texts in the first load (core.<lang>, issue 17's 45 KB budget): only the sections the
 * start page, a question and the app's frame need. Every other section loads with the pages that use
 * it (PAGE_TEXT_SECTIONS in src/content/compile/compile.ts). A new ui.yaml section fails here until it
 * is placed on purpose: session 32's plan-step texts (hunt32) had gone into the first load (+0.4 KB).
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/languages';
import { PAGE_TEXT_SECTIONS } from '../../src/content/compile/compile';

/** What the first load needs: the start page, the questionnaire, the header, menu and footer, and the notices. */
const FIRST_LOAD = ['app', 'nav', 'start', 'question', 'error', 'storage', 'pwa', 'link', 'notFound', 'contactCard', 'timelineNav', 'questionFix', 'language', 'trust'];

describe('the first load carries only the interface texts it needs', () => {
  it.each(LANGUAGES.map((l) => l.code))('%s', async (code) => {
    const core = (await import(`../../src/content/generated/core.${code}.ts`)).default as { resources: { ui: Record<string, unknown> } };
    expect(Object.keys(core.resources.ui).sort()).toEqual([...FIRST_LOAD].sort());
  });

  it('every plan-step section of this and earlier sessions loads with the pages', () => {
    for (const section of ['months', 'open26', 'open28', 'wording31', 'hunt32', 'tlv33', 'open34', 'tlv34', 'reg35', 'hunt35', 'ext36', 'tlv37', 'share37', 'bez37', 'letter38', 'fp38', 'p1s38', 's45', 's46', 's47', 's48', 's52', 's54', 's55', 's56']) expect(PAGE_TEXT_SECTIONS).toContain(section);
  });
});
