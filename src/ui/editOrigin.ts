/**
 * "Wijzig" on the check page opens one question; its "Vorige" then goes back to the check page,
 * not to the question before it. The machine's BACK walks the questionnaire, so the view remembers
 * which question was opened from the check page (in memory: after a reload "Vorige" walks back as usual).
 */
let origin: string | undefined;

export const openedFromReview = (question: string): void => {
  origin = question;
};
export const isOpenedFromReview = (question: string): boolean => origin === question;
export const clearReviewOrigin = (): void => {
  origin = undefined;
};
