import path from 'node:path';
import { ROOT } from '../lib/paths';

const env = (name: string, fallback: string) => process.env[name] ?? fallback;

/** Everything a contributor or a test needs to reach the test bed. All services listen on 127.0.0.1 only. */
export const testbed = {
    home: path.join(ROOT, '.testbed'),
    panelSource: path.join(ROOT, 'testbed', 'panel'),
    panelDir: path.join(ROOT, '.testbed', 'panel'),
    runDir: path.join(ROOT, '.testbed', 'run'),
    logDir: path.join(ROOT, '.testbed', 'logs'),
    host: '127.0.0.1',
    panelPort: Number(env('TIERGATE_PANEL_PORT', '8080')),
    wingsPort: Number(env('WINGS_DOUBLE_PORT', '8081')),
    webUser: 'www-data',
    /** What Blueprint's beta-2026-06 tag calls itself (its blueprint.sh has VERSION="rolling"). */
    blueprintVersion: 'rolling',
    db: {
        host: '127.0.0.1',
        port: 3306,
        database: 'panel',
        testDatabase: 'panel_test',
        username: 'pterodactyl',
        password: env('TIERGATE_DB_PASSWORD', 'pterodactyl'),
    },
    redis: { host: '127.0.0.1', port: 6379 },
    admin: {
        username: 'admin',
        email: 'admin@tiergate.test',
        password: env('TESTBED_ADMIN_PASSWORD', 'tiergate-admin'),
    },
    user: {
        username: 'player',
        email: 'player@tiergate.test',
        password: env('TESTBED_USER_PASSWORD', 'tiergate-user'),
    },
};

export const panelUrl = () => `http://${testbed.host}:${testbed.panelPort}`;
export const wingsUrl = () => `http://${testbed.host}:${testbed.wingsPort}`;
