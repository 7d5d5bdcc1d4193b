/**
 * Session 85 (s85-winter, 2): the TLV bezwaar step (tlv-bezwaar) now says that the school board can also make bezwaar
 * against the samenwerkingsverband's decision about the TLV (FACTS E16; 001:939-941; content/nl chapter 7 says it too).
 * Useful when the parents and the school both want the special school and the TLV is refused. One sentence in
 * content/<lang>/steps.yaml, six languages. Failed on e4b98762 (the step did not say it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import { loadTexts, renderMarkdown, type Lang } from '../../src/cli/plan';
import type { Answers } from '../../src/flow/answers';

const BOARD: Record<Lang, RegExp> = {
  nl: /Ook het schoolbestuur kan bezwaar maken tegen het besluit over de TLV\./,
  en: /The school board \(schoolbestuur\) can also object to the decision on the TLV\./,
  ar: /أيضاً أن يعترض على القرار عن الـ/, // the Latin words around it (schoolbestuur, TLV) are isolated for right-to-left display
  tr: /Okul yönetim kurulu \(schoolbestuur\) da TLV hakkındaki karara itiraz edebilir\./,
  pl: /Zarząd szkoły \(schoolbestuur\) też może złożyć sprzeciw wobec decyzji o TLV\./,
  uk: /Правління школи \(schoolbestuur\) теж може подати заперечення проти рішення про TLV\./,
};

const base = (JSON.parse(readFileSync('tests/answers/tlv-besluit-oneens.json', 'utf8')) as { answers: Answers }).answers;
/** A TLV refused on 18 December 2026; the parents disagree (and the school applied for it). */
const refused: Answers = { ...base, 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-12-18' };

describe('tlv-bezwaar: the school board can also make bezwaar (E16)', () => {
  it('(failed before) a refused TLV, the parents disagree: the sentence is shown at tlv-bezwaar, in six languages', async () => {
    const plan = buildPlan(refused, '2026-12-21');
    expect(plan.steps.some((s) => s.id === 'tlv-bezwaar')).toBe(true);
    for (const lang of Object.keys(BOARD) as Lang[]) {
      const md = renderMarkdown(plan, await loadTexts(lang));
      // Shown, and once (one step says it).
      expect(md.match(new RegExp(BOARD[lang].source, 'g'))?.length ?? 0, lang).toBe(1);
    }
  });
  it('(failed before) Dutch: right after "not against the school\'s application", in the step\'s why', async () => {
    const md = renderMarkdown(buildPlan(refused, '2026-12-21'), await loadTexts('nl'));
    expect(md).toMatch(/Dus niet tegen de aanvraag van de school\.\s+Ook het schoolbestuur kan bezwaar maken tegen het besluit over de TLV\./);
  });
  it('not where no bezwaar is open: a refused TLV the parents agree with (na-tlv-afwijzing only)', async () => {
    const agreed = buildPlan({ ...refused, 'tlv-eens': 'ja' }, '2026-12-21');
    expect(agreed.steps.some((s) => s.id === 'tlv-bezwaar')).toBe(false);
    expect(renderMarkdown(agreed, await loadTexts('nl'))).not.toMatch(BOARD.nl);
  });
});
