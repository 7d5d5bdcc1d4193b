/** The answers that walk the longest path: every situation, each branch that asks the most. */
export const LARGEST: Record<string, string | string[]> = {
  situatie: ['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-01', 'aanmelding-bevestiging': 'ja',
  'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'geweigerd', 'weigering-datum': '2026-10-01', 'weigering-andere-school': 'nee', opp: 'ja',
  'opp-besproken': '2026-06-01', 'opp-ingestemd': 'nee', 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', onderzoek: 'oud', 'swv-betrokken': 'ja', 'school-zegt': ['klas-vol', 'diagnose-eerst'],
  'thuis-sinds': '2026-09-01', 'thuis-hoeveel': 'helemaal', 'thuis-reden': 'verwijderd', 'verwijdering-datum': '2026-09-10', 'verwijdering-andere-school': 'nee', ingeschreven: 'ja',
  'lessen-nu': 'nee', 'lpa-betrokken': 'weet-niet', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-01', tekenen: 'ja', 'dossier-gezien': 'nee', jeugdhulp: 'nodig',
  'tlv-fase': 'besluit', 'tlv-gehoord': 'nee', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-10-20', 'tlv-eens': 'nee', 'tlv-soort': 'so', 'tlv-plek': 'wachtlijst',
  vervoer: 'ja', klacht: 'ingediend', 'klacht-datum': '2026-10-15', groep: 'groep-7-8',
  'weigering-schriftelijk': 'nee', 'verwijdering-besluit': 'schriftelijk', 'bezwaar-ingediend': 'ja', 'gpo-ingediend': 'ja', 'aanbod-geweigerd': 'ja',
  'opp-onenigheid': 'niet-overgenomen', 'dossier-gevraagd': 'ja', 'bezwaar-datum': '2026-11-02', 'gpo-datum': '2026-11-05', 'dossier-gevraagd-datum': '2026-10-01',
};
