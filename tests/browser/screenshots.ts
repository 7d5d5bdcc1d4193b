/**
 * `npm run screenshots`: every page type at 360 px and at 1280 px, in Dutch, as PNGs in
 * tests/browser/screenshots/ (not committed), for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, startServer, ROOT } from './harness';

const out = join(ROOT, 'tests/browser/screenshots');
mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await launch();
const answers = {
  situatie: ['thuiszitten', 'tlv'], opp: 'nee', 'hv-schriftelijk': 'nee', 'school-zegt': ['niet-welkom-na-vakantie'], 'swv-betrokken': 'weet-niet',
  'thuis-sinds': '2026-09-01', 'thuis-hoeveel': 'helemaal', 'thuis-reden': 'wachtlijst', ingeschreven: 'ja', 'lessen-nu': 'nee', 'lpa-betrokken': 'nee',
  'gesprek-gepland': 'ja', 'gesprek-datum': '2026-11-24', tekenen: 'ja', 'dossier-gezien': 'nee', jeugdhulp: 'krijgt', 'tlv-fase': 'besluit',
  'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-10-20', 'tlv-eens': 'nee', 'tlv-soort': 'so', 'tlv-plek': 'wachtlijst', 'tlv-gehoord': 'nee', onderzoek: 'oud', vervoer: 'ja', klacht: 'nee', groep: 'groep-3-6',
  'bezwaar-ingediend': 'nee', 'aanbod-geweigerd': 'nee', 'dossier-gevraagd': 'nee',
};
const pages: [string, string, boolean][] = [
  ['start', '#/', false],
  ['question-situatie', '#/vraag/situatie', false],
  ['question-date', '#/vraag/thuis-sinds', true],
  ['review', '#/controleren', true],
  ['plan', '#/plan', true],
  ['read-index', '#/lees', false],
  ['chapter', '#/lees/andere-school', false],
  ['glossary', '#/begrippen', false],
  ['search', '#/zoeken', false],
  ['letters', '#/brieven', false],
  ['letter', '#/brief/zienswijze-tlv', true],
  ['privacy', '#/info/privacy', false],
];
for (const [w, h, tag] of [[360, 740, 'mobile'], [1280, 900, 'desktop']] as const) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  for (const [name, hash, withAnswers] of pages) {
    await page.goto(server.url);
    await page.evaluate(
      ([a, on]) => {
        localStorage.clear();
        if (on) localStorage.setItem('wegwijzer.answers', JSON.stringify({ version: 1, answers: a, position: 'review', savedAt: '' }));
      },
      [answers, withAnswers] as const,
    );
    await page.goto('about:blank');
    await page.goto(`${server.url}${hash}`);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, `${tag}-${name}.png`), fullPage: true });
  }
  await ctx.close();
}
await browser.close();
await server.stop();
console.log(`screenshots written to ${out}`);
