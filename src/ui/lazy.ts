import { useEffect, useState } from 'preact/hooks';
import type { Chapter, GlossaryTerm, LetterSet, Page, QuestionTexts, SearchDoc, StepTexts, Toc } from '../content/types';
import type { Lang } from '../app/i18n';

/**
 * Content that only some parents open is loaded when first needed, one module per language:
 * chapters, the glossary, pages, letters and the search index. The service worker precaches
 * them all, so they work offline too.
 */
type Kind = 'chapters' | 'glossary' | 'pages' | 'letters' | 'search' | 'steps' | 'questions' | 'pagetexts' | 'toc';
type Loaded = { chapters: Chapter[]; glossary: GlossaryTerm[]; pages: Page[]; letters: LetterSet; search: SearchDoc[]; steps: StepTexts; questions: QuestionTexts; pagetexts: Record<string, unknown>; toc: Toc };

const loaders: { [K in Kind]: Record<Lang, () => Promise<{ default: Loaded[K] }>> } = {
  chapters: { nl: () => import('../content/generated/chapters.nl'), en: () => import('../content/generated/chapters.en') },
  glossary: { nl: () => import('../content/generated/glossary.nl'), en: () => import('../content/generated/glossary.en') },
  pages: { nl: () => import('../content/generated/pages.nl'), en: () => import('../content/generated/pages.en') },
  letters: { nl: () => import('../content/generated/letters.nl'), en: () => import('../content/generated/letters.en') },
  search: { nl: () => import('../content/generated/search.nl'), en: () => import('../content/generated/search.en') },
  toc: { nl: () => import('../content/generated/toc.nl'), en: () => import('../content/generated/toc.en') },
  pagetexts: { nl: () => import('../content/generated/pagetexts.nl'), en: () => import('../content/generated/pagetexts.en') },
  questions: { nl: () => import('../content/generated/questions.nl'), en: () => import('../content/generated/questions.en') },
  steps: { nl: () => import('../content/generated/steps.nl'), en: () => import('../content/generated/steps.en') },
};

const cache = new Map<string, unknown>();
let onLoaded: ((kind: Kind, lang: Lang, data: unknown) => void) | undefined;
/** Lets i18n take in text namespaces (the plan's step texts) as they load. */
export const whenLoaded = (f: typeof onLoaded) => void (onLoaded = f);

export function loadContent<K extends Kind>(kind: K, lang: Lang): Promise<Loaded[K]> {
  const key = `${kind}.${lang}`;
  if (cache.has(key)) return Promise.resolve(cache.get(key) as Loaded[K]);
  return loaders[kind][lang]().then((m) => {
    cache.set(key, m.default);
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
