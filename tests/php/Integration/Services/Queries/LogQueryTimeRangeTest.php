<?php

namespace Tiergate\Tests\Integration\Services\Queries;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\CountsRowsRead;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries\LogQuery;

/**
 * A time-range filter on the provisioning log reads only that range: newest first, the page used to walk every row
 * written after the range before reaching it. The rows found are exactly those in the range, including one whose
 * created_at is out of step with its id (two writers whose transactions overlapped).
 */
class LogQueryTimeRangeTest extends IntegrationTestCase
{
    use CountsRowsRead;

    public function testATimeRangeReadsItsOwnRowsOnlyAndFindsExactlyThem(): void
    {
        $start = now()->subDays(3)->startOfDay();
        $rows = [];
        for ($i = 0; $i < 3000; ++$i) {
            $rows[] = $this->row("msg_range_{$i}", $start->copy()->addMinutes($i * 2));
            if ($i === 1080) {
                // Dated 20 s before its predecessor and inside the range: written out of step, as two overlapping writers do.
                $rows[] = $this->row('msg_range_late', $start->copy()->addDay()->addHours(12)->subSeconds(20));
            }
        }
        foreach (array_chunk($rows, 500) as $chunk) {
            DB::table('tiergate_log')->insert($chunk);
        }
        $since = $start->copy()->addDay();
        $until = $start->copy()->addDay()->addHours(12);
        $expected = DB::table('tiergate_log')->whereBetween('created_at', [$since, $until])->orderByDesc('id')->limit(50)->pluck('trigger_ref')->all();

        $before = $this->handlerReads();
        $page = app(LogQuery::class)->page(['since' => $since->toIso8601String(), 'until' => $until->toIso8601String()], Request::create('/log', 'GET', ['limit' => 50]));
        $read = $this->handlerReads() - $before;

        $this->assertSame($expected, array_map(fn (array $entry) => $entry['row']->trigger_ref, $page['data']));
        $this->assertContains('msg_range_late', $expected);
        $this->assertLessThan(400, $read, 'rows read for a page of 50 from a range of 361; without the id bounds, the 1,000+ newer rows too');
    }

    private function row(string $ref, $at): array
    {
        return ['trigger' => 'event', 'trigger_ref' => $ref, 'customer_id' => 'cus_range', 'server_id' => null, 'action' => 'grant',
            'permissions_before' => '[]', 'permissions_after' => '[]', 'outcome' => 'ok', 'duration_ms' => 1, 'created_at' => $at];
    }
}
