import { describe, expect, it } from 'vitest';
import chaptersNl from '../../src/content/generated/chapters.nl';
import chaptersEn from '../../src/content/generated/chapters.en';
import type { Chapter } from '../../src/content/types';

/**
 * Session 37 (s37-lawyer): the reading text about the admission's decision term. The chapter said "so: at the latest 10
 * weeks after receipt there must be a decision" without the exception the brochure names for a registration for a new
 * school year (000:360-362), which the plan's step (besluit-aanmelding) and the reminder letter do name. A parent who
 * registered in January for August read a hard last day the school may not be bound to.
 * The plan side (the age of 3, the 6 + 4 weeks before a registration is sent) is held by tests/scenarios/026-advocaat-s37.yaml.
 */
const sectionText = (chapters: Chapter[], id: string): string => {
  for (const c of chapters) {
    const s = c.sections.find((x) => x.id === id);
    if (s) return JSON.stringify(s);
  }
  throw new Error(`no section ${id}`);
};

describe('session 37: the admission term in the chapter names its exception', () => {
  it('Dutch: the 10 weeks and, beside them, the new school year and whom to ask', () => {
    const t = sectionText(chaptersNl, 'na-aanmelding');
    expect(t).toMatch(/10 weken/);
    expect(t).toMatch(/nieuw schooljaar\? Dan kan een uitzondering gelden\. Vraag de school vanaf welke dag ze rekent/);
  });
  it('English: the same', () => {
    const t = sectionText(chaptersEn, 'na-aanmelding');
    expect(t).toMatch(/10 weeks/);
    expect(t).toMatch(/new school year\? Then an exception may apply\. Ask the school from which day it counts/);
  });
});
