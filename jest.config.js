/** Unit and component tests; the integration suite sets TIERGATE_PANEL_URL and runs with the same config. */
module.exports = {
    testEnvironment: 'node',
    transform: {
        '^.+\\.(ts|tsx)$': [
            'ts-jest',
            { tsconfig: { jsx: 'react-jsx', esModuleInterop: true, isolatedModules: true }, diagnostics: false },
        ],
    },
    moduleNameMapper: { '^@/(.*)$': '<rootDir>/tests/panel-shims/$1' },
    testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
    setupFilesAfterEnv: ['<rootDir>/tests/setup.ts'],
};
