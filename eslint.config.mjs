// Flat config for Tiergate's TypeScript. Starts from the panel's own .eslintrc.js (pterodactyl/panel v1.11.8):
// eslint:recommended + typescript-eslint recommended, eqeqeq, `_`-prefixed names may go unused; react-hooks on the
// React code in admin/ and client/. Formatting is Prettier's job (.prettierrc), so eslint-config-prettier goes last.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        // Build output, third-party code and the PHP test-bed doubles' vendor trees.
        ignores: ['node_modules/', 'dist/', '.testbed/', 'artifacts/', 'blueprint/public/', '**/vendor/'],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        // An eslint-disable comment must name a rule that would really fire there.
        linterOptions: { reportUnusedDisableDirectives: 'error' },
        languageOptions: {
            ecmaVersion: 2022,
            sourceType: 'module',
            globals: { ...globals.node },
        },
        rules: {
            eqeqeq: 'error',
            '@typescript-eslint/no-unused-vars': [
                'error',
                { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
            ],
            '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
        },
    },
    {
        files: ['admin/**/*.{ts,tsx}', 'client/**/*.{ts,tsx}'],
        languageOptions: { globals: { ...globals.browser } },
        plugins: { 'react-hooks': reactHooks },
        rules: {
            'react-hooks/rules-of-hooks': 'error',
            'react-hooks/exhaustive-deps': 'error',
        },
    },
    {
        files: ['tests/**/*.{ts,tsx}'],
        languageOptions: { globals: { ...globals.jest, ...globals.browser } },
        rules: {
            // Fakes and wire fixtures are cast loosely on purpose; shipped code keeps the rule.
            '@typescript-eslint/no-explicit-any': 'off',
            // jest.mock factories are hoisted above the imports, so they can only reach the fake through require().
            '@typescript-eslint/no-require-imports': ['error', { allow: ['/fake-api$'] }],
        },
    },
    {
        files: ['**/*.js', '**/*.cjs'],
        languageOptions: { sourceType: 'commonjs' },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    prettier,
);
