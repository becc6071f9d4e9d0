// `npm run i18n:tw -- [area]`: fills the zh-TW messages that are missing with OpenCC's conversion of
// zh-CN (Simplified → Traditional, Taiwan phrases). Existing zh-TW strings are kept, so a reviewed
// translation is never overwritten. Without an area, the core files.
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';

type Tree = { [key: string]: string | Tree };
const area = process.argv[2];
const dir = path.join('lib/i18n/messages', area ?? '');
const convert = OpenCC.Converter({ from: 'cn', to: 'twp' });

function fill(source: Tree, target: Tree): Tree {
  const out: Tree = {};
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'string') out[key] = typeof existing === 'string' ? existing : convert(value);
    else out[key] = fill(value, typeof existing === 'object' ? existing : {});
  }
  return out;
}

const source = JSON.parse(fs.readFileSync(path.join(dir, 'zh-CN.json'), 'utf8')) as Tree;
const targetFile = path.join(dir, 'zh-TW.json');
const target = fs.existsSync(targetFile) ? (JSON.parse(fs.readFileSync(targetFile, 'utf8')) as Tree) : {};
fs.writeFileSync(targetFile, `${JSON.stringify(fill(source, target), null, 2)}\n`);
console.log(`[i18n] ${targetFile} filled from zh-CN`);
