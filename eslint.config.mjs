// Lint rules that catch the bugs this kind of extension is known for: promises used without
// await (a Promise is always truthy), floating promises, and the core importing `vscode`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**', '.cache/**', 'syntaxes/**', '**/*.mjs'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['src/**/*.ts', 'test/**/*.ts'],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
			eqeqeq: ['error', 'always'],
			curly: ['error', 'multi-line'],
			'no-control-regex': 'off',
		},
	},
	{
		// node:test's test() and describe() return promises the runner itself awaits.
		files: ['test/unit/**/*.ts'],
		rules: { '@typescript-eslint/no-floating-promises': 'off' },
	},
	{
		// The core runs in the command line, in a worker thread and in unit tests: never in VS Code.
		files: ['src/core/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core must not depend on VS Code' }] }] },
	},
);
