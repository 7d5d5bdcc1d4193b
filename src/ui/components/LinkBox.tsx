import '../reading.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { T } from '../../app/i18n';

/**
 * The link as selectable text, a copy button and an on-demand QR code (its code loads only when asked): the share page
 * and the professionals' page. Its own file, so the professionals' page does not load the share page and with it the
 * plan's code (session 60).
 */
export function LinkBox({ link, label, t, id, qr = true }: { link: string; label: string; t: T; id: string; qr?: boolean }) {
  const [status, setStatus] = useState('');
  const [showQr, setShowQr] = useState(false);
  const [qrFailed, setQrFailed] = useState<boolean | 'large'>(false);
  const box = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setStatus(''), [link]);
  useEffect(() => {
    if (!showQr || !link) return;
    let live = true;
    import('../../app/export/qr').then(
      (qr) => {
        if (!live || !box.current) return;
        try {
          box.current.replaceChildren(qr.qrSvgSized(link, t('share.qrLabel')));
          setQrFailed(false);
        } catch (e) {
          box.current.replaceChildren();
          setQrFailed(e instanceof qr.QrTooLarge ? 'large' : true);
        }
      },
      () => live && setQrFailed(true),
    );
    return () => void (live = false);
  }, [showQr, link, t.lang]);
  const copy = () =>
    navigator.clipboard.writeText(link).then(
      () => setStatus(t('share.copied')),
      () => {
        field.current?.select();
        setStatus(t('share.copyFailed'));
      },
    );
  return (
    <div class="link-box">
      <label for={id} class="label">
        {label}
      </label>
      <textarea id={id} ref={field} class="link-text" readOnly rows={4} value={link} onFocus={(e) => e.currentTarget.select()} />
      <div class="button-row">
        <button type="button" class="button" onClick={copy} disabled={!link}>
          {t('share.copy')}
        </button>
        {qr && (
          <button type="button" class="button secondary" onClick={() => setShowQr(true)} disabled={!link || showQr}>
            {t('share.showQr')}
          </button>
        )}
      </div>
      <p role="status" class="copy-status">
        {status}
      </p>
      <div ref={box} class="qr-box" />
      {showQr && !qrFailed && <p class="hint">{t('share.qrHint')}</p>}
      {qrFailed && <p class="error-message">{qrFailed === 'large' ? t('trustPages.qrTooLarge') : t('share.qrFailed')}</p>}
    </div>
  );
}
