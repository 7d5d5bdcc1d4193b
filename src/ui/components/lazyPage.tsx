import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { useT } from '../../app/i18n';
import { useContent } from '../lazy';
import { likelyNewVersion, reloadForNewVersion } from '../../app/pwa';

/**
 * A page whose code loads on first use (the plan, letters, search), keeping the first load small.
 * While it loads, a short "Even laden…" shows; if it cannot load, a message, never a blank page.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyPage(props: P) {
    const t = useT();
    const [Comp, setComp] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    const texts = useContent('pagetexts', t.lang);
    const contents = useContent('toc', t.lang);
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
    const broken = failed || texts.failed || contents.failed;
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
    if (!Comp || !texts.data || !contents.data) return <p>{broken ? t('app.loadFailed') : t('app.loading')}</p>;
    return <Comp {...props} />;
  };
}
