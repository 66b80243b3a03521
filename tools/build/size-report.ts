import fs from 'node:fs';
import zlib from 'node:zlib';

export interface SizeReport {
    raw: number;
    gzip: number;
}

export function measure(file: string): SizeReport {
    const bytes = fs.readFileSync(file);
    return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

export const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
