// `npm run bench:documents [-- --documents 20000 --runs 5]`
// Speed of the search document builder (grams, pinyin, traditional folding), which bounds a
// million-row reindex. Pure CPU, no services: prints each run and the median. Target ≥ 20,000/s.
import os from 'node:os';
import type { SearchRow } from '../lib/db/queries/stream-search-rows';
import { buildEntityDocument } from '../lib/search/build-entity-document';
import { searchRow } from '../tests/factories/search-rows';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1] ?? fallback) : fallback;
};
const count = arg('documents', 20_000);
const runs = arg('runs', 5);

const forms = ['有限公司', '有限责任公司', '股份有限公司'];
const trades = '华恒鑫瑞宏盛泰德润嘉康富金永兴昌隆安和顺祥丰源达通诚信宇天中东海新博智远卓鼎力正大汇聚联创';
const words = ['商贸', '科技', '建筑工程', '餐饮管理', '物流', '电子科技', '农业科技', '装饰设计'];
const rows: SearchRow[] = [];
for (let i = 0; i < count; i += 1) {
  const trade = trades.charAt(i % trades.length) + trades.charAt((i * 7 + 3) % trades.length);
  const word = words[i % words.length] as string;
  rows.push(searchRow({ id: i, regNo: null, name: `济南${trade}${word}${forms[i % 3]}`, aliases: i % 3 === 0 ? [trade] : [trade, `${trade}${word}`] }));
}

buildEntityDocument(rows[0] as SearchRow); // warm-up (dictionaries)
const rates: number[] = [];
for (let run = 1; run <= runs; run += 1) {
  const t0 = performance.now();
  for (const r of rows) buildEntityDocument(r);
  const perSecond = Math.round(rows.length / ((performance.now() - t0) / 1000));
  rates.push(perSecond);
  console.log(`[bench:documents] run ${run}: ${perSecond.toLocaleString('en')} documents/s`);
}
const median = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)] as number;
console.log(
  `[bench:documents] median ${median.toLocaleString('en')} documents/s over ${runs} runs of ${count.toLocaleString('en')} · ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, load ${os.loadavg()[0]?.toFixed(2)}`,
);
process.exitCode = median >= 20_000 ? 0 : 1;
