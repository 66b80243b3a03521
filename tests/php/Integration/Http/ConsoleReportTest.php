<?php

namespace Tiergate\Tests\Integration\Http;

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Artisan;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;

/** The CLI names subscribers (issue 12): `tiergate:reconcile --dry-run` and `tiergate:status`. */
class ConsoleReportTest extends AdminApiTestCase
{
    use FakesTheOutside;

    public function testADryRunNamesEachFailingSubscriberWithItsReasonAndExitsZero(): void
    {
        $this->fakeTheOutside();
        DB::table('tiergate_subscriptions')->insert($this->subscription('cus_broken', 'sub_broken', 'broken@example.com', [
            'needs_attention' => true, 'last_error' => 'Gave up after 5 tries: Wings said no',
        ]));

        $exit = Artisan::call('tiergate:reconcile', ['--dry-run' => true, '--subscriber' => 'broken@example.com']);
        $output = Artisan::output();

        $this->assertSame(0, $exit, $output);
        $this->assertStringContainsString('FAILING cus_broken <broken@example.com>: Gave up after 5 tries: Wings said no', $output);
        $this->assertStringContainsString('dry run: nothing was applied', $output);
    }

    public function testStatusShowsThePaymenterPingAndTheSelfTestApartInAlignedRows(): void
    {
        $settings = app(Settings::class);
        $settings->set(Settings::LAST_CONTACT_AT, '2026-11-02T08:00:00+00:00');
        $settings->set(Settings::LAST_SELF_TEST_AT, '2026-11-03T09:30:00+00:00');
        config(['app.timezone' => 'UTC']);

        Artisan::call('tiergate:status');
        $lines = array_values(array_filter(explode("\n", Artisan::output()), fn ($l) => trim($l) !== ''));

        $this->assertMatchesRegularExpression('/^\| last Paymenter ping +\| 2026-11-02 08:00:00 UTC +\|$/m', implode("\n", $lines));
        $this->assertMatchesRegularExpression('/^\| last self-test +\| 2026-11-03 09:30:00 UTC +\|$/m', implode("\n", $lines));
        $this->assertCount(1, array_unique(array_map('mb_strlen', $lines)), 'every row of the table is as wide as the others');
        $this->assertStringNotContainsString('T08:00', implode("\n", $lines), 'one time format');
        $this->assertDoesNotMatchRegularExpression('/^\|\s+\|\s+\|$/m', implode("\n", $lines), 'no empty header row');
    }
}
