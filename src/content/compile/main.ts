/**
 * `npm run content`: reads content/<lang>/, checks it, and writes typed modules to src/content/generated/.
 * Nothing is parsed on the phone. A broken file stops the build with `file: problem` lines.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileContent } from './compile';
import { questionsDocument } from './questions-doc';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
// --with <code>: also compile a language that is not enabled yet (a translation in progress), to check or preview it.
// --content-root <dir>: read <dir>/content/ instead of ./content/ (tests build a pseudo-language this way; never for a release).
const { values: args } = parseArgs({ options: { with: { type: 'string', multiple: true }, 'content-root': { type: 'string' } } });
const result = compileContent(args['content-root'] ? resolve(args['content-root']) : root, { withLangs: args.with ?? [] });
if (result.problems.length) {
  console.error(`Content has ${result.problems.length} problem(s):`);
  for (const p of result.problems) console.error(`  ${p}`);
  process.exit(1);
}
const out = join(root, 'src/content/generated');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(result.modules)) writeFileSync(join(out, name), text);
// The list of all questions, for people reviewing the questionnaire (committed, checked by a test).
const nl = result.content[0]!;
writeFileSync(join(root, 'src/flow/QUESTIONS.md'), questionsDocument(root, Object.fromEntries(Object.entries(nl.questions).map(([id, q]) => [id, q.title]))));
console.log(`content: ${result.summary}`);
