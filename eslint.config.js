// ESLint for the generator's own source (not generated/, specs/ or fixtures): the recommended JS and
// typescript-eslint rules without type information. A typed run (no-floating-promises, no-misused-promises)
// took ~80 s against ~12 s and found nothing more on this code, so it is left out.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['generated/**', 'specs/**', 'node_modules/**', 'test/fixtures/**', '**/__snapshots__/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring holes, callback arity).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `{} extends P` is how the runtime types test "every property optional".
      '@typescript-eslint/no-empty-object-type': 'off',
      // The escaping and sanitising code matches control characters on purpose.
      'no-control-regex': 'off',
      // A unified plugin needs `this`, kept as `self` for the parser closure.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['self'] }],
    },
  },
  {
    // The .mjs launchers run in Node without types to tell ESLint its globals.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
);
