/**
 * Session 84: the first screen put a full stop after a TLV's end line ("De TLV van <grant> gold tot <end>."). A Ukrainian date
 * ends in "р." (formatDateInText), so it read "діяло до 31 липня 2027 р.." (s84-refusal saw it in the plan's first screen).
 * endSentence adds the stop only where the text has none; the plan page (firstDueText) and the CLI (renderFirstScreen) both use it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { endSentence } from '../../src/rules/dateInText';
import { firstDueText } from '../../src/ui/deadlineText';
import { loadTexts, renderFirstScreen } from '../../src/cli/plan';
import { LANGS } from './texts-kit';
import { loadPlanTexts, tFor } from './plan-texts';
import { granted, step } from './tlv-kit';
import { planAt } from './timeline-log';
import { TLV_END } from '../../src/timeline/earlier';

/** A TLV granted on 15 June 2026 until 31 July 2027, read after its end. */
const plan = () => planAt(granted('2027-07-31'), '2027-09-06');

beforeAll(loadPlanTexts);

describe('a text that ends a sentence', () => {
  it('gets a full stop only where it has none', () => {
    expect(endSentence('gold tot 31 juli 2027')).toBe('gold tot 31 juli 2027.');
    expect(endSentence('діяло до 31 липня 2027 р.')).toBe('діяло до 31 липня 2027 р.');
    expect(endSentence('Klaar?')).toBe('Klaar?');
  });

  it('the first screen\'s TLV end line, on the plan page and in the CLI, in every language: one full stop (uk failed before)', async () => {
    const d = step(plan(), TLV_END)!.deadline!;
    expect(d.status).toBe('passed');
    for (const lang of LANGS) {
      const page = firstDueText(d, tFor(lang));
      expect(page, lang).not.toMatch(/\.\.$/);
      expect(page, lang).toMatch(/\.$/);
      expect(page, lang).toContain(lang === 'uk' ? '2027 р.' : '2027');
      const cli = renderFirstScreen(plan(), await loadTexts(lang));
      expect(cli, lang).toContain(page);
      expect(cli, lang).not.toMatch(/р\.\./);
    }
  });
});
