import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { applyUpdate, dismissPwa, onPwaStatus, pwaStatus } from '../../app/pwa';

export function UpdateBanner() {
  const t = useT();
  const [status, setStatus] = useState(pwaStatus());
  useEffect(() => onPwaStatus(setStatus), []);
  if (status === 'idle') return null;
  return (
    <div class="update-banner" role="status">
      <div class="wrap banner-row">
        <p>{status === 'update-waiting' ? t('pwa.update') : status === 'update-elsewhere' ? t('trust.updateElsewhere') : t('pwa.offlineReady')}</p>
        {(status === 'update-waiting' || status === 'update-elsewhere') && (
          <button type="button" class="button small" onClick={applyUpdate}>
            {t('pwa.reload')}
          </button>
        )}
        <button type="button" class="link-button" onClick={dismissPwa}>
          {status === 'update-waiting' || status === 'update-elsewhere' ? t('pwa.later') : t('pwa.dismiss')}
        </button>
      </div>
    </div>
  );
}
