// Lint: TypeScript rules plus one import rule per folder, so the layers of ARCHITECTURE.md hold.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'child_process', 'worker_threads', 'stream'];
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ group: [p.group].flat(), message: p.message })) }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**'],
    rules: restrict([
      { group: nodeBuiltins, message: 'src/shared runs everywhere: no Node built-ins.' },
      { group: ['electron', 'react', 'react-dom', '**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports only itself (and pure libraries).' },
    ]),
  },
  {
    files: ['src/main/services/**', 'src/main/cli/**', 'src/main/host/**'],
    rules: restrict([
      { group: ['electron', 'electron/*'], message: 'Services, hosts and the CLI never import electron (they run in plain Node).' },
      { group: ['**/renderer/**', 'react', 'react-dom'], message: 'The Node side never imports the renderer.' },
      { group: ['**/electron/**'], message: 'Only the Electron shell imports the Electron shell.' },
    ]),
  },
  {
    files: ['src/main/electron/**', 'src/preload/**'],
    rules: restrict([{ group: ['**/renderer/**', 'react', 'react-dom'], message: 'The Electron shell never imports the renderer.' }]),
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([
      { group: nodeBuiltins, message: 'The renderer runs in Chromium: no Node built-ins.' },
      { group: ['electron', 'electron/*'], message: 'The renderer reaches main only through window.balado.' },
      { group: ['**/main/**', '**/preload/**'], message: 'The renderer imports only src/shared and UI libraries.' },
    ]),
  },
);
