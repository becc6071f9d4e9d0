// `npm run import -- --department <code> <file.csv|file.xlsx> [--report <report.csv>] [--batch N]`
// Imports a filled-in template for a department: the same validation, matching and merge as the
// intake API, streamed in batches. Prints a summary; problems go to a report CSV (row, column,
// message), by default <file>.report.csv beside the file. Works against the running demo with no
// configuration (lib/env reads services.json).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeDb, getSql } from '../lib/db/client';
import { ImportFileError, importRecords, importReportCsv } from '../lib/intake/import-records';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { department: { type: 'string' }, report: { type: 'string' }, batch: { type: 'string' } },
});

const file = positionals[0];
try {
  if (!values.department || !file) {
    console.error('Usage: npm run import -- --department <code> <file.csv|file.xlsx> [--report <report.csv>]');
    process.exitCode = 1;
  } else {
    const format = /\.xlsx$/i.test(file) ? 'xlsx' : /\.csv$/i.test(file) ? 'csv' : null;
    const [dept] = await getSql()<{ id: number; code: string }[]>`select id, code from departments where code = ${values.department}`;
    if (!format) {
      console.error('The file must end in .csv or .xlsx.');
      process.exitCode = 1;
    } else if (!dept) {
      console.error(`Unknown department "${values.department}".`);
      process.exitCode = 1;
    } else {
      const reportPath = values.report ?? `${file.replace(/\.(csv|xlsx)$/i, '')}.report.csv`;
      let reportRows = 0;
      const out = fs.createWriteStream(reportPath);
      out.write(importReportCsv([]));
      const summary = await importRecords({
        departmentId: dept.id,
        departmentCode: dept.code,
        input: fs.createReadStream(file),
        format,
        fileName: path.basename(file),
        actor: { type: 'system', id: `import:${dept.code}` },
        batchSize: values.batch ? Number(values.batch) : undefined,
        onReport: (rows) => {
          reportRows += rows.length;
          out.write(importReportCsv(rows, 'zh-CN', false));
        },
        onProgress: (rows) => process.stderr.write(`\r[import] ${rows.toLocaleString('en')} rows`),
      });
      await new Promise((r) => out.end(r));
      process.stderr.write('\n');
      if (reportRows === 0) fs.rmSync(reportPath);
      const { report: _report, ...counts } = summary;
      console.log(
        JSON.stringify({ ...counts, recordsPerSecond: Math.round(summary.rows / summary.seconds), report: reportRows > 0 ? reportPath : null }, null, 2),
      );
      if (reportRows > 0) console.log(`Report (${reportRows} rows: row, column, message): ${reportPath}`);
    }
  }
} catch (error) {
  if (error instanceof ImportFileError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
} finally {
  await closeDb();
}
