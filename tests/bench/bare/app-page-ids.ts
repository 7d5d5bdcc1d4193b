/**
 * The five of the app's questions that the bare stack draws with the app's page (page.tsx,
 * pagelogic.tsx): choice questions of the thuiszitten walk, with options and hints of every length.
 * bench.ts compares the app's taps from these questions with theirs, like for like.
 */
export const APP_PAGE_IDS = ['thuis-reden', 'thuis-hoeveel', 'lessen-nu', 'ingeschreven', 'bezwaar-ingediend'];
