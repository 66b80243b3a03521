import { Figures, meets } from '../../tools/bench/figures';
import { renderTable } from '../../tools/bench/readme-table';

describe('bench figures', () => {
    beforeEach(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));
    afterEach(() => jest.restoreAllMocks());

    it('judges a figure against its goal, and a missing value as a miss', () => {
        expect(meets(0.9, { kind: 'min', target: 0.8 })).toBe(true);
        expect(meets(0.7, { kind: 'min', target: 0.8 })).toBe(false);
        expect(meets(1200, { kind: 'max', target: 1000 })).toBe(false);
        expect(meets(null, { kind: 'max', target: 1000 })).toBe(false);
        expect(meets(5, undefined)).toBeNull();
    });

    it('compares the seeded bed with the empty one in each figure’s bad direction', () => {
        const figures = new Figures('empty');
        figures.add('lat', 'latency', 100, 'ms', { kind: 'max', target: 1000 });
        figures.add('rps', 'throughput', 200, '/s', { kind: 'min', target: 1 });
        figures.add('lost', 'lost', 0, 'count', { kind: 'max', target: 0 });
        figures.bed = 'seeded';
        figures.add('lat', 'latency', 115, 'ms', { kind: 'max', target: 1000 });
        figures.add('rps', 'throughput', 190, '/s', { kind: 'min', target: 1 });
        figures.add('lost', 'lost', 0, 'count', { kind: 'max', target: 0 });
        figures.compareBeds();

        expect(figures.find('lat.seeded_vs_empty', 'seeded')).toMatchObject({ value: 1.15, ok: false });
        expect(figures.find('rps.seeded_vs_empty', 'seeded')).toMatchObject({ value: 0.95, ok: true });
        expect(figures.find('lost.seeded_vs_empty', 'seeded')).toBeUndefined();
    });

    it('takes a rate, or a rate over the ceiling, without a goal as better higher, and a time as better lower', () => {
        const figures = new Figures('empty');
        figures.add('share', 'ingest / ceiling', 0.57, '×');
        figures.add('p95', 'p95', 10, 'ms');
        figures.bed = 'seeded';
        figures.add('share', 'ingest / ceiling', 0.67, '×');
        figures.add('p95', 'p95', 10.5, 'ms');
        figures.compareBeds();

        expect(figures.find('share.seeded_vs_empty', 'seeded')).toMatchObject({
            goal: { kind: 'min', target: 0.9 },
            ok: true,
        });
        expect(figures.find('p95.seeded_vs_empty', 'seeded')).toMatchObject({
            goal: { kind: 'max', target: 1.1 },
            ok: true,
        });
    });

    it('renders every figure into the README table with its verdict, misses in bold', () => {
        const figures = new Figures('empty');
        figures.add('a', 'ingest / ceiling', 0.5, '×', { kind: 'min', target: 0.8 }, 'same | run');
        figures.add('b', 'lost', 0, 'count', { kind: 'max', target: 0 });
        const table = renderTable({
            measured_at: '2026-11-30T15:00:00.000Z',
            mode: 'quick',
            parts: ['ingest'],
            machine: { cores: 2, memory_gb: 24 },
            figures: figures.all,
        });

        expect(table).toContain('| ingest / ceiling | empty | 0.50× | ≥ 0.80× | **missed** | same \\| run |');
        expect(table).toContain('| lost | empty | 0 | ≤ 0 | met |  |');
        expect(table).toContain('`npm run bench -- --quick`');
    });
});
