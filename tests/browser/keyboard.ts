/**
 * Keyboard-only helpers for the browser tests: no clicks, only Tab, arrows, Space, Enter and typing,
 * the way a parent who cannot use a mouse or touch screen walks the questions.
 */
import { expect } from 'vitest';
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

/**
 * Answers question after question with the keyboard (`pick` chooses the option per question id)
 * until the questionnaire ends, at most 45. On every question: focus is on the new h1 (the first
 * question too: it is the first page after the start page), the page title names the question and
 * differs from the last one (WCAG 2.4.2, 2.4.3); `checkTitle` adds a test's own check of the title.
 * Returns how many questions it answered.
 */
export async function walkQuestionsWithKeyboard(page: Page, pick: (id: string) => string | undefined, checkTitle?: (title: string, id: string) => void): Promise<number> {
  const titles: string[] = [];
  for (let i = 0; i < 45 && (await hash(page)).startsWith('#/vraag/'); i++) {
    const id = (await hash(page)).replace('#/vraag/', '');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 5000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.tagName), `focus on the h1 at ${id}`).toBe('H1');
    // The title is written in an effect after the paint (Heading.tsx), the history entry right after the frame: under load
    // the new hash can come first (a Ukrainian walk read the question before's title once, session 56). Wait for it.
    await page.waitForFunction(() => document.title.includes(document.querySelector('main h1')?.textContent ?? '\u0000'), undefined, { timeout: 5000 }).catch(() => undefined);
    const title = await page.title();
    checkTitle?.(title, id);
    expect(title, `the title names the question at ${id}`).toContain(await page.locator('main h1').innerText());
    expect(titles.at(-1), `the title changed at ${id}`).not.toBe(title);
    titles.push(title);
    await answerWithKeyboard(page, pick(id), id === 'schorsing-datum' ? '16-11-2026' : '1-9-2026');
  }
  return titles.length;
}
