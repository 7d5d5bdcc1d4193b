import { useRef, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { deviceStore } from '../../app/controller';
import { PREFIX, type KeyValueStore } from '../../app/storage';
import { download } from '../../app/export/download';
import { formatDateShort, todayInNL } from '../../rules/dates';
import { isEncrypted, makeBackup, mergeData, readBackup, summarize, type BackupData, type BackupError } from '../../timeline/backup';

const ERRORS: Record<BackupError, 'backup.errorDamaged' | 'backup.errorForeign' | 'backup.errorNewer' | 'backup.needsPass' | 'backup.errorPass'> = {
  damaged: 'backup.errorDamaged',
  foreign: 'backup.errorForeign',
  newer: 'backup.errorNewer',
  'needs-passphrase': 'backup.needsPass',
  'wrong-passphrase': 'backup.errorPass',
};

/** Everything this app keeps on the device, as stored. */
export function readAll(store: KeyValueStore): BackupData {
  const out: BackupData = {};
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k?.startsWith(PREFIX)) {
      const v = store.getItem(k);
      if (v !== null) out[k] = v;
    }
  }
  return out;
}

/** Replaces everything under "wegwijzer." with `data`, then reloads so every part is read fresh. */
function writeAll(store: KeyValueStore, data: BackupData) {
  const old = Object.keys(readAll(store));
  for (const k of old) if (!(k in data)) store.removeItem(k);
  for (const [k, v] of Object.entries(data)) store.setItem(k, v);
}

/** "Bewaar een kopie" and "Zet een kopie terug". */
export function BackupSection() {
  const t = useT();
  const [pass, setPass] = useState('');
  const [status, setStatus] = useState('');
  const [file, setFile] = useState<{ text: string; encrypted: boolean } | undefined>();
  const [loaded, setLoaded] = useState<{ data: BackupData; made: string } | undefined>();
  const [openPass, setOpenPass] = useState('');
  const [error, setError] = useState('');
  const askRef = useRef<HTMLHeadingElement>(null);

  const make = async () => {
    const name = `${t('backup.fileName')}-${todayInNL()}.json`;
    const text = await makeBackup(readAll(deviceStore()), new Date(), pass || undefined);
    download(new Blob([text], { type: 'application/json' }), name);
    setStatus(t('backup.made', { file: name }));
  };
  const choose = async (input: HTMLInputElement) => {
    setError('');
    setLoaded(undefined);
    const f = input.files?.[0];
    if (!f) return;
    let text: string;
    try {
      text = await f.text();
    } catch {
      return setError(t('backup.errorRead'));
    }
    const enc = isEncrypted(text);
    setFile({ text, encrypted: enc === true });
    if (enc !== true) await open(text);
  };
  const open = async (text: string, passphrase?: string) => {
    const r = await readBackup(text, passphrase);
    if (!r.ok) return setError(t(ERRORS[r.error]));
    setError('');
    setLoaded({ data: r.data, made: r.made });
    setTimeout(() => askRef.current?.focus(), 0);
  };
  const restore = (mode: 'replace' | 'merge') => {
    if (!loaded) return;
    const store = deviceStore();
    writeAll(store, mode === 'replace' ? loaded.data : mergeData(readAll(store), loaded.data));
    // Every part of the app reads its data fresh, through its own checks.
    sessionStorage.setItem(`${PREFIX}restored`, '1');
    location.reload();
  };
  const s = loaded && summarize(loaded.data);
  const made = loaded && /^\d{4}-\d{2}-\d{2}/.test(loaded.made) ? formatDateShort(loaded.made.slice(0, 10), t.lang) : '';
  return (
    <section class="backup no-print" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.lead')}</p>
      <p>{t('backup.what')}</p>
      <div class="form-group">
        <label class="label" for="backup-pass">
          {t('backup.passphrase')}
        </label>
        <p class="hint" id="backup-pass-hint">
          {t('backup.passphraseHint')}
        </p>
        <input id="backup-pass" class="input" type="password" autoComplete="new-password" aria-describedby="backup-pass-hint" value={pass} onInput={(e) => setPass((e.target as HTMLInputElement).value)} />
      </div>
      <button type="button" class="button" onClick={() => void make()}>
        {t('backup.make')}
      </button>
      <p role="status">{status}</p>

      <h2 id="restore-title">{t('backup.restoreTitle')}</h2>
      <p>{t('backup.restoreLead')}</p>
      <div class={`form-group${error ? ' has-error' : ''}`}>
        <label class="label" for="backup-file">
          {t('backup.file')}
        </label>
        {error && (
          <p class="error-message" id="backup-error" role="alert">
            {error}
          </p>
        )}
        <input id="backup-file" class="input" type="file" accept=".json,application/json" aria-describedby={error ? 'backup-error' : undefined} onChange={(e) => void choose(e.target as HTMLInputElement)} />
      </div>
      {file?.encrypted && !loaded && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void open(file.text, openPass);
          }}
        >
          <div class="form-group">
            <label class="label" for="backup-open-pass">
              {t('backup.needsPass')}
            </label>
            <input id="backup-open-pass" class="input" type="password" autoComplete="off" value={openPass} onInput={(e) => setOpenPass((e.target as HTMLInputElement).value)} />
          </div>
          <button type="submit" class="button">
            {t('backup.open')}
          </button>
        </form>
      )}
      {loaded && s && (
        <div class="backup-contents">
          <p>{t('backup.contents', { date: made })}</p>
          <ul>
            <li>{t('backup.answers', { count: s.answers })}</li>
            <li>{t('backup.events', { count: s.events })}</li>
            <li>{t('backup.fields', { count: s.letterFields })}</li>
            {s.letterEdits > 0 && <li>{t('backup.edits', { count: s.letterEdits })}</li>}
            <li>{t('backup.ticks', { count: s.ticks })}</li>
            {s.contact && <li>{t('backup.contact')}</li>}
          </ul>
          <h3 tabIndex={-1} ref={askRef}>
            {t('backup.ask')}
          </h3>
          <p class="hint">{t('backup.replaceHint')}</p>
          <p class="hint">{t('backup.mergeHint')}</p>
          <div class="button-row">
            <button type="button" class="button warning" onClick={() => restore('replace')}>
              {t('backup.replace')}
            </button>
            <button type="button" class="button secondary" onClick={() => restore('merge')}>
              {t('backup.merge')}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setLoaded(undefined);
                setFile(undefined);
                setStatus(t('backup.cancelled'));
              }}
            >
              {t('backup.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
