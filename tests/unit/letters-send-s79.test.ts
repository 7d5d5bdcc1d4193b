/**
 * Session 79 (from s79-letters' "noticed"): the page around both bezwaar letters said "send it by e-mail … Sign it", but an
 * e-mail carries no signature, and a bezwaar is a signed letter. Whether an e-mail alone is enough is not in our sources
 * (the Awb's rules on electronic sending are in no seed), so the page says what works either way: attach the signed
 * letter (a scan or a photo). Failed before in all six languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
type Letter = { id: string; send: string };
const letters: Record<string, Letter[]> = {};
beforeAll(async () => {
  for (const lang of LANGS) letters[lang] = ((await import(`../../src/content/generated/letters.${lang}.ts`)) as { default: { letters: Letter[] } }).default.letters;
});
const SIGNED_ATTACHMENT: Record<(typeof LANGS)[number], RegExp> = {
  nl: /Mail je het\? Stuur de brief dan mee als bijlage, met je handtekening erop \(een scan of een foto\)\./,
  en: /Sending it by e-mail\? Then attach the letter with your signature on it \(a scan or a photo\)\./,
  tr: /E-postayla mı gönderiyorsunuz\? O zaman mektubu imzalı hâliyle ek olarak gönderin \(tarama veya fotoğraf\)\./,
  pl: /Wysyłasz go e-mailem\? Dołącz wtedy list z twoim podpisem jako załącznik \(skan albo zdjęcie\)\./,
  uk: /Надсилаєте електронною поштою\? Тоді додайте лист із вашим підписом як вкладення \(скан або фото\)\./,
  ar: /هل ترسله بالبريد الإلكتروني؟ أرفق الرسالة إذن وعليها توقيعك \(نسخة ممسوحة أو صورة\)\./,
};

describe.each(['bezwaar-weigering-verwijdering', 'bezwaar-tlv'])('%s: how to send it', (id) => {
  it.each(LANGS)('%s: by e-mail, the signed letter as an attachment', (lang) => {
    const send = letters[lang]!.find((l) => l.id === id)!.send;
    expect(send).toMatch(SIGNED_ATTACHMENT[lang]);
    // Still both ways of sending, and the proof kept.
    expect(send.length).toBeGreaterThan(120);
  });
});
