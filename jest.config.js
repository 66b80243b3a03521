/** Unit and component tests; the integration suite sets TIERGATE_PANEL_URL and runs with the same config. */
const path = require('node:path');

const base = {
    testEnvironment: 'node',
    transform: {
        '^.+\\.(ts|tsx)$': [
            'ts-jest',
            { tsconfig: { jsx: 'react-jsx', esModuleInterop: true, isolatedModules: true }, diagnostics: false },
        ],
    },
    moduleNameMapper: { '^@/(.*)$': '<rootDir>/tests/panel-shims/$1' },
    setupFilesAfterEnv: ['<rootDir>/tests/setup.ts'],
};

// The client component is built by the panel itself (Blueprint injects it into Pterodactyl 1.11.8's React build), so
// its tests run against the panel's versions, installed in tests/react16 (see its package.json), never the root's.
const react16 = path.join(__dirname, 'tests', 'react16', 'node_modules');
const panelVersions = {
    '^react$': `${react16}/react`,
    '^react/(.*)$': `${react16}/react/$1`,
    '^react-dom$': `${react16}/react-dom`,
    '^react-dom/(.*)$': `${react16}/react-dom/$1`,
    '^styled-components$': `${react16}/styled-components`,
    '^swr$': `${react16}/swr`,
    '^@testing-library/react$': `${react16}/@testing-library/react`,
};

module.exports = {
    projects: [
        {
            ...base,
            displayName: 'tiergate',
            testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
            testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/unit/client/'],
        },
        {
            ...base,
            displayName: 'client (React 16)',
            testMatch: ['<rootDir>/tests/unit/client/**/*.test.tsx'],
            // The classic JSX transform, as the panel builds it (babel transform-react-jsx, tsconfig "jsx": "react").
            transform: {
                '^.+\\.(ts|tsx)$': [
                    'ts-jest',
                    { tsconfig: { jsx: 'react', esModuleInterop: true, isolatedModules: true }, diagnostics: false },
                ],
            },
            moduleNameMapper: { ...base.moduleNameMapper, ...panelVersions },
        },
    ],
};
