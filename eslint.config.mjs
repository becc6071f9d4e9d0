import next from 'eslint-config-next';

export default [
  { ignores: ['.next/**', '.data/**', 'node_modules/**', 'test-results/**', 'drizzle/migrations/**', 'next-env.d.ts'] },
  ...next,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
];
