import { useEffect, useMemo, useState } from 'preact/hooks';
import { getState, subscribe, dismissNotice, type AppState } from '../app/controller';
import { useT } from '../app/i18n';
import { routeHash, type Route } from '../app/router';
import { Link } from './components/Link';
import { OfflineReady, UpdateBanner } from './components/UpdateBanner';
import { DutchIsLeading, LanguageMenu } from './components/LanguageMenu';
import { StartPage } from './pages/StartPage';
import { QuestionPage } from './pages/QuestionPage';

import { NotFoundPage } from './pages/NotFoundPage';
import { checkClock } from '../app/clock';
import { formatDate } from '../rules/dates';
import { afterSettled, loadContent, useContent, whenIdleInTurn } from './lazy';
import { lazyPage } from './components/lazyPage';
import { hasEvents, preloadTimelineCode } from '../app/timeline-code';

// Pages only some parents open load their code on first use.
// A plan or a letter with logged events needs the timeline's plan code too (src/app/timeline-code.ts): asked for beside the page's.
const andTimeline = <T,>(load: () => Promise<T>) => (): Promise<T> => {
  if (hasEvents(getState().timeline)) preloadTimelineCode();
  return load();
};
const PlanPage = lazyPage(andTimeline(() => import('./pages/PlanPage').then((m) => m.PlanPage)));
const ReviewPage = lazyPage(() => import('./pages/ReviewPage').then((m) => m.ReviewPage));
const ReadPage = lazyPage(() => import('./pages/ReadPage').then((m) => m.ReadPage), 'readtexts');
const GlossaryPage = lazyPage(() => import('./pages/GlossaryPage').then((m) => m.GlossaryPage), 'readtexts');
const InfoPage = lazyPage(() => import('./pages/InfoPage').then((m) => m.InfoPage), 'readtexts');
const WipePage = lazyPage(() => import('./pages/WipePage').then((m) => m.WipePage));
const OverviewPage = lazyPage(() => import('./pages/OverviewPage').then((m) => m.OverviewPage));
const SearchPage = lazyPage(() => import('./pages/SearchPage').then((m) => m.SearchPage), 'readtexts');
const LettersPage = lazyPage(() => import('./pages/LetterListPage').then((m) => m.LetterListPage));
const LetterPage = lazyPage(andTimeline(() => import('./pages/LettersPage').then((m) => m.LetterPage)));
const SharePage = lazyPage(() => import('./pages/SharePage').then((m) => m.SharePage));
const TimelinePage = lazyPage(() => import('./pages/TimelinePage').then((m) => m.TimelinePage));
const MeetingPage = lazyPage(() => import('./pages/MeetingPage').then((m) => m.MeetingPage), 'pagetexts', 'meetingtexts');
const ProfessionalsPage = lazyPage(() => import('./pages/ProfessionalsPage').then((m) => m.ProfessionalsPage));

export function useApp(): AppState {
  const [, setV] = useState(0);
  useEffect(() => subscribe(() => setV(getState().version)), []);
  return getState();
}

export function App() {
  const t = useT();
  const app = useApp();
  const page = app.route.page;
  // The chrome around the page (skip link, header, menu, banner, footer) depends only on the page kind
  // and the language; an answer re-renders the page alone (Preact skips a vnode it has seen before).
  const header = useMemo(() => <Header page={page} />, [page, t.lang]);
  const footer = useMemo(() => <Footer />, [t.lang]);
  // On the first question page: the check page and the plan load while the parent answers.
  useEffect(() => {
    if (page !== 'question') return;
    // One at a time, each in an idle moment of its own: the plan's code and the step texts each take a task, not
    // one long task together while the parent reads the question.
    const loads = [() => ReviewPage.preload(t.lang), () => PlanPage.preload(t.lang), () => loadContent('steps', t.lang)];
    // After the question is on the screen: a deep link's first paint does not wait for these.
    let cancel = () => {};
    const painted = afterSettled(() => (cancel = whenIdleInTurn(loads, 3000, 1000)));
    return () => (painted(), cancel());
  }, [page === 'question', t.lang]);
  return (
    <>
      {header}
      <main id="main" tabIndex={-1} class="wrap">
        {/* The plan page shows it after its first block, "Eerst dit" (session 69). */}
        {page !== 'plan' && <DutchIsLeading route={app.route} />}
        {/* Always there, empty when no notice: a screen reader announces what a live region gets, not a region that
            arrives with its text (WCAG 4.1.3). */}
        <div class="notices" role="status">
          {app.notices.map((n) => (
            <div class={n.urgent ? 'notice notice-urgent' : 'notice'} key={n.key} role={n.urgent ? 'alert' : undefined}>
              <p>{t.raw(n.key, n.params)}</p>
              {n.actions ? (
                <div class="button-row">
                  {n.actions.map((a) => (
                    <button type="button" key={a.label} class={a.primary ? 'button small' : 'button small secondary'} onClick={a.run}>
                      {t.raw(a.label)}
                    </button>
                  ))}
                </div>
              ) : (
                <button type="button" class="link-button" onClick={() => dismissNotice(n.key)}>
                  {t('pwa.dismiss')}
                </button>
              )}
            </div>
          ))}
        </div>
        <ClockGuard app={app}>
          {/* A new page is a new component, except the next question: that page is patched in place
              (QuestionPage resets its state per question), which saves re-creating its DOM on every tap. */}
          <Page key={app.route.page === 'question' ? 'question' : routeHash(app.route)} route={app.route} app={app} />
        </ClockGuard>
      </main>
      {footer}
    </>
  );
}

function Header({ page }: { page: Route['page'] }) {
  const t = useT();
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('app.skip')}
      </a>
      <header class="site-header">
        <div class="wrap header-row">
          <Link to={{ page: 'start' }} class="brand">
            <svg class="brand-mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
              <path d="M32 10v44M32 18h16l6 6-6 6H32M32 34H16l-6 6 6 6h16" fill="none" stroke="currentColor" stroke-width="5" stroke-linejoin="round" />
            </svg>
            <span>
              <span class="brand-name">{t('app.name')}</span>
              <span class="brand-tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <LanguageMenu />
        </div>
        <nav class="wrap site-nav" aria-label={t('app.menu')}>
          <NavLink to={{ page: 'read' }} current={page} label={t('nav.read')} />
          <NavLink to={{ page: 'glossary' }} current={page} label={t('nav.glossary')} />
          <NavLink to={{ page: 'search' }} current={page} label={t('nav.search')} />
          <NavLink to={{ page: 'letters' }} current={page} label={t('nav.letters')} />
          <NavLink to={{ page: 'timeline' }} current={page} label={t('timelineNav.menu')} />
        </nav>
      </header>
      {/* In the flow, under the header: it pushes the page down instead of covering it. */}
      <UpdateBanner />
    </>
  );
}

function Footer() {
  const t = useT();
  return (
    <footer class="site-footer">
      <div class="wrap footer-row">
        <Link to={{ page: 'info', id: 'privacy' }}>{t('nav.privacy')}</Link>
        <Link to={{ page: 'info', id: 'toegankelijkheid' }}>{t('nav.accessibility')}</Link>
        <Link to={{ page: 'info', id: 'over' }}>{t('nav.about')}</Link>
        <Link to={{ page: 'professionals' }}>{t('contactCard.forProfessionals')}</Link>
        <Link to={{ page: 'wipe' }} class="wipe-link">
          {t('nav.wipe')}
        </Link>
      </div>
      <div class="wrap">
        <OfflineReady />
      </div>
    </footer>
  );
}

function NavLink({ to, current, label }: { to: Route; current: Route['page']; label: string }) {
  const active = to.page === current;
  return (
    <Link to={to} class={active ? 'active' : undefined}>
      {active ? <span aria-current="page">{label}</span> : label}
    </Link>
  );
}

/** Pages that compute with today's date. */
const DATED = new Set(['plan', 'letter', 'share', 'review']);

/**
 * A device clock that cannot be right gets a clear message where dates are computed (clock.ts):
 * no usable date at all replaces the plan, letters and shared plans with the message; an
 * implausible date or a "past" answer after today shows a message above the page.
 */
function ClockGuard({ app, children }: { app: AppState; children: preact.ComponentChildren }) {
  if (!DATED.has(app.route.page) || (app.route.page === 'share' && !app.route.payload)) return <>{children}</>;
  return <DatedClockGuard app={app}>{children}</DatedClockGuard>;
}

/**
 * ClockGuard on a page with dates. Its texts travel with the dated pages (they load with them, not in the first load);
 * session 41: only these ask for them, so a question page no longer fetches them beside its first paint.
 */
function DatedClockGuard({ app, children }: { app: AppState; children: preact.ComponentChildren }) {
  const t = useT();
  const texts = useContent('pagetexts', t.lang);
  const clock = checkClock(app.answers);
  // Until the message's texts are in, a clock with no usable date shows the loading line: the page
  // itself would compute with that date and fail.
  if (!texts.data) return clock.problem === 'broken' ? <p>{t('app.loading')}</p> : <>{children}</>;
  if (clock.problem === 'broken')
    return (
      <div class="notice notice-urgent" role="alert">
        <p>{t('trustPages.clockBroken')}</p>
      </div>
    );
  return (
    <>
      {clock.problem === 'implausible' && (
        <div class="notice notice-urgent" role="alert">
          <p>{t('trustPages.clockImplausible', { date: formatDate(clock.today!, t.lang) })}</p>
        </div>
      )}
      {clock.futurePast.length > 0 && app.route.page !== 'share' && (
        <div class="notice notice-urgent" role="alert">
          <p>{t('trustPages.futurePast', { today: formatDate(clock.today!, t.lang) })}</p>
          {app.route.page !== 'review' && <Link to={{ page: 'review' }}>{t('trustPages.checkAnswers')}</Link>}
        </div>
      )}
      {children}
    </>
  );
}

function Page({ route, app }: { route: Route; app: AppState }) {
  switch (route.page) {
    case 'start':
      return <StartPage app={app} />;
    case 'question':
      return <QuestionPage id={route.id} app={app} />;
    case 'reading':
      return <ReadPage reading />;
    case 'review':
      return <ReviewPage app={app} />;
    case 'plan':
      return <PlanPage app={app} />;
    case 'read':
      return <ReadPage id={route.id} />;
    case 'glossary':
      return <GlossaryPage id={route.id} />;
    case 'search':
      return <SearchPage />;
    case 'letters':
      return <LettersPage />;
    case 'letter':
      return <LetterPage id={route.id} app={app} {...(route.decision ? { decision: route.decision } : {})} />;
    case 'info':
      return <InfoPage id={route.id} />;
    case 'wipe':
      return <WipePage />;
    case 'overview':
      return <OverviewPage app={app} />;
    case 'share':
      return <SharePage payload={route.payload} app={app} />;
    case 'professionals':
      return <ProfessionalsPage />;
    case 'timeline':
      return <TimelinePage app={app} />;
    case 'meeting':
      return <MeetingPage app={app} after={route.after === true} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
