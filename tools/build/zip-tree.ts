import fs from 'node:fs';
import path from 'node:path';
import type JSZip from 'jszip';

/** Adds a file or a directory (recursively, sorted, symlinks followed) to a zip with a fixed date and its Unix mode. */
export function addTree(zip: JSZip, abs: string, rel: string): void {
    const stat = fs.statSync(abs);
    if (stat.isDirectory()) {
        for (const entry of fs.readdirSync(abs).sort()) addTree(zip, path.join(abs, entry), `${rel}/${entry}`);
        return;
    }
    zip.file(rel, fs.readFileSync(abs), { unixPermissions: stat.mode, date: new Date('2026-01-01T00:00:00Z') });
}
