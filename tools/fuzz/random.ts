/** A small seeded PRNG (mulberry32), so a failing fuzz run can be repeated with the same --seed. */
export class Random {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    int(max: number): number {
        return Math.floor(this.next() * max);
    }

    chance(p: number): boolean {
        return this.next() < p;
    }

    pick<T>(items: readonly T[]): T {
        return items[this.int(items.length)]!;
    }

    bytes(n: number): Buffer {
        return Buffer.from(Array.from({ length: n }, () => this.int(256)));
    }
}
