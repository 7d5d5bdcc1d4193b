import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionsDocument } from '../../src/content/compile/questions-doc';
import { compileContent } from '../../src/content/compile/compile';
import { questions } from '../../src/flow/questions';

const root = join(import.meta.dirname, '../..');

describe('src/flow/QUESTIONS.md', () => {
  it('lists every question and is up to date with the code (run `npm run content` to refresh it)', () => {
    const nl = compileContent(root).content[0]!;
    const expected = questionsDocument(root, Object.fromEntries(Object.entries(nl.questions).map(([id, q]) => [id, q.title])));
    const committed = readFileSync(join(root, 'src/flow/QUESTIONS.md'), 'utf8');
    expect(committed).toBe(expected);
    for (const q of questions) expect(committed).toContain(`| \`${q.id}\` |`);
  });

  it('names the plan steps that read a question', () => {
    const doc = readFileSync(join(root, 'src/flow/QUESTIONS.md'), 'utf8');
    const row = doc.split('\n').find((l) => l.includes('| `tlv-besluit-datum` |'))!;
    expect(row).toContain('tlv-bezwaar');
    expect(row).toContain('tlv-besluitdatum-achterhalen');
  });

  it('follows the rules\' own helpers (src/rules/steps/predicates.ts): a rule reads what the helper it calls reads (session 38)', () => {
    const doc = readFileSync(join(root, 'src/flow/QUESTIONS.md'), 'utf8');
    const row = (id: string) => doc.split('\n').find((l) => l.includes(`| \`${id}\` |`))!;
    // offerTurnedDown, through offerRefused; the warning and the texts that point to it.
    for (const rule of ['aanbod-geweigerd', 'voorgestelde-school', 'onderwijs-thuis-vragen', 'handelingsverlegen-reageren', 'swv-betrekken']) expect(row('aanbod-geweigerd')).toContain(rule);
    // enrolledNowhere.
    expect(row('ingeschreven')).toContain('leerplicht-inschakelen');
  });

  it('a list\'s last rule does not read the code after the list (session 42)', () => {
    // The last step of the old single catalogue, afspraken-bevestigen (applies: hasSituation), was listed as reading the
    // registration, removal, TLV and meeting questions: its block ran on into the helpers written after the list.
    const doc = readFileSync(join(root, 'src/flow/QUESTIONS.md'), 'utf8');
    const rows = doc.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    const readers = rows.filter((l) => / afspraken-bevestigen(,| \|)/.test(l)).map((l) => /`([^`]+)`/.exec(l)![1]);
    expect(readers).toEqual(['situatie']);
    // Each situation's file ends its list too: the last TLV-file step does not read the meeting questions.
    expect(rows.find((l) => l.includes('| `gesprek-datum` |'))).not.toContain('vervoer-aanvragen');
  });
});
