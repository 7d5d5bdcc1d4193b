import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { useT } from '../../app/i18n';
import { loadContent, peekContent, useContent, type TextKind } from '../lazy';
import type { Lang } from '../../app/i18n';
import { likelyNewVersion, reloadForNewVersion } from '../../app/pwa';

/**
 * A page whose code loads on first use (the plan, letters, search), keeping the first load small.
 * While it loads, a short "Even laden…" shows; if it cannot load, a message, never a blank page.
 * `texts`: the interface texts it waits for: 'pagetexts' (every lazy page's, and the contents), or 'readtexts' for the
 * reading pages, whose own small file also carries the contents (session 60: a chapter without the plan's 25 KB).
 * `also`: a page's own texts besides those ('meetingtexts', the meeting page's: session 61).
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>, texts: TextKind = 'pagetexts', also?: 'meetingtexts'): ComponentType<P> & { preload(lang: Lang): Promise<unknown> } {
  let loaded: ComponentType<P> | undefined;
  function LazyPage(props: P) {
    const t = useT();
    const [Comp, setComp] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    const own = useContent(texts, t.lang);
    // The reading pages' file brings the contents; asking for 'toc' apart would fetch the page texts.
    const contents = texts === 'readtexts' ? { data: own.data && peekContent('toc', t.lang), failed: own.failed } : useContent('toc', t.lang);
    // `also` is fixed for each lazy page, so this hook is called on every render of a page or on none.
    const extra = also ? useContent(also, t.lang) : own;
    useEffect(() => {
      if (Comp) return;
      load().then(
        (c) => {
          loaded = c;
          setComp(() => c);
        },
        () => setFailed(true),
      );
    }, []);
    // Until the page texts are in, only built-in texts can be used here.
    const broken = failed || own.failed || contents.failed || extra.failed;
    // Online and still failing: this tab is older than the files on the server (a new version). Reload it.
    if (broken && likelyNewVersion())
      return (
        <div role="alert">
          <p>{t('trust.staleVersion')}</p>
          <button type="button" class="button" onClick={reloadForNewVersion}>
            {t('trust.reloadNow')}
          </button>
        </div>
      );
    if (!Comp || !own.data || !contents.data || !extra.data) return <p>{broken ? t('app.loadFailed') : t('app.loading')}</p>;
    return <Comp {...props} />;
  }
  /**
   * Fetches the page's code and texts ahead of the tap that opens it (the check page and the plan,
   * while the parent answers): the page then renders in the tap itself, without "Even laden…".
   */
  LazyPage.preload = (lang: Lang): Promise<unknown> =>
    Promise.all([
      loaded ? undefined : load().then((c) => void (loaded = c), () => undefined),
      ...(texts === 'readtexts' ? (['readtexts'] as const) : (['pagetexts', 'toc', ...(also ? [also] : [])] as const)).map((kind) => loadContent(kind, lang).catch(() => undefined)),
    ]);
  return LazyPage;
}
