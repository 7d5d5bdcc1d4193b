import { useEffect, useState } from 'preact/hooks';
import type { Chapter, GlossaryTerm, LetterSet, Page, QuestionTexts, SearchDoc, StepTexts, Toc } from '../content/types';
import { languageModule, type Lang } from '../app/i18n';

/**
 * Content that only some parents open is loaded when first needed, one module per language:
 * chapters, the glossary, pages, letters and the search index. The service worker precaches
 * the Dutch ones; another language's modules are kept once fetched (see vite.config.ts).
 */
type Kind = 'chapters' | 'glossary' | 'pages' | 'letters' | 'search' | 'steps' | 'questions' | 'pagetexts' | 'readtexts' | 'meetingtexts' | 'toc';
type Loaded = { chapters: Chapter[]; glossary: GlossaryTerm[]; pages: Page[]; letters: LetterSet; search: SearchDoc[]; steps: StepTexts; questions: QuestionTexts; pagetexts: Record<string, unknown>; readtexts: Record<string, unknown>; meetingtexts: Record<string, unknown>; toc: Toc };
/** The kinds of interface texts a lazy page waits for: all of them, or the reading pages' own (with the contents). */
export type TextKind = 'pagetexts' | 'readtexts';

// Dutch is precached and loads directly; another language's modules come through its entry module.
const dutch: { [K in Kind]: () => Promise<{ default: Loaded[K] }> } = {
  chapters: () => import('../content/generated/chapters.nl'),
  glossary: () => import('../content/generated/glossary.nl'),
  pages: () => import('../content/generated/pages.nl'),
  letters: () => import('../content/generated/letters.nl'),
  search: () => import('../content/generated/search.nl'),
  // The contents come with the page texts (one file: every lazy page needs both).
  toc: () => import('../content/generated/pagetexts.nl').then((m) => ({ default: m.toc })),
  pagetexts: () => import('../content/generated/pagetexts.nl'),
  // The reading pages' texts, with their own copy of the contents (loadContent keeps it as `toc`).
  readtexts: () => import('../content/generated/readtexts.nl'),
  // The meeting page's own texts (the whole `meeting` section; pagetexts has the part the plan and letters read).
  meetingtexts: () => import('../content/generated/meetingtexts.nl'),
  questions: () => import('../content/generated/questions.nl'),
  steps: () => import('../content/generated/steps.nl'),
};
const loader =
  <K extends Kind>(kind: K, lang: Lang) =>
  (): Promise<{ default: Loaded[K] }> =>
    lang === 'nl'
      ? dutch[kind]()
      : languageModule(lang).then((m) => m.loaders[kind]!() as Promise<{ default: Loaded[K] }>);
const cache = new Map<string, unknown>();
let onLoaded: ((kind: Kind, lang: Lang, data: unknown) => void) | undefined;
/** Lets i18n take in text namespaces (the plan's step texts) as they load. */
export const whenLoaded = (f: typeof onLoaded) => void (onLoaded = f);

export function loadContent<K extends Kind>(kind: K, lang: Lang): Promise<Loaded[K]> {
  const key = `${kind}.${lang}`;
  if (cache.has(key)) return Promise.resolve(cache.get(key) as Loaded[K]);
  return loader(kind, lang)().then((m) => {
    cache.set(key, m.default);
    // readtexts carries the contents too: a reading page then needs no other file before its first screen.
    const contents = (m as { toc?: Toc }).toc;
    if (kind === 'readtexts' && contents && !cache.has(`toc.${lang}`)) cache.set(`toc.${lang}`, contents);
    onLoaded?.(kind, lang, m.default);
    return m.default;
  });
}

export function peekContent<K extends Kind>(kind: K, lang: Lang): Loaded[K] | undefined {
  return cache.get(`${kind}.${lang}`) as Loaded[K] | undefined;
}

/** The content module, or undefined while it loads; `failed` when it could not load. */
export function useContent<K extends Kind>(kind: K, lang: Lang): { data?: Loaded[K]; failed: boolean } {
  const [, setTick] = useState(0);
  const [failed, setFailed] = useState(false);
  const data = peekContent(kind, lang);
  useEffect(() => {
    if (data) return;
    let live = true;
    loadContent(kind, lang).then(
      () => live && setTick((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [kind, lang, data]);
  return { data, failed };
}

/** The table of contents; lazy pages may call this: lazyPage() waits until it is loaded. */
export const toc = (lang: Lang): Toc => peekContent('toc', lang)!;

/**
 * Runs `go` when the browser is idle (at the latest after `timeout` ms), for work that must not
 * delay the first paint or a tap; where there is no requestIdleCallback (Safari), after `fallback`
 * ms. Returns a function that cancels it if it has not run yet.
 */
export function whenIdle(go: () => void, timeout: number, fallback: number, win: Window = window): () => void {
  if ('requestIdleCallback' in win) {
    const id = win.requestIdleCallback(go, { timeout });
    return () => win.cancelIdleCallback(id);
  }
  const id = setTimeout(go, fallback);
  return () => clearTimeout(id);
}

/**
 * Runs each load in turn, each started in an idle moment of its own once the one before it is in: a file's
 * evaluation (and the texts i18n takes in from it) then gets a task of its own, instead of several arriving
 * in one long task while the parent reads the first question (issue 17). A load that fails does not stop
 * the rest. Returns a function that cancels the loads not yet started.
 */
export function whenIdleInTurn(loads: readonly (() => Promise<unknown> | void)[], timeout: number, fallback: number, win: Window = window): () => void {
  let cancel = () => {};
  let stopped = false;
  const next = (i: number) => {
    if (stopped || i >= loads.length) return;
    cancel = whenIdle(() => void Promise.resolve().then(loads[i]).catch(() => undefined).then(() => next(i + 1)), timeout, fallback, win);
  };
  next(0);
  return () => ((stopped = true), cancel());
}

/**
 * Runs `go` once the frame now being made is painted (a frame, then a task): background loads
 * start after the page the parent opened is on the screen, not beside its first paint (issue 17).
 * Returns a function that cancels it if it has not run yet.
 */
export function afterPaint(go: () => void, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = win.requestAnimationFrame(() => (timer = setTimeout(go)));
  return () => (win.cancelAnimationFrame(frame), clearTimeout(timer));
}

/**
 * After a parent chooses a language other than Dutch: fetch all its content modules once, a moment
 * later, so the service worker keeps them (runtime cache) and every page in that language works
 * offline afterwards. Dutch is precached; nothing happens for it.
 */
export const prefetchLanguage = (lang: Lang): void =>
  void (lang !== 'nl' && setTimeout(() => languageModule(lang).then((m) => m.prefetch(), () => undefined), 3000));

/**
 * How long background loads wait after the frame that shows the page (issue 17, session 41). The frame is painted on the
 * main thread well before the screen shows it: at 4x CPU the question page's text was reported on screen (its
 * largest-contentful-paint entry) 40-70 ms after the app rendered, and the loads started after one painted frame (the
 * page texts, the service worker's script, the plan's files) were asked for before it. Lighthouse then counts them on the
 * way to the page's largest paint. 300 ms clears that with room on a slow phone, and no parent taps that fast.
 */
export const SETTLE_MS = 300;

/** `afterPaint`, then SETTLE_MS: for loads the page on screen does not need. Returns a function that cancels it. */
export function afterSettled(go: () => void, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const painted = afterPaint(() => (timer = setTimeout(go, SETTLE_MS)), win);
  return () => (painted(), clearTimeout(timer));
}

let pageShown: () => void = () => undefined;
/**
 * Resolves once a page's own heading is on the screen (`Heading` calls `notePageShown` when it first
 * mounts). A deep link's page loads its own files after the first load; the background loads (the
 * rest of the questionnaire, the service worker) wait for it, so they do not share the connection and
 * the processor with the page the parent opened (issue 17).
 */
export const whenPageShown: Promise<void> = new Promise<void>((resolve) => (pageShown = resolve));
export const notePageShown = (): void => pageShown();

