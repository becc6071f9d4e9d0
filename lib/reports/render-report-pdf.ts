// Draws a credit report's PDF from its snapshot (issue 16): A4, a header and a footer with the
// report number, verification code and page number on every page, real text in an embedded and
// subset CJK font, a QR code to the report's verify page, and the report number, snapshot hash and
// signature in the document information (read back by lib/reports/read-report-upload.ts).
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { registeredCapitalAmount } from '../domain/money';
import { CATEGORIES, type Category, type CreditLevel, type Locale } from '../domain/vocabulary';
import { isListingRecord, recordFieldRows } from '../entities/record-fields';
import { translator } from '../i18n/messages';
import { reportFont } from './fonts';
import { formatCalendarDate, formatInstant } from './format';
import { REPORT_INFO_KEYS } from './pdf-info';
import type { ReportSnapshot, SnapshotRecord } from './snapshot';

/** What a report is checked by: its verification code, the hash and signature of its canonical snapshot, and the key's id. */
export interface ReportSeal {
  verificationCode: string;
  snapshotSha256: string;
  signature: string;
  keyId: string;
}

/** Absolute links printed in a report. */
export interface ReportLinks {
  /** The report's own verify page (the QR code's target). */
  verify: string;
  /** The verify form (number + code, or upload). */
  verifyForm: string;
  /** The firm's current profile. */
  profile: string;
  publicKey: string;
}

/** The links of a report on the site at `siteUrl`. */
export function reportLinks(siteUrl: string, snapshot: Pick<ReportSnapshot, 'locale' | 'reportNo' | 'entity'>): ReportLinks {
  const origin = siteUrl.replace(/\/+$/, '');
  return {
    verify: `${origin}/${snapshot.locale}/verify/${snapshot.reportNo}`,
    verifyForm: `${origin}/${snapshot.locale}/verify`,
    profile: `${origin}/${snapshot.locale}/entities/${snapshot.entity.uscc}`,
    publicKey: `${origin}/api/v1/reports/public-key`,
  };
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 72, bottom: 64, left: 56, right: 56 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const INK = '#111111';
const MUTED = '#555555';
const RULE = '#bbbbbb';
const LEVEL_COLOURS: Record<CreditLevel, string> = { green: '#15803d', yellow: '#ca8a04', red: '#b91c1c', black: '#111111' };
const LABEL_WIDTH = 118;
/** Punctuation around the messages' parts: full-width in Chinese, ASCII with spaces in English. */
const PUNCTUATION = {
  zh: { colon: '：', comma: '，', open: '（', close: '）', openTag: '［', closeTag: '］' },
  en: { colon: ': ', comma: ', ', open: ' (', close: ')', openTag: '[', closeTag: '] ' },
} as const;
type Punctuation = (typeof PUNCTUATION)[keyof typeof PUNCTUATION];
const QR_SIZE = 84;

type Translate = (key: string, values?: Record<string, string | number | Date>) => string;
const translatorCache = new Map<string, Translate>();

/** A translator of `namespace` in `locale`, made once per process. */
function tr(locale: Locale, namespace: string): Translate {
  const key = `${locale}:${namespace}`;
  let t = translatorCache.get(key);
  if (!t) translatorCache.set(key, (t = translator(locale, namespace)));
  return t;
}

/** One translator per namespace, in order. */
function translators<const N extends readonly string[]>(locale: Locale, namespaces: N): { [K in keyof N]: Translate } {
  return namespaces.map((namespace) => tr(locale, namespace)) as { [K in keyof N]: Translate };
}

/** Writes the report's blocks top to bottom, starting a new page when the next block does not fit. */
class ReportWriter {
  private readonly bottom = PAGE.height - MARGIN.bottom;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** Starts a new page unless `height` more points fit on this one. */
  fit(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > MARGIN.top + 1) this.doc.addPage();
  }

  heading(text: string, size = 13): void {
    const { doc } = this;
    doc.font('bold').fontSize(size);
    this.fit(doc.heightOfString(text, { width: CONTENT_WIDTH }) + 40);
    doc.moveDown(0.8);
    doc.fillColor(INK).text(text, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    const y = doc.y + 2;
    doc
      .moveTo(MARGIN.left, y)
      .lineTo(MARGIN.left + CONTENT_WIDTH, y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + 6;
  }

  subheading(text: string): void {
    const { doc } = this;
    doc.font('bold').fontSize(10.5);
    this.fit(doc.heightOfString(text, { width: CONTENT_WIDTH }) + 24);
    doc.moveDown(0.4);
    doc.fillColor(INK).text(text, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    doc.moveDown(0.2);
  }

  paragraph(text: string, options: { size?: number; color?: string; bold?: boolean; indent?: number } = {}): void {
    const { doc } = this;
    const indent = options.indent ?? 0;
    doc.font(options.bold ? 'bold' : 'regular').fontSize(options.size ?? 9.5);
    const width = CONTENT_WIDTH - indent;
    this.fit(Math.min(doc.heightOfString(text, { width }), 60));
    doc.fillColor(options.color ?? INK).text(text, MARGIN.left + indent, doc.y, { width });
  }

  /** Label and value side by side; rows are kept whole on a page when they fit on one. */
  fields(rows: readonly (readonly [string, string])[], options: { size?: number; indent?: number; labelWidth?: number } = {}): void {
    const { doc } = this;
    const size = options.size ?? 9.5;
    const indent = options.indent ?? 0;
    const labelWidth = options.labelWidth ?? LABEL_WIDTH;
    const valueX = MARGIN.left + indent + labelWidth + 8;
    const valueWidth = MARGIN.left + CONTENT_WIDTH - valueX;
    for (const [label, value] of rows) {
      doc.fontSize(size);
      const height = Math.max(doc.font('regular').heightOfString(label, { width: labelWidth }), doc.heightOfString(value, { width: valueWidth }));
      this.fit(Math.min(height, 200));
      const y = doc.y;
      const page = doc.page;
      doc
        .font('regular')
        .fillColor(MUTED)
        .text(label, MARGIN.left + indent, y, { width: labelWidth });
      const afterLabel = doc.y;
      doc.fillColor(INK).text(value, valueX, y, { width: valueWidth });
      // A value longer than the rest of the page flows on to the next one; then its end is the row's end.
      doc.y = (doc.page === page ? Math.max(doc.y, afterLabel) : doc.y) + 1.5;
    }
    doc.x = MARGIN.left;
  }

  rule(): void {
    const { doc } = this;
    const y = doc.y + 4;
    doc
      .moveTo(MARGIN.left, y)
      .lineTo(MARGIN.left + CONTENT_WIDTH, y)
      .lineWidth(0.3)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + 5;
  }
}

/** Draws the QR code of `text` as vector squares (crisp at any zoom, a few hundred bytes). */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + quiet * 2);
  for (let row = 0; row < modules.size; row++) {
    let run = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.data[row * modules.size + col] === 1;
      if (dark && run < 0) run = col;
      if (!dark && run >= 0) {
        doc.rect(x + (quiet + run) * cell, y + (quiet + row) * cell, (col - run) * cell, cell);
        run = -1;
      }
    }
  }
  doc.fillColor('#000000').fill();
}

/** The report's PDF, drawn from its snapshot in the snapshot's language. */
export async function renderReportPdf(snapshot: ReportSnapshot, seal: ReportSeal, links: ReportLinks): Promise<Buffer> {
  const locale = snapshot.locale;
  const [t, tv, tp, tc, tl, treason, tk, tcat, ttype, tstatus, trs, tsev] = translators(locale, [
    'Report',
    'ReportVerify',
    'Profile',
    'Common',
    'Levels',
    'Reasons',
    'Kinds',
    'Categories',
    'EntityTypes',
    'EntityStatuses',
    'RecordStatuses',
    'Severities',
  ]);
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const p = PUNCTUATION[locale === 'en' ? 'en' : 'zh'];
  const na = tc('notAvailable');
  const { entity, rating } = snapshot;

  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: locale,
    displayTitle: true,
    info: {
      Title: `${t('title')} · ${entity.name}`,
      Author: tc('siteName'),
      Subject: t('metaSubject', { reportNo: snapshot.reportNo, name: entity.name, uscc: entity.uscc }),
      Keywords: `${snapshot.reportNo} sha256:${seal.snapshotSha256} ed25519:${seal.signature}`,
      CreationDate: new Date(snapshot.issuedAt),
      ModDate: new Date(snapshot.issuedAt),
      [REPORT_INFO_KEYS.reportNo]: snapshot.reportNo,
      [REPORT_INFO_KEYS.sha256]: seal.snapshotSha256,
      [REPORT_INFO_KEYS.signature]: seal.signature,
      [REPORT_INFO_KEYS.keyId]: seal.keyId,
    } as PDFKit.DocumentInfo,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // pdfkit takes a parsed fontkit font as well as a file (parsed once per process: lib/reports/fonts.ts).
  doc.registerFont('regular', reportFont('regular') as never);
  doc.registerFont('bold', reportFont('bold') as never);
  const w = new ReportWriter(doc);

  // Title, the firm, and the verification box with the QR code.
  doc.font('bold').fontSize(20).fillColor(INK).text(t('title'), MARGIN.left, MARGIN.top, { width: CONTENT_WIDTH });
  doc.moveDown(0.2);
  doc.font('bold').fontSize(14).text(entity.name, { width: CONTENT_WIDTH });
  doc
    .font('regular')
    .fontSize(10)
    .fillColor(MUTED)
    .text(`${tp('field.uscc')}${p.colon}${entity.uscc}`, { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
  doc.fontSize(9).text(t('lead'), { width: CONTENT_WIDTH });
  const boxTop = doc.y + 8;
  doc.y = boxTop + 8;
  w.fields(
    [
      [t('reportNo'), snapshot.reportNo],
      [t('verificationCode'), seal.verificationCode],
      [tv('issuedAt'), formatInstant(snapshot.issuedAt, locale)],
      [tv('dataAsOf'), snapshot.dataAsOf ? formatInstant(snapshot.dataAsOf, locale) : na],
    ],
    { indent: 8, labelWidth: 92, size: 9.5 },
  );
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor(MUTED)
    .text(t('verifyHere', { url: links.verify }), MARGIN.left + 8, doc.y + 2, { width: CONTENT_WIDTH - QR_SIZE - 28, link: links.verify });
  const boxBottom = Math.max(doc.y + 8, boxTop + QR_SIZE + 12);
  doc
    .rect(MARGIN.left, boxTop, CONTENT_WIDTH, boxBottom - boxTop)
    .lineWidth(0.8)
    .strokeColor(RULE)
    .stroke();
  drawQr(doc, links.verify, MARGIN.left + CONTENT_WIDTH - QR_SIZE - 6, boxTop + 6, QR_SIZE);
  doc.y = boxBottom + 4;

  // The level in words, with the reasons and the rule version.
  w.heading(tp('creditHeading'));
  const levelText = t('level', { level: tl(rating.level) });
  doc.font('bold').fontSize(13);
  const levelY = doc.y;
  doc
    .rect(MARGIN.left, levelY + 3, 12, 12)
    .fillColor(LEVEL_COLOURS[rating.level])
    .fill();
  doc.fillColor(INK).text(levelText, MARGIN.left + 18, levelY, { width: CONTENT_WIDTH - 18 });
  w.paragraph(t('rating', { date: date(rating.ratedOn), version: rating.ruleVersion, start: date(rating.windowStart) }), { size: 9, color: MUTED });
  w.subheading(tp('reasonsHeading'));
  const byId = new Map(snapshot.records.map((r) => [r.id, r]));
  if (rating.reasons.length === 0) w.paragraph(tp('noReasons'));
  for (const reason of rating.reasons) {
    w.paragraph(
      `• ${treason(reason.code, { count: reason.count ?? reason.recordIds.length, rate: reason.resolvedRate ?? 0 })} ${treason('level', { level: tl(reason.level) })}`,
    );
    for (const id of reason.recordIds) {
      const r = byId.get(id);
      if (r) w.paragraph(`– ${r.title}${r.docNo ? `${p.open}${r.docNo}${p.close}` : ''} ${date(r.decisionDate)}`, { indent: 14, size: 9 });
    }
  }
  if (rating.complaints.count > 0) {
    const rate = rating.complaints.resolvedRate === null ? '' : `${p.comma}${tp('complaintsRate', { rate: rating.complaints.resolvedRate })}`;
    w.paragraph(`${tp('complaintsHeading')}${p.colon}${tp('complaints', { count: rating.complaints.count })}${rate}`, { size: 9 });
  }

  // Registration data, as the public profile shows it.
  w.heading(tp('registrationHeading'));
  const capital = entity.registeredCapital === null ? null : registeredCapitalAmount(entity.registeredCapital, locale);
  w.fields([
    [tp('field.uscc'), entity.uscc],
    [tp('field.regNo'), entity.regNo ?? na],
    [tp('field.type'), ttype(entity.type)],
    [tp('field.legalRepresentative'), entity.legalRepresentative],
    [tp('field.registeredCapital'), capital === null ? na : tp('capital', { amount: capital })],
    [tp('field.establishedOn'), date(entity.establishedOn)],
    [tp('field.status'), tstatus(entity.status)],
    [tp('field.address'), entity.address],
    [tp('field.district'), entity.district],
    [tp('field.industry'), entity.industry ?? na],
    [tp('field.registrar'), entity.registrar ?? na],
    [tp('field.formerNames'), entity.formerNames.length ? entity.formerNames.join('；') : na],
    [tp('field.scope'), entity.scope ?? na],
  ]);

  // Every public record by category, with its provenance.
  w.heading(tp('recordsHeading'));
  for (const category of CATEGORIES) {
    const list = snapshot.records.filter((r) => r.category === category);
    const total = snapshot.recordTotals[category as Category] ?? 0;
    w.subheading(`${tcat(category)}${p.open}${tp('recordsCount', { count: total })}${p.close}`);
    if (list.length === 0) {
      w.paragraph(tp('noRecords'), { color: MUTED });
      continue;
    }
    if (total > list.length) w.paragraph(tp('recordsTruncated', { shown: list.length, total }), { size: 9, color: MUTED });
    list.forEach((r, i) => {
      if (i > 0) w.rule();
      writeRecord(w, r, { tp, tk, trs, tsev, date, p });
    });
  }

  // Objections and repairs under way: counts only.
  w.heading(t('applicationsHeading'));
  w.paragraph(t('applications', { objections: snapshot.applicationsUnderWay.objections, repairs: snapshot.applicationsUnderWay.repairs }));
  w.paragraph(t('applicationsNote'), { size: 9, color: MUTED });

  // The measures that apply (the catalogue, issue 16 part 3, fills this list).
  w.heading(t('measuresHeading'));
  if (snapshot.measures.length === 0) w.paragraph(t('measuresNone'), { color: MUTED });
  for (const m of snapshot.measures) {
    w.paragraph(`${m.type === 'incentive' ? t('measureIncentive') : t('measurePunitive')} · ${m.title}`, { bold: true });
    const details = [
      m.legalBasis ? t('measureBasis', { basis: m.legalBasis }) : null,
      m.department ? t('measureDepartment', { department: m.department }) : null,
    ].filter(Boolean);
    if (details.length) w.paragraph(details.join('  '), { size: 9, indent: 12 });
  }

  // The seal, printed as well as embedded, and how to check it.
  w.heading(t('verificationHeading'));
  w.fields(
    [
      [t('reportNo'), snapshot.reportNo],
      [t('verificationCode'), seal.verificationCode],
      [t('snapshotHash'), seal.snapshotSha256],
      [t('signature'), seal.signature],
      [t('keyId'), seal.keyId],
    ],
    { size: 8.5 },
  );
  doc.moveDown(0.4);
  w.paragraph(t('verificationNote', { url: links.verifyForm, keyUrl: links.publicKey }), { size: 9 });
  doc.moveDown(0.4);
  w.paragraph(t('disclaimer', { url: links.profile }), { size: 9, color: MUTED });

  // Header and footer on every page, now that the page count is known.
  const range = doc.bufferedPageRange();
  const header = t('header', { site: tc('siteName') });
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing in the margins must not start a new page.
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.font('regular').fontSize(8).fillColor(MUTED);
    doc.text(header, MARGIN.left, 34, { width: CONTENT_WIDTH * 0.6, lineBreak: false });
    doc.text(snapshot.reportNo, MARGIN.left + CONTENT_WIDTH * 0.5, 34, { width: CONTENT_WIDTH * 0.5, align: 'right', lineBreak: false });
    doc
      .moveTo(MARGIN.left, 50)
      .lineTo(MARGIN.left + CONTENT_WIDTH, 50)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    const footerY = PAGE.height - MARGIN.bottom + 16;
    doc
      .moveTo(MARGIN.left, footerY - 6)
      .lineTo(MARGIN.left + CONTENT_WIDTH, footerY - 6)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.text(t('footer', { reportNo: snapshot.reportNo, code: seal.verificationCode, page: i + 1, pages: range.count }), MARGIN.left, footerY, {
      width: CONTENT_WIDTH,
      align: 'center',
      lineBreak: false,
    });
    doc.text(links.verifyForm, MARGIN.left, footerY + 12, { width: CONTENT_WIDTH, align: 'center', lineBreak: false });
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** One record: kind, title and status tags, then its provenance (department, document, dates). */
function writeRecord(
  w: ReportWriter,
  r: SnapshotRecord,
  { tp, tk, trs, tsev, date, p }: { tp: Translate; tk: Translate; trs: Translate; tsev: Translate; date: (iso: string) => string; p: Punctuation },
): void {
  const listing = isListingRecord(r);
  const tags = [tk(r.kind)];
  if (listing) tags.push(r.removedOn ? tp('removed') : tp('listedNow'));
  if (r.status !== 'published') tags.push(trs(r.status));
  // A record's title is kept on the page of its first lines.
  w.fit(70);
  w.paragraph(`${p.openTag}${tags.join(' · ')}${p.closeTag}${r.title}`, { bold: true, size: 9.5 });
  const rows = recordFieldRows(r, r.department.name, { t: tp, severity: tsev, date });
  w.fields(rows, { size: 8.5, indent: 10, labelWidth: 88 });
}
