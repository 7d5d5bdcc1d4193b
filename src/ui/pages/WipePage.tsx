import { useT } from '../../app/i18n';
import { wipeAll } from '../../app/controller';
import { Heading } from '../components/Heading';
import { LANGUAGE_CACHE } from '../../languages';

/** The languages kept for offline use say which language was used on this device: they go too. */
const wipeLanguages = () => void (typeof caches !== 'undefined' && caches.delete(LANGUAGE_CACHE).catch(() => undefined));

/** "Wis mijn gegevens": one confirmation, then everything this app stored on the device is gone. */
export function WipePage() {
  const t = useT();
  return (
    <div class="page-wipe">
      <Heading title={t('wipe.title')} />
      <p>{t('wipe.confirm')}</p>
      <div class="button-row">
        <button type="button" class="button warning" onClick={() => (wipeLanguages(), wipeAll())}>
          {t('wipe.yes')}
        </button>
        <button type="button" class="button secondary" onClick={() => history.back()}>
          {t('wipe.no')}
        </button>
      </div>
    </div>
  );
}
