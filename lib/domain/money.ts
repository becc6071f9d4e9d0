// Registered capital is stored as registered, in units of 10,000 CNY (万元). Chinese readers read
// 万元 as money; in English "CNY 50 ten-thousand" is not how money is said, so English pages show
// the amount in yuan ("CNY 500,000"). The messages say which unit: Profile.capital is
// "{amount} 万元" in zh-CN/zh-TW and "CNY {amount}" in en.
import type { Locale } from './vocabulary';

/** Yuan in one 万元. */
export const YUAN_PER_WAN = 10_000;

/**
 * A decimal string in 万元 (the database's numeric text, e.g. "50.0000") as yuan, shifted by four
 * decimal places on the digits themselves, so 0.0001 万元 is exactly 1 yuan (no binary rounding).
 * Null for text that is not a plain non-negative decimal.
 */
export function wanToYuan(wan: string): number | null {
  const match = /^\s*(\d+)(?:\.(\d*))?\s*$/.exec(wan);
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  const shifted = `${whole}${fraction.padEnd(4, '0').slice(0, 4)}.${fraction.slice(4) || '0'}`;
  return Number(shifted);
}

/**
 * The amount to put in the locale's Profile.capital message: yuan for English, 万元 (as stored)
 * for Chinese. Null when the stored text is not a number.
 */
export function registeredCapitalAmount(wan: string, locale: Locale): number | null {
  if (locale === 'en') return wanToYuan(wan);
  const value = Number(wan);
  return Number.isFinite(value) && wan.trim() !== '' ? value : null;
}
