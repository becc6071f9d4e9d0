// Credit reports, pure parts (issue 16): report numbers and codes, the canonical snapshot and its
// Ed25519 signature (one changed byte → invalid), money in English, and the CJK font's coverage of
// every character the reports and the site's messages print.
import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registeredCapitalAmount, wanToYuan } from '../../lib/domain/money';
import { translator } from '../../lib/i18n/messages';
import { MESSAGES } from '../../lib/i18n/messages';
import { reportFont } from '../../lib/reports/fonts';
import { CROCKFORD_ALPHABET, newReportNo, newVerificationCode, parseReportNo, parseVerificationCode } from '../../lib/reports/report-number';
import { keyIdOf, parseSigningKey, publicKeyOf, signCanonical, verifyCanonical } from '../../lib/reports/signature';
import { buildReportSnapshot, canonicalSnapshot, recordCount, snapshotSha256 } from '../../lib/reports/snapshot';
import type { EntityProfile } from '../../lib/entities/get-entity-profile';

const profile: EntityProfile = {
  entity: {
    uscc: '91370102MA3C5PRX3E',
    usccChecksumValid: true,
    regNo: null,
    name: '济南鸿鹏科技有限公司',
    formerNames: [],
    aliases: ['鸿鹏'],
    type: 'company',
    legalRepresentative: '王伟',
    registeredCapital: '50.0000',
    establishedOn: '2015-06-01',
    businessTermFrom: '2015-06-01',
    businessTermTo: null,
    address: '济南市历下区泉城路1号',
    districtCode: '370102',
    industryCode: null,
    scope: null,
    status: 'active',
    isSmallMicro: true,
    registrar: { code: 'jnamr', 'zh-CN': '济南市市场监督管理局', 'zh-TW': '濟南市市場監督管理局', en: 'Jinan Market Regulation Bureau' },
    storedLevel: 'yellow',
  },
  records: [
    {
      id: '7',
      category: 'warning',
      kind: 'penalty',
      title: '行政处罚决定',
      docNo: '济市监罚〔2026〕1号',
      decisionDate: '2026-01-10',
      collectedOn: '2026-01-12',
      severity: 'general',
      legalBasis: null,
      content: null,
      publicityStart: '2026-01-10',
      publicityEnd: '2027-01-10',
      status: 'published',
      grounds: null,
      removedOn: null,
      removalReason: null,
      listName: null,
      countsTowardLevel: null,
      department: { code: 'jnamr', 'zh-CN': '济南市市场监督管理局', 'zh-TW': '濟南市市場監督管理局', en: 'Jinan Market Regulation Bureau' },
    },
  ],
  recordTotals: { warning: 1 },
  complaints: [],
  rating: {
    level: 'yellow',
    reasons: [{ code: 'penalties', level: 'yellow', recordIds: ['7'], count: 1 }],
    ruleVersion: 'dalian-2021',
    ratedOn: '2026-03-01',
    windowStart: '2024-03-01',
    complaints: { count: 0, resolvedRate: null },
  },
};

const snapshot = (locale: 'zh-CN' | 'zh-TW' | 'en' = 'zh-TW') =>
  buildReportSnapshot({
    profile,
    reportNo: '20260301-7K3M9Q2XH4B8N6TD',
    locale,
    issuedAt: new Date('2026-03-01T02:00:00Z'),
    dataAsOf: new Date('2026-03-01T01:00:00Z'),
    applicationsUnderWay: { objections: 1, repairs: 0 },
    measures: [],
  });

describe('report numbers and verification codes', () => {
  it('are the issue date in China Standard Time and 16 random Crockford characters; codes are 6', () => {
    // 20:00 UTC on 28 February is 1 March in Shanghai.
    const no = newReportNo(new Date('2026-02-28T20:00:00Z'));
    expect(no).toMatch(/^20260301-[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(newVerificationCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    const many = new Set(Array.from({ length: 2000 }, () => newReportNo(new Date()).slice(9)));
    expect(many.size).toBe(2000);
    // Every symbol of the alphabet turns up (5 bits each, no bias towards a few).
    expect(new Set([...many].join('')).size).toBe(CROCKFORD_ALPHABET.length);
  });

  it('are read back from what a person types: case, spaces, O/I/L, a missing or odd hyphen', () => {
    expect(parseReportNo('20260301-7k3m9q2xh4b8n6td')).toBe('20260301-7K3M9Q2XH4B8N6TD');
    expect(parseReportNo(' 20260301 7K3M 9Q2X H4B8 N6TD ')).toBe('20260301-7K3M9Q2XH4B8N6TD');
    expect(parseReportNo('20260301–7K3M9Q2XH4B8N6TO')).toBe('20260301-7K3M9Q2XH4B8N6T0');
    expect(parseReportNo('20260301-7K3M9Q2XH4B8N6TU')).toBeNull();
    expect(parseReportNo('2026030-7K3M9Q2XH4B8N6TD')).toBeNull();
    expect(parseReportNo('../../etc/passwd')).toBeNull();
    expect(parseVerificationCode(' k7m2qx ')).toBe('K7M2QX');
    expect(parseVerificationCode('K7M2Q')).toBeNull();
    fc.assert(fc.property(fc.string(), (s) => parseReportNo(s) === null || /^\d{8}-[0-9A-HJKMNP-TV-Z]{16}$/.test(parseReportNo(s)!)));
  });
});

describe('canonical snapshot and Ed25519 signature', () => {
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  const publicKey = publicKeyOf(privateKey);

  it('holds what the profile shows in the report language, with applications as counts and no verification code', () => {
    const s = snapshot('en');
    expect(s.entity.registrar).toBe('Jinan Market Regulation Bureau');
    expect(s.records[0]!.department).toEqual({ code: 'jnamr', name: 'Jinan Market Regulation Bureau' });
    expect(s.applicationsUnderWay).toEqual({ objections: 1, repairs: 0 });
    expect(s).not.toHaveProperty('verificationCode');
    expect(recordCount(s)).toBe(1);
  });

  it('is the same text however its keys were ordered, and the signature verifies over it', () => {
    const s = snapshot();
    const canonical = canonicalSnapshot(s);
    const reordered = JSON.parse(JSON.stringify(s, Object.keys(s).reverse())) as typeof s;
    expect(canonicalSnapshot({ ...reordered, ...s })).toBe(canonical);
    expect(snapshotSha256(canonical)).toMatch(/^[0-9a-f]{64}$/);
    const signature = signCanonical(canonical, privateKey);
    expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(verifyCanonical(canonical, signature, publicKey)).toBe(true);
  });

  it('fails when one byte of the signature or of the snapshot changes, or under another key', () => {
    const canonical = canonicalSnapshot(snapshot());
    const signature = signCanonical(canonical, privateKey);
    const bytes = Buffer.from(signature, 'base64url');
    for (const i of [0, 31, 63]) {
      const tampered = Buffer.from(bytes);
      tampered[i] = tampered[i]! ^ 0x01;
      expect(verifyCanonical(canonical, tampered.toString('base64url'), publicKey)).toBe(false);
    }
    const edited = canonicalSnapshot({ ...snapshot(), rating: { ...snapshot().rating, level: 'green' } });
    expect(verifyCanonical(edited, signature, publicKey)).toBe(false);
    expect(verifyCanonical(canonical.replace('济南', '濟南'), signature, publicKey)).toBe(false);
    const other = crypto.generateKeyPairSync('ed25519').publicKey;
    expect(verifyCanonical(canonical, signature, other)).toBe(false);
    expect(verifyCanonical(canonical, 'not a signature', publicKey)).toBe(false);
  });

  it('reads the key as PKCS#8 PEM or base64 DER, refuses other key types, and names it by its public half', () => {
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const der = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    expect(keyIdOf(publicKeyOf(parseSigningKey(pem)))).toBe(keyIdOf(publicKey));
    expect(keyIdOf(publicKeyOf(parseSigningKey(der)))).toMatch(/^[0-9a-f]{16}$/);
    const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => parseSigningKey(rsa)).toThrow(/not Ed25519/);
    expect(() => parseSigningKey('nonsense')).toThrow();
  });
});

describe('money in English', () => {
  it('registered capital in 万元 becomes yuan for English and stays 万元 in Chinese', () => {
    expect(wanToYuan('50.0000')).toBe(500_000);
    expect(wanToYuan('0.0001')).toBe(1);
    expect(wanToYuan('12.3456')).toBe(123_456);
    expect(wanToYuan('1234567.89')).toBe(12_345_678_900);
    expect(wanToYuan('3')).toBe(30_000);
    expect(wanToYuan('abc')).toBeNull();
    expect(registeredCapitalAmount('50.0000', 'en')).toBe(500_000);
    expect(registeredCapitalAmount('50.0000', 'zh-CN')).toBe(50);
    expect(registeredCapitalAmount('50.5000', 'zh-TW')).toBe(50.5);
  });

  it('is said as money in every locale: "CNY 500,000" in English, 万元 in Chinese', () => {
    const say = (wan: string, locale: 'zh-CN' | 'zh-TW' | 'en') => translator(locale, 'Profile')('capital', { amount: registeredCapitalAmount(wan, locale)! });
    expect(say('50.0000', 'en')).toBe('CNY 500,000');
    expect(say('1200', 'en')).toBe('CNY 12,000,000');
    expect(say('50.0000', 'zh-CN')).toBe('50 万元');
    expect(say('50.0000', 'zh-TW')).toBe('50 萬元');
    for (const locale of ['en'] as const) expect(JSON.stringify(MESSAGES[locale])).not.toMatch(/ten-thousand|万|萬/);
  });
});

describe('the report font', () => {
  it('has a glyph for every character of the messages in all three locales (Traditional included)', () => {
    const font = reportFont('regular');
    const bold = reportFont('bold');
    const chars = new Set([...JSON.stringify(MESSAGES)].filter((c) => c.codePointAt(0)! > 0x7f));
    const missing = [...chars].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!) || !bold.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
  });
});
