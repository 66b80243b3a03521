import fs from 'node:fs';
import path from 'node:path';
import { run, succeeds } from '../lib/exec';
import { ROOT } from '../lib/paths';
import { testbed } from './config';
import { isAlive, readPid, startDetached, stopDetached, waitForPort } from './processes';
import { webhookConnectionZone, webhookLocations } from './nginx-webhook';

const runFile = (name: string) => path.join(testbed.runDir, name);
const logFile = (name: string) => path.join(testbed.logDir, name);
const fpmSocket = () => runFile('php-fpm.sock');

/**
 * Starts a Debian service with every inherited descriptor above stderr closed: a daemon keeps what it inherits for its
 * whole life, so a lock held by whoever ran us (e.g. `flock file npm test`) would otherwise never be released.
 */
export function serviceStart(name: string): [string, string[]] {
    const closeInherited = 'for fd in $(ls /proc/$$/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done';
    return ['bash', ['-c', `${closeInherited}; exec service "$0" start`, name]];
}

export function startService(name: string): void {
    run(...serviceStart(name));
}

// MariaDB and Redis are the machine's own Debian services (bound to 127.0.0.1 by Debian's defaults).
export function startMariaDb(): void {
    if (!succeeds('mysqladmin', ['--protocol=socket', 'ping'])) startService('mariadb');
    const { database, testDatabase, username, password } = testbed.db;
    const sql = [
        `CREATE DATABASE IF NOT EXISTS \`${database}\``,
        `CREATE DATABASE IF NOT EXISTS \`${testDatabase}\``,
        `CREATE USER IF NOT EXISTS '${username}'@'127.0.0.1' IDENTIFIED BY '${password}'`,
        `CREATE USER IF NOT EXISTS '${username}'@'localhost' IDENTIFIED BY '${password}'`,
        `GRANT ALL PRIVILEGES ON \`${database}\`.* TO '${username}'@'127.0.0.1', '${username}'@'localhost'`,
        `GRANT ALL PRIVILEGES ON \`${testDatabase}\`.* TO '${username}'@'127.0.0.1', '${username}'@'localhost'`,
        'FLUSH PRIVILEGES',
    ].join(';\n');
    run('mysql', ['--protocol=socket', '-uroot', '-e', sql]);
}

export function startRedis(): void {
    if (!succeeds('redis-cli', ['-h', testbed.redis.host, 'ping'])) startService('redis-server');
}

export function dropDatabases(): void {
    if (!succeeds('mysqladmin', ['--protocol=socket', 'ping'])) return;
    run('mysql', [
        '--protocol=socket',
        '-uroot',
        '-e',
        `DROP DATABASE IF EXISTS \`${testbed.db.database}\`; DROP DATABASE IF EXISTS \`${testbed.db.testDatabase}\``,
    ]);
}

function writePhpFpmConfig(): string {
    const file = runFile('php-fpm.conf');
    fs.writeFileSync(
        file,
        `[global]
error_log = ${logFile('php-fpm.log')}
daemonize = no

[tiergate]
user = ${testbed.webUser}
group = ${testbed.webUser}
listen = ${fpmSocket()}
listen.owner = ${testbed.webUser}
listen.group = ${testbed.webUser}
listen.mode = 0660
; Debian's default www pool (what a Pterodactyl install from its docs runs): dynamic, 5 children, backlog 511.
pm = dynamic
pm.max_children = ${process.env.TIERGATE_FPM_CHILDREN ?? '5'}
pm.start_servers = 2
pm.min_spare_servers = 1
pm.max_spare_servers = 3
catch_workers_output = yes
clear_env = yes
php_admin_value[error_log] = ${logFile('php-fpm-workers.log')}
`,
    );
    return file;
}

function writeNginxConfig(): string {
    const file = runFile('nginx.conf');
    const temp = runFile('nginx-temp');
    fs.mkdirSync(temp, { recursive: true });
    // Shaped like Pterodactyl's documented nginx site (client_max_body_size 100m, try_files to index.php).
    fs.writeFileSync(
        file,
        `daemon off;
user ${testbed.webUser};
worker_processes 2;
pid ${runFile('nginx.real.pid')};
error_log ${logFile('nginx-error.log')};
events { worker_connections 2048; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${logFile('nginx-access.log')};
    client_body_temp_path ${temp}/body;
    fastcgi_temp_path ${temp}/fastcgi;
    proxy_temp_path ${temp}/proxy;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
    sendfile on;
    keepalive_timeout 65;
    ${webhookConnectionZone}
    server {
        listen ${testbed.host}:${testbed.panelPort};
        server_name _;
        root ${path.join(testbed.panelDir, 'public')};
        index index.php;
        charset utf-8;
        client_max_body_size 100m;
        client_body_timeout 120s;
        location / {
            try_files $uri $uri/ /index.php?$query_string;
        }
        location ~ \\.php$ {
            fastcgi_split_path_info ^(.+\\.php)(/.+)$;
            fastcgi_pass unix:${fpmSocket()};
            fastcgi_index index.php;
            include /etc/nginx/fastcgi_params;
            # Debian's fastcgi_params passes HTTP_HOST without the port; the panel here is not on port 80.
            fastcgi_param HTTP_HOST $http_host;
            fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
            fastcgi_param HTTP_PROXY "";
            fastcgi_intercept_errors off;
            fastcgi_buffer_size 16k;
            fastcgi_buffers 4 16k;
        }
${webhookLocations(fpmSocket())}
        location ~ /\\.ht { deny all; }
    }
}
`,
    );
    return file;
}

/** (Re)starts nginx and php-fpm, so a changed configuration or newly installed code is what they serve. */
export async function startWebServer(): Promise<void> {
    await stopDetached('nginx');
    await stopDetached('php-fpm');
    fs.mkdirSync(testbed.runDir, { recursive: true });
    fs.mkdirSync(testbed.logDir, { recursive: true });
    startDetached('php-fpm', 'php-fpm8.2', ['-F', '-y', writePhpFpmConfig()]);
    startDetached('nginx', 'nginx', ['-c', writeNginxConfig()]);
    await waitForPort(testbed.panelPort, 'nginx');
}

export async function startWingsDouble(): Promise<void> {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const server = path.join(ROOT, 'tools', 'wings-double', 'server.ts');
    startDetached('wings-double', tsx, [server], {
        env: { ...process.env, WINGS_DOUBLE_PORT: String(testbed.wingsPort) },
    });
    await waitForPort(testbed.wingsPort, 'the Wings double');
}

const asWebUser = (args: string[]) => [
    '-u',
    testbed.webUser,
    '--',
    'php',
    path.join(testbed.panelDir, 'artisan'),
    ...args,
];

/**
 * The panel's queue worker as Pterodactyl's pteroq unit runs it (systemd `Restart=always`: Laravel's worker
 * exits on purpose when it loses its database connection), and the scheduler.
 */
export function startPanelWorkers(): void {
    const supervised = (args: string[]) => [
        '-c',
        `while true; do runuser ${asWebUser(args)
            .map((a) => `'${a}'`)
            .join(' ')}; sleep 1; done`,
    ];
    startDetached(
        'queue-worker',
        'bash',
        supervised(['queue:work', '--queue=high,standard,low', '--sleep=3', '--tries=3']),
        { cwd: testbed.panelDir },
    );
    startDetached('scheduler', 'bash', supervised(['schedule:work']), { cwd: testbed.panelDir });
}

export async function stopPanelWorkers(): Promise<void> {
    await stopDetached('queue-worker');
    await stopDetached('scheduler');
}

export async function stopOwnProcesses(): Promise<void> {
    await stopPanelWorkers();
    await stopDetached('nginx');
    await stopDetached('php-fpm');
    await stopDetached('wings-double');
}

export function stopSystemServices(): void {
    run('service', ['redis-server', 'stop'], { allowFailure: true });
    run('service', ['mariadb', 'stop'], { allowFailure: true });
}

export const PROCESS_NAMES = ['nginx', 'php-fpm', 'wings-double', 'queue-worker', 'scheduler'] as const;

export function processStatus(): Record<string, boolean> {
    const status: Record<string, boolean> = {
        mariadb: succeeds('mysqladmin', ['--protocol=socket', 'ping']),
        redis: succeeds('redis-cli', ['-h', testbed.redis.host, 'ping']),
    };
    for (const name of PROCESS_NAMES) status[name] = isAlive(readPid(name));
    return status;
}
