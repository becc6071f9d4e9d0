// Template import (CSV or XLSX), streaming: rows are read one by one, mapped from the Chinese
// headers to the record schema's fields, validated by the same schema as the API, and merged in
// batches (COPY into the staging table, set-based match and merge, outbox and audit per batch).
// Every problem becomes a report row (row, column, message). Used by `npm run import`, the staff
// upload page and `npm run bench:intake`.
import type { Readable } from 'node:stream';
import { getSql } from '../db/client';
import { copyStageRecords, ensureWorkCalendar, stageCopyText } from '../db/mutations/intake-records';
import { COMMITMENT_STATUS_WORDS, RECORD_TEMPLATE_COLUMNS, SEVERITY_WORDS, type RecordTemplateField } from '../domain/intake';
import { RECORD_KINDS, type Locale } from '../domain/vocabulary';
import { ratingDate } from '../env';
import { translator } from '../i18n/messages';
import { csvField } from '../lists/export-list';
import { commitRecordBatch, queueReasonKey, refuseUnknownProcedures, validateRecordItems, type IntakeActor, type ValidatedBatch } from './ingest-records';
import { kindLabel } from './templates';
import { listPublicityRules } from '../db/queries/publicity-catalogue';
import { importSupportRows, isSupportTemplate } from '../policies/import-support';
import { importComplaintRows, isComplaintTemplate } from './import-complaints';
import {
  ImportFileError,
  normaliseDateCell,
  readRows,
  readTemplateHeader,
  rowItem,
  startImportSummary,
  type ImportFormat,
  type ImportReportRow,
  type ImportSummary,
  type TemplateHeader,
} from './template-rows';

export { ImportFileError, type ImportFormat, type ImportReportRow, type ImportSummary };

const KIND_BY_LABEL: ReadonlyMap<string, string> = new Map(RECORD_KINDS.flatMap((k) => [[kindLabel(k), k] as const, [k, k] as const]));
/** Items validated (or turned into COPY text) between two turns of the event loop (see prepare). */
const VALIDATION_SLICE = 1000;
const DATE_FIELDS = new Set(['decisionDate', 'producedOn', 'publicityEnd', 'listedOn', 'removedOn']);

/** Spreadsheet habits → the schema's forms: 2025/3/5 or 2025年3月5日 → 2025-03-05, kind and severity labels → identifiers. */
export function normaliseImportValue(field: RecordTemplateField, value: string): string {
  const v = value.trim();
  if (DATE_FIELDS.has(field)) return normaliseDateCell(v);
  if (field === 'kind') return KIND_BY_LABEL.get(v) ?? v;
  if (field === 'severity') return SEVERITY_WORDS[v] ?? v;
  if (field === 'status') return COMMITMENT_STATUS_WORDS[v] ?? v;
  return v;
}

/**
 * Imports a file for a department (see the module comment); a support-received template goes to
 * importSupportRows, a complaint-figures template to importComplaintRows.
 */
export async function importRecords(options: {
  departmentId: number;
  departmentCode: string;
  input: Readable;
  format: ImportFormat;
  actor: IntakeActor;
  locale?: Locale;
  /** Items per transaction (default 5,000). */
  batchSize?: number;
  /** Receives report rows as they are found (then the summary's `report` stays empty). */
  onReport?: (rows: ImportReportRow[]) => void;
  /** Called after each batch with the rows read so far. */
  onProgress?: (rows: number) => void;
  fileName?: string;
}): Promise<ImportSummary> {
  const started = performance.now();
  const locale = options.locale ?? 'zh-CN';
  const t = translator(locale, 'IntakeErrors');
  const batchSize = options.batchSize ?? 5000;
  const today = ratingDate();
  const { summary, report } = startImportSummary(options.onReport);
  await ensureWorkCalendar(getSql());
  const catalogue = await listPublicityRules(getSql());

  let header: TemplateHeader<RecordTemplateField> | null = null;
  let items: Record<string, string>[] = [];
  let rowNumbers: number[] = [];
  let rowNumber = 0;
  const seenRefs = new Map<string, number>();

  // Validation (CPU) of one batch overlaps the database merge of the previous one: at most one
  // batch is being merged while the next is read and validated.
  const prepare = async (batchItems: Record<string, string>[], batchRows: number[]) => {
    const batch: ValidatedBatch = { staged: [], issues: [], warnings: [] };
    for (let i = 0; i < batchItems.length; i += VALIDATION_SLICE) {
      const slice = validateRecordItems(batchItems.slice(i, i + VALIDATION_SLICE), today, i, catalogue);
      batch.staged.push(...slice.staged);
      batch.issues.push(...slice.issues);
      batch.warnings.push(...slice.warnings);
      // Let the merge in flight send its next statement: validating a whole batch in one go would
      // hold the event loop (and so the database) for a quarter of a second.
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Commitments naming a procedure with no template are refused, as through the API.
    const checked = await refuseUnknownProcedures(batch);
    batch.staged = checked.staged;
    batch.issues = checked.issues;
    const columnOf = header!.columnOf;
    // A sourceRef seen in an earlier batch of the same file is a duplicate too.
    const duplicates = new Set<number>();
    for (const s of batch.staged) {
      const first = seenRefs.get(s.sourceRef);
      if (first !== undefined) duplicates.add(s.index);
      else seenRefs.set(s.sourceRef, batchRows[s.index]!);
    }
    const staged = batch.staged.filter((s) => !duplicates.has(s.index));
    const rejectedRows: ImportReportRow[] = [
      ...batch.issues.map((i) => ({
        row: batchRows[i.index]!,
        column: columnOf(i.field),
        // A field named in the message is named as the file's column (内容, not content).
        message: t(i.code, { today: '', ...i.params, ...(i.params?.field ? { field: columnOf(i.params.field) } : {}) }),
        outcome: 'rejected' as const,
      })),
      ...[...duplicates].map((i) => ({ row: batchRows[i]!, column: columnOf('sourceRef'), message: t('duplicateSourceRef'), outcome: 'rejected' as const })),
    ];
    const warningRows = batch.warnings.map((w) => ({ row: batchRows[w.index]!, column: columnOf(w.field), message: t(w.code), outcome: 'warning' as const }));
    const copyText: string[] = [];
    for (let i = 0; i < staged.length; i += VALIDATION_SLICE) {
      copyText.push(...stageCopyText(staged.slice(i, i + VALIDATION_SLICE)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { staged, copyText, rejectedRows, warningRows, batchRows, columnOf };
  };

  const commit = async ({ staged, copyText, rejectedRows, warningRows, batchRows, columnOf }: Awaited<ReturnType<typeof prepare>>) => {
    let queuedRows: ImportReportRow[] = [];
    if (staged.length > 0) {
      const merge = await commitRecordBatch({
        ...options,
        today,
        stage: (tx) => copyStageRecords(tx, copyText),
        sourceRefs: staged.map((s) => s.sourceRef),
        details: {
          channel: 'import',
          file: options.fileName ?? null,
          rows: `${batchRows[0]}-${batchRows[batchRows.length - 1]}`,
          rejected: new Set(rejectedRows.map((r) => r.row)).size,
        },
      });
      summary.created += merge.created;
      summary.updated += merge.updated;
      summary.unchanged += merge.unchanged;
      summary.queued += merge.queued.length;
      summary.accepted += merge.created + merge.updated + merge.unchanged + merge.queued.length;
      const fieldOf = new Map(staged.map((s) => [s.index, s.identityField]));
      queuedRows = merge.queued.map((q) => ({
        row: batchRows[q.index]!,
        column: columnOf(fieldOf.get(q.index) ?? 'uscc'),
        message: t(queueReasonKey(q.reason)),
        outcome: 'queued' as const,
      }));
    }
    summary.rejected += new Set(rejectedRows.map((r) => r.row)).size;
    summary.warnings += warningRows.length;
    report([...rejectedRows, ...queuedRows, ...warningRows].sort((a, b) => a.row - b.row));
    options.onProgress?.(batchRows[batchRows.length - 1]! - 1);
  };

  let inFlight: Promise<void> | null = null;
  const flush = async () => {
    if (items.length === 0) return;
    const prepared = await prepare(items, rowNumbers);
    items = [];
    rowNumbers = [];
    if (inFlight) await inFlight;
    inFlight = commit(prepared);
    inFlight.catch(() => undefined); // awaited by the next flush or at the end
  };

  const rows = readRows(options.input, options.format);
  const first = await rows.next();
  if (first.done) throw new ImportFileError(t('emptyFile'));
  // The support-received template (policies area) is told apart by its header row.
  if (isSupportTemplate(first.value)) return importSupportRows(rows, first.value, { ...options, locale });
  // So is the 12345 complaint-figures template.
  if (isComplaintTemplate(first.value)) return importComplaintRows(rows, first.value, { ...options, locale });
  rowNumber = 1;
  header = readTemplateHeader(RECORD_TEMPLATE_COLUMNS, first.value, t);
  report(header.unknown);

  for await (const cells of rows) {
    rowNumber += 1;
    items.push(rowItem(header.columns, cells, normaliseImportValue));
    rowNumbers.push(rowNumber);
    summary.rows += 1;
    if (items.length >= batchSize) await flush();
  }
  await flush();
  if (inFlight) await inFlight;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

const REPORT_HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['行号', '列', '处理结果', '说明'],
  'zh-TW': ['行號', '列', '處理結果', '說明'],
  en: ['row', 'column', 'outcome', 'message'],
};

const OUTCOME_KEY: Record<ImportReportRow['outcome'], string> = { rejected: 'outcomeRejected', queued: 'outcomeQueued', warning: 'outcomeWarning' };

/** The report as CSV text (UTF-8 with BOM, formulas defused); `header` false for appending rows. */
export function importReportCsv(rows: readonly ImportReportRow[], locale: Locale = 'zh-CN', header = true): string {
  const t = translator(locale, 'IntakeImport');
  const lines = rows.map((r) => [String(r.row), r.column, t(OUTCOME_KEY[r.outcome]), r.message].map(csvField).join(','));
  return `${header ? `\uFEFF${REPORT_HEADERS[locale].map(csvField).join(',')}\r\n` : ''}${lines.map((l) => `${l}\r\n`).join('')}`;
}
