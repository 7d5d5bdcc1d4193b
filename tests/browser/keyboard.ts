/**
 * Keyboard-only helpers for the browser tests: no clicks, only Tab, arrows, Space, Enter and typing,
 * the way a parent who cannot use a mouse or touch screen walks the questions.
 */
import type { Page } from 'playwright-core';

export const hash = (page: Page) => page.evaluate(() => location.hash);

/** Tab until the submit button has focus, then press Enter: keyboard only. */
export async function submitWithKeyboard(page: Page) {
  for (let i = 0; i < 20; i++) {
    const isSubmit = await page.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.type === 'submit');
    if (isSubmit) return page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
  }
  throw new Error('submit button not reachable with Tab');
}

/** Answers the current question with the keyboard. `choice` picks an option value; dates are typed. */
export async function answerWithKeyboard(page: Page, choice?: string, date = '1-9-2026') {
  const before = await hash(page);
  await page.keyboard.press('Tab'); // from the focused h1 to the first field
  const kind = await page.evaluate(() => (document.activeElement as HTMLInputElement).type);
  if (kind === 'text') await page.keyboard.type(date);
  else if (kind === 'radio' || kind === 'checkbox') {
    if (choice) {
      // Walk to the wanted option: arrows within a radio group, Tab between checkboxes.
      for (let i = 0; i < 12; i++) {
        const v = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
        if (v === choice) break;
        await page.keyboard.press(kind === 'radio' ? 'ArrowDown' : 'Tab');
      }
    }
    if (kind === 'checkbox' || !(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked))) await page.keyboard.press('Space');
  }
  await submitWithKeyboard(page);
  await page.waitForFunction((h) => location.hash !== h, before);
}
