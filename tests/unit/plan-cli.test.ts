import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import { run } from '../../src/cli/plan';
import stepsNl from '../../src/content/generated/steps.nl';
import uiNl from '../../src/content/generated/pagetexts.nl';
import uiEn from '../../src/content/generated/pagetexts.en';

/** The plan command, run as a real process (as `npm run plan` does) and in-process for the input checks. */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const WAITING = 'tests/answers/aanmelden-schriftelijk-wachten.json';
const TLV = 'tests/answers/tlv-besluit-oneens.json';

/** A ui text from the compiled content, with {{count}} filled: prose may change, the numbers may not. */
const uiText = (root: unknown, path: string, count?: number): string => {
  const text = path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], root);
  if (typeof text !== 'string') throw new Error(`no text ${path}`);
  return count === undefined ? text : text.replace('{{count}}', String(count));
};

function cli(...args: string[]) {
  const r = spawnSync(TSX, ['src/cli/plan.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'plan-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const writeTmp = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe('npm run plan (real process)', { timeout: 60_000 }, () => {
  it('prints the plan as markdown, with the deadline arithmetic and real dates', () => {
    const r = cli(WAITING, '--today', '2026-11-23');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const md = r.stdout;
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Jouw plan');
    expect(md).toContain('maandag 23 november 2026');
    // Registration received Monday 2 November 2026 + 6 weeks = Monday 14 December 2026, 21 days from today.
    expect(md).toMatch(/^\*\*6 weken na .*\(maandag 2 november 2026\): maandag 14 december 2026\*\*$/m);
    expect(md).toContain(uiText(uiNl, 'plan.deadlineLeft_other', 21));
    expect(uiText(uiNl, 'plan.deadlineLeft_other', 21)).toContain('21');
    // The step param uiterlijk10 (2 November + 10 weeks), written out in Dutch, not as ISO.
    expect(md).toContain('maandag 11 januari 2027');
    expect(md).not.toContain('2027-01-11');
    // The planned meeting.
    expect(md).toMatch(/donderdag 3 december 2026/);
    // Groups in order, and the step titles, contacts and letters.
    const nu = md.indexOf('## Nu doen');
    const binnenkort = md.indexOf('## Binnenkort');
    expect(nu).toBeGreaterThan(0);
    expect(binnenkort).toBeGreaterThan(nu);
    // "Zet afspraken altijd op papier" is merged into "Bereid het gesprek goed voor" (orderPlan): no "Goed om te weten" left.
    expect(md).not.toContain('## Goed om te weten');
    // Titles looked up from "Nu doen" on: the first screen above it names some of them too (session 25).
    expect(md.indexOf(stepsNl.steps['gesprek-voorbereiden']!.title, nu)).toBeLessThan(binnenkort);
    expect(md.indexOf(stepsNl.steps['ondersteuning-melden']!.title, nu)).toBeGreaterThan(nu);
    expect(md.indexOf(stepsNl.steps['ondersteuning-melden']!.title, nu)).toBeLessThan(binnenkort);
    expect(md.indexOf(stepsNl.steps['besluit-aanmelding']!.title, nu)).toBeGreaterThan(binnenkort);
    expect(md).toContain('Het ouder- en jeugdsteunpunt');
    expect(md).not.toMatch(/\{\{|\}\}|undefined/);
    // No warnings for this file, so no warnings heading.
    expect(md).not.toContain('## Let op');
  });

  it('prints English with --lang en', () => {
    const r = cli(WAITING, '--today', '2026-11-23', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# Your plan');
    expect(r.stdout).toMatch(/^\*\*6 weeks after .*\(Monday 2 November 2026\): Monday 14 December 2026\*\*$/m);
    expect(r.stdout).toContain(uiText(uiEn, 'plan.deadlineLeft_other', 21));
    expect(r.stdout).toContain('Monday 11 January 2027');
  });

  it('prints the Plan object as JSON with --format json', () => {
    const r = cli(WAITING, '--today', '2026-11-23', '--format', 'json');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    const answers = JSON.parse(readFileSync(join(ROOT, WAITING), 'utf8')).answers;
    expect(plan).toEqual(JSON.parse(JSON.stringify(buildPlan(answers, '2026-11-23'))));
    const decision = plan.steps.find((s: { id: string }) => s.id === 'besluit-aanmelding');
    expect(decision.deadline).toMatchObject({ start: '2026-11-02', due: '2026-12-14', amount: 6, unit: 'weeks', daysLeft: 21, certain: true });
    expect(decision.group).toBe('binnenkort');
  });

  it('shows an uncertain, passed deadline with the check and the late text', () => {
    const r = cli(TLV, '--today', '2026-12-02');
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md).toMatch(/^\*\*6 weken na .*\(dinsdag 20 oktober 2026\): dinsdag 1 december 2026\*\*$/m);
    expect(md).toContain(uiText(uiNl, 'plan.deadlinePassed'));
    expect(md).toContain(`niet zeker. ${stepsNl.steps['tlv-bezwaar']!.check})`);
    expect(md).toContain(stepsNl.steps['tlv-bezwaar']!.late);
    // The warning comes before the groups.
    expect(md.indexOf('## Let op')).toBeGreaterThan(0);
    expect(md.indexOf('## Let op')).toBeLessThan(md.indexOf('## Nu doen'));
  });

  it('exits 2 with the file name on a broken file', () => {
    const broken = writeTmp('kapot.json', '{ "version": 1, "answers": { "situatie": ');
    const r = cli(broken, '--today', '2026-11-23');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(broken);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('exits 2 on a file from a newer version', () => {
    const newer = writeTmp('nieuwer.json', JSON.stringify({ version: 3, answers: { situatie: ['aanmelden'] } }));
    const r = cli(newer);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(newer);
    expect(r.stderr).toMatch(/version 3.*newer/);
  });

  it('exits 2 without a file', () => {
    const r = cli();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run plan/);
  });
});

describe('plan command input checks (in-process)', () => {
  const answersFile = (name: string, content: unknown) => writeTmp(name, JSON.stringify(content));

  it.each([
    ['missing version', { answers: { situatie: ['tlv'] } }, /"version" is missing/],
    ['version as text', { version: '1', answers: { situatie: ['tlv'] } }, /"version" must be a whole number/],
    ['version 0', { version: 0, answers: {} }, /"version" must be a whole number/],
    ['no answers', { version: 1 }, /"answers" must be an object/],
    ['answers as a list', { version: 1, answers: [] }, /"answers" must be an object/],
    ['an extra field', { version: 1, answers: {}, today: '2026-11-23' }, /unknown field "today"/],
    ['an array', [1, 2], /expected an object/],
    ['unknown question', { version: 1, answers: { situatie: ['tlv'], 'tlv-stadium': 'besluit' } }, /unknown question id "tlv-stadium"/],
    ['unknown option', { version: 1, answers: { situatie: ['tlv'], 'tlv-fase': 'klaar' } }, /answer to "tlv-fase" is "klaar"/],
    ['lezen with another situation', { version: 1, answers: { situatie: ['lezen', 'tlv'] } }, /answer to "situatie"/],
    ['a date that does not exist', { version: 1, answers: { situatie: ['aanmelden'], 'aanmelding-datum': '2026-02-29' } }, /answer to "aanmelding-datum"/],
    ['a Dutch date instead of ISO', { version: 1, answers: { situatie: ['aanmelden'], 'aanmelding-datum': '3-3-2026' } }, /ISO date/],
    ['a past event after today', { version: 1, answers: { situatie: ['aanmelden'], 'aanmelding-datum': '2026-11-24' } }, /not after 2026-11-23/],
  ])('exits 2 on %s', async (name, content, message) => {
    const file = answersFile(`${name.replace(/\W+/g, '-')}.json`, content);
    const r = await run([file, '--today', '2026-11-23']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 on a file that does not exist', async () => {
    const r = await run([join(tmp, 'bestaat-niet.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bestaat-niet.json');
  });

  it.each([
    [['--today', '2026-02-29'], /--today must be a date/],
    [['--today', '23-11-2026'], /--today must be a date/],
    [['--format', 'html'], /--format must be md, json or first/],
    [['--lang', 'de'], /--lang must be nl,? (or )?en\b.*, not "de"/],
    [['--colour'], /usage/],
    [[WAITING], /give one answers file/],
  ])('exits 2 on bad options %j', async (extra, message) => {
    const r = await run([WAITING, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('warns, but still prints, when the answers are not complete', async () => {
    const file = answersFile('half.json', { version: 1, answers: { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk' } });
    const r = await run([file, '--today', '2026-11-23']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(/not complete.*"aanmelding-datum"/);
    expect(r.stdout).toMatch(/^# Jouw plan/);
  });

  it('uses today in the Netherlands when --today is not given', async () => {
    const r = await run([WAITING, '--format', 'json']);
    expect(r.code).toBe(0);
    const { todayInNL } = await import('../../src/rules/dates');
    expect(JSON.parse(r.stdout).today).toBe(todayInNL());
  });

  it('prints the empty-plan text for "ik wil eerst lezen"', async () => {
    const file = answersFile('lezen.json', { version: 1, answers: { situatie: ['lezen'] } });
    const r = await run([file, '--today', '2026-11-23']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/not complete/);
    expect(r.stdout).not.toContain('## Nu doen');
    expect(r.stdout).toContain(uiText(uiNl, 'plan.empty'));
  });
});
