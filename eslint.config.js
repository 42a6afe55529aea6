import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Boundaries of the house (ARCHITECTURE.md), enforced here:
// - only electron/ imports 'electron';
// - renderer/ reaches the backend side only through core/api;
// - core/api is a leaf (zod and nothing of ours outside it);
// - react never appears in core/ or db/.
const electronOnly = { name: 'electron', message: 'Only electron/ may import electron (a plain-Node import tries to download a binary).' };
const noReact = [
  { name: 'react', message: 'core/ and db/ stay free of React.' },
  { name: 'react-dom', message: 'core/ and db/ stay free of React.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tools/**', 'test-results/**', 'playwright-report/**', '**/.scratch/**', '.scratch-*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electronOnly] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['core/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...noReact],
          patterns: [{ regex: '^(\\.\\./)+(renderer|electron|cli)/', message: 'core/ and db/ do not depend on hosts or the UI.' }],
        },
      ],
    },
  },
  // core/api files one folder down (channels/, messages/) may reach their siblings' parent.
  ...[
    { files: ['core/api/*.ts'], leaves: '^\\.\\./' },
    { files: ['core/api/*/*.ts'], leaves: '^\\.\\./\\.\\./' },
  ].map(({ files, leaves }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...noReact],
          patterns: [{ regex: leaves, message: 'core/api is a leaf: import zod and core/api files only.' }],
        },
      ],
    },
  })),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The classic hook rules; the React Compiler rules do not apply (no compiler in the build).
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            { regex: '^(\\.\\./)+core/(?!api/)', message: 'The renderer imports only core/api from the backend side.' },
            { regex: '^(\\.\\./)+(db|cli|electron)/', message: 'The renderer imports only core/api from the backend side.' },
            { regex: '^(better-sqlite3|drizzle-orm)', message: 'No database in the renderer.' },
          ],
        },
      ],
    },
  },
);
