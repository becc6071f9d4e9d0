// The layer boundaries of ARCHITECTURE.md are lint rules (eslint.config.mjs): this proves a forbidden
// import fails `npm run lint` and an allowed one passes, through ESLint's own Node API.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// import/no-cycle needs the linted file on disk (it walks the file's own imports); the snippets here are not.
const eslint = new ESLint({ cwd: root, overrideConfig: { rules: { 'import/no-cycle': 'off' } } });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture zones', () => {
  it('refuses lib/db and lib/seed in UI code', async () => {
    expect(await ruleIds("import { getSql } from '@/lib/db/client';\nexport const x = getSql;\n", 'components/x.tsx')).toContain('import/no-restricted-paths');
    expect(await ruleIds("import { SEED_DISTRICTS } from '@/lib/seed/geography';\nexport const x = SEED_DISTRICTS;\n", 'app/x/page.tsx')).toContain(
      'import/no-restricted-paths',
    );
  });

  it('lets UI code use reference data and feature services', async () => {
    expect(await ruleIds("import { JINAN_DISTRICTS } from '@/lib/reference/districts';\nexport const x = JINAN_DISTRICTS;\n", 'components/x.tsx')).toEqual([]);
  });

  it('keeps lib/db below the features', async () => {
    expect(
      await ruleIds("import { parseListQuery } from '../../lists/parse-list-query';\nexport const x = parseListQuery;\n", 'lib/db/queries/x.ts'),
    ).toContain('import/no-restricted-paths');
    expect(await ruleIds("import { CREDIT_LEVELS } from '../../domain/vocabulary';\nexport const x = CREDIT_LEVELS;\n", 'lib/db/queries/x.ts')).toEqual([]);
  });

  it('keeps lib/domain at the bottom', async () => {
    expect(await ruleIds("import { districtName } from '../reference/labels';\nexport const x = districtName;\n", 'lib/domain/x.ts')).toContain(
      'import/no-restricted-paths',
    );
  });
}, 120_000);
