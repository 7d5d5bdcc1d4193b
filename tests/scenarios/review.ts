/**
 * `npm run scenarios:review` → tests/scenarios/REVIEW.md
 *
 * A document a lawyer can read without running anything: per scenario its story and sources, the
 * answers in plain words, what the plan must and must not say, the outcome on the current engine,
 * and the whole Dutch plan the engine produces (the CLI's markdown).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CONCEPTS } from './concepts';
import { GLOBAL_RULES, SCENARIO_DIR, loadScenarios, weekday, type Expectation, type Scenario, type StepMatch } from './suite';
import { runScenario } from './run';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface QText {
  summary?: string;
  title?: string;
  options?: Record<string, string>;
}
const questionsNl = (parse(readFileSync(join(ROOT, 'content/nl/questions.yaml'), 'utf8')) as { questions: Record<string, QText> }).questions;

/** Questions and options of answers schema v2 that content/ does not have yet (proposed in issue 11). */
const NEW_QUESTIONS: Record<string, QText> = {
  'verwijdering-besluit': { summary: 'Besluit dat je kind weg moet', options: { schriftelijk: 'Ja, schriftelijk', mondeling: 'Alleen mondeling', nee: 'Nee, (nog) geen besluit', 'weet-niet': 'Weet ik niet' } },
  'verwijdering-datum': { summary: 'Datum van het schriftelijke verwijderingsbesluit' },
  'weigering-schriftelijk': { summary: 'Weigering op papier gekregen', options: { ja: 'Ja, per brief of e-mail', nee: 'Nee, alleen mondeling of telefonisch', 'weet-niet': 'Weet ik niet' } },
  'bezwaar-ingediend': { summary: 'Bezwaar ingediend bij het schoolbestuur', options: { ja: 'Ja', nee: 'Nee' } },
  'bezwaar-datum': { summary: 'Bezwaar ingediend op' },
  'gpo-ingediend': { summary: 'Geschillencommissie ingeschakeld', options: { ja: 'Ja', nee: 'Nee' } },
  'gpo-datum': { summary: 'Geschillencommissie ingeschakeld op' },
  klacht: { summary: 'Klacht', options: { ingediend: 'Ingediend', wil: 'Wil een klacht indienen', nee: 'Nee' } },
  'klacht-datum': { summary: 'Klacht ingediend op' },
  'dossier-gevraagd': { summary: 'Dossier opgevraagd', options: { ja: 'Ja', nee: 'Nee' } },
  'dossier-gevraagd-datum': { summary: 'Dossier opgevraagd op' },
  'aanbod-geweigerd': { summary: 'Aanbod van een andere school afgewezen', options: { ja: 'Ja', nee: 'Nee', 'weet-niet': 'Weet ik niet' } },
  'opp-onenigheid': {
    summary: 'Soort onenigheid over het OPP',
    options: { 'geen-instemming-gevraagd': 'Instemming niet gevraagd', 'niet-overgenomen': 'Voorstellen niet overgenomen', geen: 'Geen onenigheid', 'weet-niet': 'Weet ik niet' },
  },
};

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DAYS: Record<string, string> = { ma: 'maandag', di: 'dinsdag', wo: 'woensdag', do: 'donderdag', vr: 'vrijdag', za: 'zaterdag', zo: 'zondag' };
const nlDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${DAYS[weekday(iso)]} ${d} ${MONTHS[m - 1]} ${y}`;
};
const isIsoLike = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

function answerLine(q: string, v: string | string[]): string {
  const known = questionsNl[q];
  const values = Array.isArray(v) ? v : [v];
  // Texts from content/nl/questions.yaml; for ids or options content does not have yet, the v2 labels above.
  const optionKnown = (x: string) => isIsoLike(x) || x === 'weet-niet' || known?.options?.[x] !== undefined;
  const meta: QText = { ...NEW_QUESTIONS[q], ...known, options: { ...NEW_QUESTIONS[q]?.options, ...known?.options } };
  const label = meta.summary ?? meta.title ?? q;
  const one = (x: string) => (isIsoLike(x) ? nlDate(x) : x === 'weet-niet' ? 'weet ik niet' : (meta.options?.[x] ?? x));
  const note = !known ? ', vraag nog niet in content' : values.every(optionKnown) || !known.options ? '' : ', optie nog niet in content';
  return `- ${label}: **${values.map(one).join('; ')}** <small>(\`${q}\`${note})</small>`;
}

const concept = (c: keyof typeof CONCEPTS) => `*${CONCEPTS[c].what}* (\`${CONCEPTS[c].ids.join('` / `')}\`)`;

function matchWords(m: StepMatch): string {
  const parts: string[] = [];
  if (m.group !== undefined) parts.push(`onder ${(Array.isArray(m.group) ? m.group : [m.group]).map((g) => `"${g}"`).join(' of ')}`);
  if (m.hasDeadline === false) parts.push('zonder termijn of datum');
  if (m.hasDeadline === true) parts.push('met een termijn');
  if (m.due) parts.push(`uiterlijk **${nlDate(m.due)}**${m.dueCalc ? ` (${m.dueCalc})` : ''}`);
  if (m.start) parts.push(`geteld vanaf ${nlDate(m.start)}`);
  if (m.certain === true) parts.push('termijn als zeker');
  if (m.certain === false) parts.push('termijn als onzeker (niet in de bronnen)');
  if (m.status) parts.push({ passed: 'termijn verstreken', today: 'termijn loopt vandaag af', upcoming: 'termijn loopt nog' }[m.status]);
  if (m.ifDeadline) {
    const f = m.ifDeadline;
    const sub = [f.start && `geteld vanaf ${nlDate(f.start)}`, f.due && `uiterlijk ${nlDate(f.due)}${f.dueCalc ? ` (${f.dueCalc})` : ''}`, f.certain === false && 'als onzeker', f.certain === true && 'als zeker'].filter(Boolean);
    parts.push(`als er een termijn staat: ${sub.join(', ')}`);
  }
  return parts.length ? `, ${parts.join(', ')}` : '';
}

function words(e: Expectation): string {
  if ('step' in e) return `${concept(e.step)}${matchWords(e)}`;
  if ('before' in e) return `${concept(e.before[0])} staat vóór ${concept(e.before[1])}`;
  if ('sameGroup' in e) return `${concept(e.sameGroup[0])} staat in dezelfde groep als ${concept(e.sameGroup[1])}`;
  if ('first' in e) return `de eerste stap is ${concept(e.first)}`;
  if ('inTop' in e) return `${concept(e.inTop.step)} staat bij de eerste ${e.inTop.n} stappen`;
  if ('text' in e) return `de Nederlandse tekst bevat /${e.text}/`;
  if ('stepText' in e) return `de tekst van ${concept(e.stepText.step)} bevat /${e.stepText.matches}/`;
  if ('clockFrom' in e) return `een termijn die telt vanaf ${nlDate(e.clockFrom)}`;
  if ('anyDeadline' in e) return `een termijn${e.anyDeadline.certain === true ? ' die als zeker staat' : ''}${e.anyDeadline.start ? ` vanaf ${nlDate(e.anyDeadline.start)}` : ''}`;
  if ('anyOf' in e) return `één van: ${e.anyOf.map(words).join(' **of** ')}`;
  if ('firstScreen' in e) {
    const f = e.firstScreen;
    const parts = [
      f.shows && `${concept(f.shows)} staat erop${f.due ? ` met **${nlDate(f.due)}**` : ''}`,
      !f.shows && f.due && `**${nlDate(f.due)}** staat erop`,
      f.action && `${concept(f.action)} is een van de eerste acties`,
      f.nextDue && `de eerstvolgende datum is **${nlDate(f.nextDue)}**`,
      f.noNext && 'er staat geen eerstvolgende datum',
      f.says && `de tekst bevat /${f.says}/`,
    ].filter(Boolean);
    return `op het eerste scherm ("Eerst dit"): ${parts.join(', ')}`;
  }
  return '?';
}

const list = (es: Expectation[]) => es.map((e) => `- ${words(e)}${e.why ? `  \n  <small>Waarom: ${e.why}</small>` : ''}`).join('\n');

async function main(): Promise<void> {
  const scenarios = loadScenarios();
  const out: string[] = [];
  const outcomes = [];
  for (const s of scenarios) outcomes.push(await runScenario(s));
  const passing = outcomes.filter((o) => !o.failures.length).length;

  out.push(
    '# Scenario review: wat het plan moet en niet mag zeggen',
    '',
    '_Gegenereerd door `npm run scenarios:review` uit `tests/scenarios/*.yaml`. Niet met de hand bewerken._',
    '',
    `${scenarios.length} scenario's, geschreven vanuit de bronnen (ouderverhalen in 003, uitspraken van de Geschillencommissie in 004 FAQ 18, gronden in 002, wettelijke regels in 001), los van hoe de app nu beslist. Bij elk scenario: het verhaal, de bronregels, de antwoorden in gewone woorden, wat het plan moet en niet mag zeggen, en het hele plan dat de app nu maakt.`,
    '',
    `**Uitkomst met de huidige app: ${passing} van ${scenarios.length} plannen voldoen.** Een termijn "als onzeker" betekent: de termijn staat niet in de bronnen (Geschillencommissie, bezwaar tegen een TLV, klachtencommissie, dossier), dus het plan moet dat zeggen en zeggen wie je het kunt vragen.`,
    '',
    'Rekenregel: een week is 7 dagen; 6 weken na een dinsdag is weer een dinsdag; maanden tellen per kalender; het schooljaar loopt tot en met 31 juli.',
    '',
    '## Regels voor elk plan',
    '',
    ...GLOBAL_RULES.map((g) => `- **${g.id}**: ${g.text} <small>(${g.sources.join(', ')})</small>`),
    '',
    '## Overzicht',
    '',
    '| scenario | uitkomst | vandaag | bronnen |',
    '|---|---|---|---|',
    ...outcomes.map((o) => `| [${o.scenario.id}](#${o.scenario.id}) | ${o.failures.length ? `voldoet niet (${o.failures.length})` : 'voldoet'}${o.scenario.knownFailing ? ' · bekend' : ''} | ${o.scenario.today} | ${o.scenario.sources.join(', ')} |`),
    '',
  );

  for (const o of outcomes) {
    const s: Scenario = o.scenario;
    out.push(
      `<a id="${s.id}"></a>`,
      '',
      `## ${s.id}: ${s.title}`,
      '',
      `**Bronnen:** ${s.sources.join(', ')}  `,
      `**Vandaag:** ${nlDate(s.today)}  `,
      `**Bestand:** \`tests/scenarios/${s.file}\``,
      '',
      s.story.trim(),
      '',
    );
    const events = Object.entries(s.events ?? {});
    if (events.length) out.push('**Gebeurtenissen:**', '', ...events.map(([k, d]) => `- ${k}: ${nlDate(d)}`), '');
    // Session 34: what the runner logs in the timeline before the plan is made (the plan below includes its steps).
    if (s.timeline?.length) out.push('**In de tijdlijn gezet:**', '', ...s.timeline.map((x) => `- ${nlDate(x.date)}: ${x.kind}${x.how ? ` (Hoe? ${x.how})` : ''}${x.until ? ` (TLV geldt tot: ${/^\d{4}-/.test(x.until) ? nlDate(x.until) : x.until})` : ''}${x.against ? ` (tegen: ${x.against})` : ''}`), '');
    out.push('**Antwoorden:**', '', ...Object.entries(s.answers).map(([q, v]) => answerLine(q, v)), '');
    out.push('**Het plan moet:**', '', list(s.must), '');
    if (s.mustNot.length) out.push('**Het plan mag niet:**', '', list(s.mustNot), '');
    if (s.knownFailing) out.push(`**Bekend probleem in de app:** ${s.knownFailing}`, '');
    out.push(
      `**Uitkomst met de huidige app:** ${o.failures.length ? `voldoet niet (${o.failures.length})` : 'voldoet'}`,
      '',
      ...o.failures.map((f) => `- ✗ ${f.where}: ${f.reason}`),
      '',
    );
    // The first screen ("Eerst dit") as the plan page shows it without a contact card: what a parent reads first.
    if (o.firstScreen)
      out.push('**Het eerste scherm (Eerst dit):**', '', ...o.firstScreen.trimEnd().replace(/^## .*\n\n/, '').replace(/^(#+) /gm, '#### ').split('\n').map((l) => (l ? `> ${l}` : '>')), '');
    out.push('<details><summary>Het hele plan (Nederlands, zoals de app het nu maakt)</summary>', '');
    if (o.markdown) out.push(o.markdown.replace(/^(#+) /gm, (_m, h: string) => `${'#'.repeat(Math.min(h.length + 3, 6))} `));
    else out.push('_Het plan kon niet worden gemaakt; zie de uitkomst hierboven._');
    out.push('', '</details>', '', '---', '');
  }
  const file = join(SCENARIO_DIR, 'REVIEW.md');
  writeFileSync(file, out.join('\n').replace(/\n{3,}/g, '\n\n'));
  process.stdout.write(`wrote ${file}: ${scenarios.length} scenarios, ${passing} pass on the current engine\n`);
}

await main();
