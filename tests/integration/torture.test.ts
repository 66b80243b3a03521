import { WEBHOOK } from '../../tools/testbed/client';
import { FAULT_KINDS } from '../../tools/torture/faults';
import { formatReport, torture, TortureReport, verdict } from '../../tools/torture/run';
import { prepareTestbed } from '../../tools/torture/setup';

// A bounded `npm run torture`: about 1,000 deliveries for 60 customers (duplicated, resent, shuffled), one wave per
// fault (the queue worker and php-fpm workers killed, MariaDB and Redis stopped, Wings down, 3 s each), judged by
// the panel's users and subusers against the independent model in tools/torture/model.ts.
const CONVERGENCE_LIMIT_SECONDS = 30;

describe('the torture run, small', () => {
    let report: TortureReport;

    beforeAll(async () => {
        const { secret, restore } = await prepareTestbed();
        try {
            report = await torture({
                url: WEBHOOK,
                secret,
                customers: 60,
                events: 1000,
                faults: [...FAULT_KINDS],
                faultSeconds: 3,
                concurrency: 6,
                seed: 20261130,
                seconds: 300,
                convergeSeconds: CONVERGENCE_LIMIT_SECONDS + 5,
            });
        } finally {
            await restore();
        }
        console.log(formatReport(report));
    }, 360_000);

    it('acknowledged every event, stored every acknowledged one, and lost none', () => {
        expect(report.stats.acknowledged.size).toBe(report.uniqueIds);
        expect(report.stats.refused).toEqual([]);
        expect(report.stats.badDuplicates).toEqual([]);
        expect(report.lost).toEqual([]);
        expect(report.stored).toBe(report.uniqueIds);
    });

    it("leaves every subscriber's panel account exactly as the model says", () => {
        expect(report.finalWrong).toEqual([]);
        expect(report.matching).toBe(60);
    });

    it(`converges within ${CONVERGENCE_LIMIT_SECONDS} s after each fault ends`, () => {
        expect(verdict(report, CONVERGENCE_LIMIT_SECONDS)).toEqual([]);
    });
});
