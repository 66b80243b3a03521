import { run } from '../lib/exec';

/** Debian packages the test bed runs on; installed with apt-get when missing (we are root here, as in CI). */
export const SYSTEM_PACKAGES = [
    'mariadb-server',
    'redis-server',
    'nginx',
    'rsync',
    'unzip',
    'curl',
    'composer',
    'chromium',
    'php8.2-cli',
    'php8.2-fpm',
    'php8.2-mysql',
    'php8.2-redis',
    'php8.2-curl',
    'php8.2-zip',
    'php8.2-bcmath',
    'php8.2-gd',
    'php8.2-mbstring',
    'php8.2-xml',
    'php8.2-intl',
];

function isInstalled(pkg: string): boolean {
    const out = run('dpkg-query', ['-W', '-f=${Status}', pkg], { allowFailure: true });
    return out.status === 0 && out.stdout.includes('install ok installed');
}

export function ensureSystemPackages(log: (line: string) => void): void {
    const missing = SYSTEM_PACKAGES.filter((p) => !isInstalled(p));
    if (missing.length === 0) return;
    log(`installing Debian packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}
