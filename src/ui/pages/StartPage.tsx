import { useT } from '../../app/i18n';
import { restart, startOrResume, type AppState } from '../../app/controller';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { ContactCard } from '../components/ContactCard';

export function StartPage({ app }: { app: AppState }) {
  const t = useT();
  // A situation pre-selected by a steunpunt link is not yet "answered": the parent still begins.
  const hasAnswers = Object.keys(app.answers).some((k) => k !== 'situatie');
  return (
    <div class="page-start">
      <Heading title={t('start.title')} />
      <p class="lead">{t('start.lead')}</p>
      <p>{t('start.what')}</p>
      <ul class="checks">
        <li>{t('start.private')}</li>
        <li>{t('start.time')}</li>
      </ul>
      {hasAnswers ? (
        <>
          <p>{t('start.resumeText')}</p>
          <div class="button-row">
            <button type="button" class="button" onClick={() => startOrResume()}>
              {t('start.resume')}
            </button>
            <button type="button" class="button secondary" onClick={() => restart()}>
              {t('start.restart')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" class="button start-button" onClick={() => startOrResume()}>
          {t('start.begin')}
        </button>
      )}
      <ContactCard card={app.contact} />
      <h2 class="h3">{t('start.readFirst')}</h2>
      <p>
        <Link to={{ page: 'read' }}>{t('start.readFirstLink')}</Link>
      </p>
    </div>
  );
}
