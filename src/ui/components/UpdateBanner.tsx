import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { applyUpdate, dismissPwa, onPwaStatus, pwaStatus } from '../../app/pwa';

function usePwaStatus() {
  const [status, setStatus] = useState(pwaStatus());
  useEffect(() => onPwaStatus(setStatus), []);
  return status;
}

/**
 * "Er is een nieuwe versie": in the page flow at the top of the content, never fixed over it, so it
 * can never cover a button or a message. Only for an update: a first visit is not interrupted. The
 * live region is always there (empty without an update), so a screen reader announces the banner
 * when it arrives (WCAG 4.1.3).
 */
export function UpdateBanner() {
  const t = useT();
  const status = usePwaStatus();
  const waiting = status === 'update-waiting' || status === 'update-elsewhere';
  return (
    <div role="status">
      {waiting && (
        <div class="update-banner">
          <div class="wrap banner-row">
            <p>{status === 'update-elsewhere' ? t('trust.updateElsewhere') : t('pwa.update')}</p>
            <button type="button" class="button small" onClick={applyUpdate}>
              {t('pwa.reload')}
            </button>
            <button type="button" class="link-button" onClick={dismissPwa}>
              {t('pwa.later')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** "De wegwijzer werkt nu ook zonder internet": a quiet line in the footer, not announced, nothing to dismiss. */
export function OfflineReady() {
  const t = useT();
  const status = usePwaStatus();
  if (status !== 'offline-ready') return null;
  return <p class="offline-ready">{t('pwa.offlineReady')}</p>;
}
