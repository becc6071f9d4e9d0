'use client';
import { useActionState } from 'react';
import type { UploadImportState } from '@/lib/intake/upload-import';

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
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
  return (
    <div className="space-y-6">
      <form action={formAction} encType="multipart/form-data" className="space-y-4 rounded bg-white p-4 shadow-sm">
        <input type="hidden" name="csrf" value={csrf} />
        {state.status === 'error' ? (
          <div role="alert" className="border-l-4 border-red-700 bg-red-50 p-3">
            <span className="sr-only">{labels.errorPrefix}</span>
            {labels.errors[state.code]}
            {state.detail ? ` ${state.detail}` : ''}
          </div>
        ) : null}
        {departments ? (
          <div>
            <label htmlFor="department" className="block font-semibold">{labels.department}</label>
            <select id="department" name="department" defaultValue={defaultDepartment} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5">
              {departments.map((d) => (
                <option key={d.code} value={d.code}>{d.name}</option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="file" className="block font-semibold">{labels.file}</label>
          <p id="file-hint" className="text-sm text-slate-700">{labels.fileHint}</p>
          <input id="file" name="file" type="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="file-hint" className="mt-1 block" />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
          {pending ? labels.pending : labels.submit}
        </button>
      </form>

      {state.status === 'done' ? (
        <section aria-labelledby="import-result-heading" className="space-y-3 rounded bg-white p-4 shadow-sm">
          <h2 id="import-result-heading" className="text-xl font-bold">{labels.resultHeading}</h2>
          <p role="status">{fill(labels.resultSummary, { file: state.fileName, department: state.departmentName })}</p>
          <dl className="grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4">
            {(Object.keys(labels.counts) as (keyof ImportFormLabels['counts'])[]).map((k) => (
              <div key={k} className="flex justify-between gap-2 border-b border-slate-100 py-1">
                <dt>{labels.counts[k]}</dt>
                <dd className="font-semibold tabular-nums" data-count={k}>{state.counts[k]}</dd>
              </div>
            ))}
          </dl>
          <h3 className="text-lg font-semibold">{labels.reportHeading}</h3>
          {state.reportRows === 0 ? (
            <p>{labels.reportEmpty}</p>
          ) : (
            <>
              <p>
                <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(state.reportCsv)}`} download="import-report.csv" className="text-brand-700 underline underline-offset-2">
                  {labels.reportDownload}
                </a>
              </p>
              {state.reportRows > state.preview.length ? <p className="text-sm text-slate-700">{fill(labels.reportMore, { shown: state.preview.length, total: state.reportRows })}</p> : null}
              <div className="max-w-full overflow-x-auto" role="region" aria-labelledby="import-result-heading" tabIndex={0}>
                <table className="w-full border-collapse text-sm">
                  <thead>
                    <tr className="border-b border-slate-300 bg-slate-50 text-left">
                      <th scope="col" className="px-2 py-1">{labels.columnRow}</th>
                      <th scope="col" className="px-2 py-1">{labels.columnColumn}</th>
                      <th scope="col" className="px-2 py-1">{labels.columnOutcome}</th>
                      <th scope="col" className="px-2 py-1">{labels.columnMessage}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {state.preview.map((r, i) => (
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
        </section>
      ) : null}
    </div>
  );
}
