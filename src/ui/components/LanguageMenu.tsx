import { useRef } from 'preact/hooks';
import { changeLanguage } from '../../app/controller';
import { LANGS, useT } from '../../app/i18n';
import { routeHash, type Route } from '../../app/router';

/**
 * The language menu in the header of every page: every language this build has, each named in
 * itself (and marked with its own lang and dir, so a screen reader reads "العربية" as Arabic).
 * A native <details> (the disclosure pattern): it opens and closes with Enter/Space on the summary.
 * Choosing keeps the page, the step and every answer: only the texts change.
 */
export function LanguageMenu() {
  const t = useT();
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (!menu.current) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };
  return (
    <details class="lang-menu" ref={menu}>
      <summary class="lang-switch">
        <svg class="lang-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19M2.5 12h19M12 2.5c3 3 3 16 0 19M12 2.5c-3 3-3 16 0 19" />
        </svg>
        <span>{t('language.menu')}</span>
      </summary>
      <ul class="lang-list">
        {LANGS.map((l) => (
          <li key={l.code}>
            <button
              type="button"
              class="link-button"
              lang={l.code}
              aria-current={l.code === t.lang ? 'true' : undefined}
              onClick={() => {
                close();
                if (l.code !== t.lang) void changeLanguage(l.code as typeof t.lang);
              }}
            >
              {l.name}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * In every language but Dutch, once per page: this is a translation, the Dutch text is leading,
 * with a link to the same page in Dutch (the `taal` link parameter, handled like a steunpunt link).
 */
export function DutchIsLeading({ route }: { route: Route }) {
  const t = useT();
  if (t.lang === 'nl') return null;
  return (
    <p class="muted lang-note">
      {t('language.leading')}{' '}
      <a href={`${routeHash(route)}?taal=nl`} hreflang="nl">
        {t('language.toDutch')}
      </a>
    </p>
  );
}
