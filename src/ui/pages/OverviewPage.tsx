import '../overview.css';
import { useT, core } from '../../app/i18n';
import { navigate, send, type AppState } from '../../app/controller';
import { applicableAnswers, askedQuestions, canShow } from '../../flow/route';
import { CHAPTER_COUNT } from '../../flow/questions';
import { routeOfPosition } from '../../app/router';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';

/**
 * The ten chapters as the visible structure of the questionnaire: which apply to this parent
 * (they have questions), how many are answered, and which are for reading only.
 */
export function OverviewPage({ app }: { app: AppState }) {
  const t = useT();
  const asked = askedQuestions(app.answers);
  const kept = applicableAnswers(app.answers);
  return (
    <div class="page-overview">
      <Heading title={t('overview.title')} />
      <p class="lead">{t('overview.lead')}</p>
      <ol class="overview">
        {core().chapters.slice(0, CHAPTER_COUNT).map((c) => {
          const qs = asked.filter((q) => q.chapter === c.number);
          const done = qs.filter((q) => kept[q.id] !== undefined).length;
          const open = qs.find((q) => kept[q.id] === undefined) ?? qs[0];
          const status = qs.length === 0 ? t('overview.readOnly') : done === qs.length ? t('overview.done') : t('overview.progress', { done: String(done), of: String(qs.length) });
          return (
            <li key={c.id} class={qs.length === 0 ? 'read-only' : done === qs.length ? 'done' : 'open'}>
              <span class="overview-number" aria-hidden="true">
                {c.number}
              </span>
              <div>
                <h2 class="h4">{c.title}</h2>
                <p class="overview-status">{status}</p>
                <p class="overview-links">
                  {open && canShow(open.id, app.answers) && (
                    <a
                      href={`#/vraag/${open.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        send({ type: 'SHOW', to: open.id });
                        navigate(routeOfPosition(open.id));
                      }}
                    >
                      {t('overview.toQuestions')}
                      <span class="visually-hidden">: {c.title}</span>
                    </a>
                  )}
                  <Link to={{ page: 'read', id: c.id }}>
                    {t('overview.read')}
                    <span class="visually-hidden">: {c.title}</span>
                  </Link>
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
