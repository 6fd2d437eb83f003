import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Layers below the UI must never pull in React or Ink: imports run library, extract, web → store, search, feeds →
 * ui → cli.
 */
const noUiImports = {
  patterns: [
    {
      group: ['react', 'ink', 'ink-*', '**/ui/**'],
      message: 'Only src/ui and src/cli may import React, Ink or UI code.',
    },
  ],
};

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'articles/', 'coverage/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: {'react-hooks': reactHooks},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['src/library/**', 'src/extract/**', 'src/store/**', 'src/search/**', 'src/feeds/**'],
    rules: {'no-restricted-imports': ['error', noUiImports]},
  },
  {
    files: ['src/library/**', 'src/extract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noUiImports.patterns,
            {
              group: ['**/store/**', '**/search/**', '**/cli/**', '**/web/**', '**/feeds/**'],
              message: 'library and extract sit at the bottom.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noUiImports.patterns,
            {
              group: ['**/store/**', '**/search/**', '**/cli/**', '**/feeds/**', '**/extract/**'],
              message: 'web sits at the bottom, beside library: fetching and parsing only.',
            },
          ],
        },
      ],
    },
  },
  {files: ['src/ui/**'], rules: {'no-console': 'error'}},
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
  {
    files: ['scripts/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
);
