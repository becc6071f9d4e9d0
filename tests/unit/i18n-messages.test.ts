// tests/support/messages.ts reads the message files itself (for Playwright); it must read what the app does.
import { expect, it } from 'vitest';
import { MESSAGES as APP } from '@/lib/i18n/messages';
import { MESSAGES as SUPPORT } from '../support/messages';

it('the test support messages equal the app messages in every locale', () => {
  expect(SUPPORT).toEqual(APP);
});
