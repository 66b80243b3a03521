import fs from 'node:fs';
import { panelUrl, testbed, wingsUrl } from './config';
import { dropDatabases, processStatus, stopOwnProcesses, stopSystemServices } from './services';
import { up } from './up';

const log = (line: string) => console.log(line);

function printAccess(): void {
    const { admin, user, db } = testbed;
    console.log(`
Panel (Pterodactyl double): ${panelUrl()}
  admin page:  ${panelUrl()}/admin/extensions/tiergate
  admin login: ${admin.username} / ${admin.password}
  user login:  ${user.username} / ${user.password}
Database: mysql://${db.username}:${db.password}@${db.host}:${db.port}/${db.database}  (tests: ${db.testDatabase})
Wings double: ${wingsUrl()}  (recorded calls: ${wingsUrl()}/__double/calls)
Logs: .testbed/logs/`);
}

async function main(command: string | undefined): Promise<void> {
    switch (command) {
        case 'up':
            await up(log);
            printAccess();
            return;
        case 'down':
            await stopOwnProcesses();
            stopSystemServices();
            log('testbed: stopped');
            return;
        case 'reset':
            await stopOwnProcesses();
            dropDatabases();
            fs.rmSync(testbed.home, { recursive: true, force: true });
            log('testbed: wiped .testbed/ and the panel databases');
            await up(log);
            printAccess();
            return;
        case 'status': {
            const status = processStatus();
            for (const [name, alive] of Object.entries(status)) log(`${alive ? 'up  ' : 'DOWN'}  ${name}`);
            printAccess();
            if (Object.values(status).some((alive) => !alive)) process.exitCode = 1;
            return;
        }
        default:
            console.error('usage: npm run testbed -- up | down | status | reset');
            process.exitCode = 2;
    }
}

main(process.argv[2]).catch((err: unknown) => {
    console.error(`testbed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
});
