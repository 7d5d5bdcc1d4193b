/**
 * Session 60 (issue 17): the reading pages (a chapter, the begrippenlijst, search, the info pages) wait only for
 * readtexts.<lang> (READ_TEXT_SECTIONS, with the contents), not for pagetexts.<lang>. A text of theirs from another
 * page-text section would show as its raw key until the page texts arrive after the paint, and nothing would draw it
 * again. So every interface text these pages and the components they draw ask for is in the first load's texts (core)
 * or in READ_TEXT_SECTIONS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_TEXT_SECTIONS, READ_TEXT_SECTIONS } from '../../src/content/compile/compile';

const ROOT = join(import.meta.dirname, '../..');
const FILES = [
  'src/ui/pages/ReadPage.tsx', 'src/ui/pages/GlossaryPage.tsx', 'src/ui/pages/InfoPage.tsx', 'src/ui/pages/SearchPage.tsx',
  'src/ui/pages/NotFoundPage.tsx', 'src/ui/components/RichText.tsx', 'src/ui/components/Heading.tsx', 'src/ui/components/Link.tsx',
];
/** The section of every text a file asks for by a literal key: t('section.…'), t.raw('section.…'), t.exists('section.…'). */
const sectionsIn = (file: string) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bt(?:\.raw|\.exists)?\(\s*['`]([a-zA-Z0-9_]+)\./g)].map((m) => m[1]!);

describe('the reading pages ask only for texts that are there before their first screen', () => {
  it('every section they use is core (not a page-text section) or one of READ_TEXT_SECTIONS', () => {
    const used = new Set(FILES.flatMap(sectionsIn));
    expect(used.size).toBeGreaterThan(3);
    for (const section of ['read', 'glossary', 'search']) expect(used, section).toContain(section);
    const missing = [...used].filter((s) => PAGE_TEXT_SECTIONS.includes(s) && !READ_TEXT_SECTIONS.includes(s));
    expect(missing).toEqual([]);
  });

  it('READ_TEXT_SECTIONS are page-text sections that exist in the Dutch texts', () => {
    const ui = readFileSync(join(ROOT, 'content/nl/ui.yaml'), 'utf8');
    for (const s of READ_TEXT_SECTIONS) {
      expect(PAGE_TEXT_SECTIONS, s).toContain(s);
      expect(ui, s).toMatch(new RegExp(`^${s}:`, 'm'));
    }
  });
});
