/**
 * How the build splits the code into files (issue 17: fewer requests for a cold deep link).
 *
 * Left to itself the bundler makes a file for every set of pages that shares a module: the first
 * load came in four script files, the plan in five code files beside its texts. On a slow line
 * every file costs a round trip, and over HTTP/1.1 a browser fetches at most six at a time: the plan
 * page's 17 requests took three rounds of ~150 ms in Lighthouse's slow 4G. Two groups instead:
 * - `index`: every module the entry imports statically (the first load), in one file with the entry;
 * - `shared`: the plan and letter pages, and app code they share with other lazy parts (the rules,
 *   the timeline, small components): one file for the plan or a letter; the timeline, meeting and
 *   share pages load their own file and this one. Code that other pages share without these two
 *   (a chapter's rich text) keeps the bundler's split, so a chapter does not load the plan's rules.
 * Content modules (texts per language), the machine (XState), and what one lazy part alone needs
 * keep the bundler's own split. A/B in the commit message.
 * Session 81: the timeline's plan code (src/meeting/plan.ts with src/timeline/earlier.ts) is imported by `import()` only
 * (src/app/timeline-code.ts), so it keeps the bundler's split too: `timeline-plan-*.js` (vite.config.ts names it), loaded
 * with logged events, not with every plan.
 */
import type { Plugin } from 'vite';

type ModuleInfo = { importers: readonly string[]; dynamicImporters: readonly string[]; isEntry: boolean };
type Graph = { getModuleInfo(id: string): ModuleInfo | null };

/** Texts per language are their own lazy files (a language's files are cached apart, vite.config.ts). */
const OWN_FILE = /[\\/]src[\\/]content[\\/]generated[\\/]/;
const READING_CSS = /[\\/]src[\\/]ui[\\/]reading\.css($|\?)/;
const SHARED_PAGES = /[\\/]src[\\/]ui[\\/]pages[\\/](PlanPage|LettersPage)\.tsx$/;

/** Reached from an entry through static imports only: part of the first load. */
function inFirstLoad(id: string, graph: Graph, memo: Map<string, boolean>): boolean {
  const known = memo.get(id);
  if (known !== undefined) return known;
  memo.set(id, false); // a cycle adds nothing
  const info = graph.getModuleInfo(id);
  const yes = !!info && (info.isEntry || info.importers.some((i) => inFirstLoad(i, graph, memo)));
  memo.set(id, yes);
  return yes;
}

/** The lazy parts (modules loaded by a dynamic import) whose static imports reach this module. */
function lazyParts(id: string, graph: Graph, memo: Map<string, Set<string>>): Set<string> {
  const known = memo.get(id);
  if (known) return known;
  const parts = new Set<string>();
  memo.set(id, parts);
  const info = graph.getModuleInfo(id);
  if (!info) return parts;
  if (info.dynamicImporters.length > 0) parts.add(id);
  for (const i of info.importers) for (const p of lazyParts(i, graph, memo)) parts.add(p);
  return parts;
}

/** The group of a module: 'index' (the first load), 'shared', 'reading' (a stylesheet), or undefined (the bundler's own split). */
export function chunkGroup(id: string, graph: Graph, memo = { first: new Map<string, boolean>(), parts: new Map<string, Set<string>>() }): 'index' | 'shared' | 'reading' | undefined {
  // The reading pages' stylesheet: a file of its own, whoever imports it. In session 59 the bundler put it in `shared`
  // (a letter page imported it too), and a chapter then loaded and ran the plan's code for a few rules (session 60).
  if (READING_CSS.test(id)) return 'reading';
  const info = graph.getModuleInfo(id);
  // Stylesheets stay with the code that imports them (the static pages look for the entry's).
  if (!info || info.isEntry || /\.css($|\?)/.test(id)) return undefined;
  if (inFirstLoad(id, graph, memo.first)) return 'index';
  // The plan and letter pages travel with the code they share: one file for each, not four.
  if (SHARED_PAGES.test(id)) return 'shared';
  if (OWN_FILE.test(id) || info.dynamicImporters.length > 0 || /node_modules/.test(id)) return undefined;
  const parts = lazyParts(id, graph, memo.parts);
  return parts.size >= 2 && [...parts].some((p) => SHARED_PAGES.test(p)) ? 'shared' : undefined;
}

/** For `build.rollupOptions.output.codeSplitting` (Rolldown). */
export function codeSplitting() {
  let graph: Graph | undefined;
  let memo = { first: new Map<string, boolean>(), parts: new Map<string, Set<string>>() };
  const name = (id: string, ctx: Graph) => {
    // A new build (watch mode, a second bundle): what was worked out for the last one is forgotten.
    if (ctx !== graph) (graph = ctx), (memo = { first: new Map(), parts: new Map() });
    return chunkGroup(id, ctx, memo) ?? null;
  };
  return { groups: [{ name }] };
}

/**
 * Session 79 (issue 17): V8's explicit compile hint (Chrome 136 and later; other browsers read a comment). A file that
 * starts with this line has all its functions compiled while it streams in, on a background thread, instead of each
 * one on the main thread the first time it is called. That pays where most of a file's functions run as soon as it
 * loads: the first load (`index`: the frame, Preact, i18next, the start and question pages) and `shared` (the plan's
 * rules and page: on the plan page nearly every rule's `applies` runs once, each compiled cold in the plan's first
 * task). Content files are data (`JSON.parse` of one string) and the machine, the timeline and the other lazy pages
 * load when a parent opens them, so they keep V8's own choice. A/B in ROUNDS.md (forty-second round).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const EAGER_GROUPS: readonly string[] = ['index', 'shared'];
/**
 * Session 81: the timeline's plan code (its own file since then, vite.config.ts) is `shared`'s as before: it loads only
 * for a plan with logged events, and then withMeetings passes over every step at once.
 */
const EAGER_FILES = /^assets\/timeline-plan-[\w-]+\.js$/;

/** The line a chunk starts with: the hint for the entry, `shared` and the timeline's plan code, nothing for the rest. */
export function compileHint(chunk: { name: string; isEntry: boolean; fileName?: string }): string {
  return chunk.isEntry || EAGER_GROUPS.includes(chunk.name) || EAGER_FILES.test(chunk.fileName ?? '') ? COMPILE_HINT : '';
}

/** A source map (JSON) for code that got one line more at its top: the same mappings, one generated line down. */
export function shiftMapOneLine(json: string): string {
  const map = JSON.parse(json) as { mappings: string };
  return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
}

/**
 * Puts the hint first in those files, as the build's last step: the hint counts only as a file's first line, and Vite
 * writes its preload map (`const __vite__mapDeps=…`) at the top of the entry after the bundler's own banners.
 * A file's name (its hash) was given before this step; every build writes the same line, so a name still stands for
 * one content.
 */
export function compileHintPlugin(): Plugin {
  return {
    name: 'wegwijzer-compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk' || !compileHint(file)) continue;
          file.code = `${COMPILE_HINT}\n${file.code}`;
          // Session 80: with `--sourcemap` the file's map still described the code one line up (every position off by
          // a line, so a maintainer's stack trace or source-map explorer pointed at the wrong module). A leading ';' in
          // `mappings` is one generated line with nothing mapped: the hint's.
          const map = bundle[`${file.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') map.source = shiftMapOneLine(map.source);
          if (file.map) file.map.mappings = `;${file.map.mappings}`;
        }
      },
    },
  };
}
