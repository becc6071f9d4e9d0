import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layers of ARCHITECTURE.md, checked on every import (the reason for each zone is written there).
// The pure layer lib/db may lean on: vocabulary, rules and reference data with no I/O, and the pure
// rule modules of features (the objection state machine, the staff scope).
const PURE_LAYER = [
  './domain',
  './reference',
  './credit',
  './uscc',
  './calendar',
  './audit/chain.ts',
  './objections/transitions.ts',
  './staff/scope.ts',
  './forms/action-result.ts',
];

export const architectureZones = [
  {
    target: ['./app', './components'],
    from: ['./lib/db', './lib/seed'],
    message: 'UI code reaches the database through a lib/<feature> service, and reference data through lib/reference (ARCHITECTURE.md, "UI").',
  },
  {
    target: './lib/db',
    from: './lib',
    except: [
      './db',
      './env.ts',
      ...PURE_LAYER,
      './policies/policy-schema.ts',
      './policies/support-schema.ts',
      './measures/measure-schema.ts',
      './inspections/inspection-schema.ts',
      './lists/list-query-schema.ts',
      './dual-publicity/query-schema.ts',
      './commitments/commitment-query-schema.ts',
    ],
    message: 'lib/db imports only the pure layer, the input schemas and lib/env (ARCHITECTURE.md, "lib/db").',
  },
  {
    target: './lib/domain',
    from: './lib',
    except: ['./domain'],
    message: 'lib/domain is the bottom layer: it imports nothing else in lib (ARCHITECTURE.md, "lib/domain").',
  },
  {
    target: './lib/reference',
    from: './lib',
    except: ['./reference', './domain'],
    message: 'lib/reference holds codes and labels: it imports only lib/domain (ARCHITECTURE.md, "lib/reference").',
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', '.data/**', 'node_modules/**', 'test-results/**', 'drizzle/migrations/**', 'next-env.d.ts']),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**', 'components/**', 'lib/**'],
    rules: {
      'import/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: architectureZones }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The global 404 sits outside every locale, so it cannot use the locale-aware Link.
    files: ['app/not-found.tsx'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
]);
