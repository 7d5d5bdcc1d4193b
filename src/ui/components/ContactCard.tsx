import type { ComponentChildren } from 'preact';
import { useT } from '../../app/i18n';
import { removeContact, addNotice } from '../../app/controller';
import { isPhone, mailHref, webHref, type ContactCard as Card } from '../../app/contact';

/**
 * "Hulp nodig?": the steunpunt's card from a link. Every value is text (Preact escapes it); phone and
 * e-mail are links only when valid, the website only when it is http(s) (checked again on loading).
 */
/** `inline`: the same details inside another block (the plan's "Eerst dit" and its steunpunt step), without heading or remove button. */
export function ContactCard({ card, inline }: { card?: Card; inline?: boolean }) {
  const t = useT();
  if (!card) return null;
  const { org, naam, tel, email, web, regio, open } = card;
  const row = (label: string, value: ComponentChildren) => (
    <p>
      {label}: {value}
    </p>
  );
  const details = (
    <>
      {org && <p class="contact-org">{org}</p>}
      {(naam || regio) && <p>{[naam, regio].filter(Boolean).join(', ')}</p>}
      {tel && row(t('contactCard.tel'), isPhone(tel) ? <a href={`tel:${tel.replace(/[^0-9+]/g, '')}`}>{tel}</a> : tel)}
      {email && row(t('contactCard.email'), mailHref(email) ? <a href={mailHref(email)}>{email}</a> : email)}
      {/* The text is exactly where the link goes; an address with user info is never a link. */}
      {web && row(t('contactCard.web'), webHref(web) ? <a href={webHref(web)} rel="noopener noreferrer">{webHref(web)}</a> : web)}
      {open && row(t('contactCard.open'), open)}
    </>
  );
  if (inline) return <div class="contact-inline">{details}</div>;
  return (
    <section class="contact-card" aria-labelledby="contact-card-title">
      <h2 id="contact-card-title" class="h3">
        {t('contactCard.title')}
      </h2>
      {details}
      <button type="button" class="link-button no-print" onClick={() => (removeContact(), addNotice({ key: 'contactCard.removed' }))}>
        {t('contactCard.remove')}
      </button>
    </section>
  );
}
