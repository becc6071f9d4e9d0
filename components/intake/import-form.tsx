'use client';
import { TableHead } from '@/components/ui/table-head';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { controlAria, FieldShell } from '@/components/ui/field';
import type { UploadImportState } from '@/lib/intake/upload-import';
import { HeadedSection } from '@/components/ui/headed-section';
import { SelectOptions } from '@/components/ui/select-options';

export interface ImportFormLabels {
  department: string;
  file: string;
  fileHint: string;
  submit: string;
  pending: string;
  errorPrefix: string;
  errors: Record<'noFile' | 'badType' | 'tooLarge' | 'badFile' | 'forbidden' | 'csrf', string>;
  resultHeading: string;
  resultSummary: string;
  counts: Record<'rows' | 'created' | 'updated' | 'unchanged' | 'queued' | 'rejected' | 'warnings', string>;
  reportHeading: string;
  reportEmpty: string;
  reportMore: string;
  reportDownload: string;
  columnRow: string;
  columnColumn: string;
  columnOutcome: string;
  columnMessage: string;
  outcomes: Record<'rejected' | 'queued' | 'warning', string>;
}

/** The upload form and, after an upload, its summary and report (progressively enhanced: a plain POST works too). */
export function ImportForm({
  action,
  csrf,
  departments,
  defaultDepartment,
  labels,
}: {
  action: (state: UploadImportState, form: FormData) => Promise<UploadImportState>;
  csrf: string;
  departments: { code: string; name: string }[] | null;
  defaultDepartment: string;
  labels: ImportFormLabels;
}) {
  const [state, formAction, pending] = useActionState<UploadImportState, FormData>(action, { version: 0, values: {}, errors: [] });
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
  const items = state.errors.map((e) => ({
    text: `${labels.errors[e.code as keyof ImportFormLabels['errors']] ?? labels.errors.badFile}${e.params?.detail ? ` ${e.params.detail}` : ''}`,
    field: e.field === 'form' ? undefined : e.field,
  }));
  const fileError = items.find((i) => i.field === 'file')?.text;
  const report = state.report;
  return (
    <div className="space-y-6">
      <form action={formAction} encType="multipart/form-data" className="space-y-4 rounded bg-white p-4 shadow-sm">
        <input type="hidden" name="csrf" value={csrf} />
        <ErrorSummary items={items} focusKey={state.errors} />
        {departments ? (
          <FieldShell id="department" label={labels.department}>
            <select id="department" name="department" defaultValue={defaultDepartment} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5">
              <SelectOptions options={departments.map((d) => ({ value: d.code, label: d.name }))} />
            </select>
          </FieldShell>
        ) : null}
        <FieldShell id="file" label={labels.file} hint={labels.fileHint} error={fileError} errorPrefix={labels.errorPrefix}>
          <input
            id="file"
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            {...controlAria('file', { hint: true, error: fileError })}
            className="mt-1 block"
          />
        </FieldShell>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
          {pending ? labels.pending : labels.submit}
        </button>
      </form>

      {report ? (
        <HeadedSection
          id="import-result-heading"
          heading={labels.resultHeading}
          className="space-y-3 rounded bg-white p-4 shadow-sm"
          headingClassName="text-xl font-bold"
        >
          <p role="status">{fill(labels.resultSummary, { file: report.fileName, department: report.departmentName })}</p>
          <dl className="grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4">
            {(Object.keys(labels.counts) as (keyof ImportFormLabels['counts'])[]).map((k) => (
              <div key={k} className="flex justify-between gap-2 border-b border-slate-100 py-1">
                <dt>{labels.counts[k]}</dt>
                <dd className="font-semibold tabular-nums" data-count={k}>
                  {report.counts[k]}
                </dd>
              </div>
            ))}
          </dl>
          <h3 className="text-lg font-semibold">{labels.reportHeading}</h3>
          {report.reportRows === 0 ? (
            <p>{labels.reportEmpty}</p>
          ) : (
            <>
              <p>
                <a
                  href={`data:text/csv;charset=utf-8,${encodeURIComponent(report.reportCsv)}`}
                  download="import-report.csv"
                  className="text-brand-700 underline underline-offset-2"
                >
                  {labels.reportDownload}
                </a>
              </p>
              {report.reportRows > report.preview.length ? (
                <p className="text-sm text-slate-700">{fill(labels.reportMore, { shown: report.preview.length, total: report.reportRows })}</p>
              ) : null}
              <div className="max-w-full overflow-x-auto" role="region" aria-labelledby="import-result-heading" tabIndex={0}>
                <table className="w-full border-collapse text-sm">
                  <TableHead
                    rowClassName="border-b border-slate-300 bg-slate-50 text-left"
                    cellClassName="px-2 py-1"
                    columns={[labels.columnRow, labels.columnColumn, labels.columnOutcome, labels.columnMessage]}
                  />
                  <tbody>
                    {report.preview.map((r, i) => (
                      <tr key={i} className="border-b border-slate-100">
                        <td className="px-2 py-1 tabular-nums">{r.row}</td>
                        <td className="px-2 py-1">{r.column}</td>
                        <td className="px-2 py-1">{labels.outcomes[r.outcome]}</td>
                        <td className="px-2 py-1">{r.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </HeadedSection>
      ) : null}
    </div>
  );
}
