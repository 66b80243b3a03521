<?php

namespace Tiergate\Tests\Integration\Services\Panel;

use Illuminate\Support\Str;
use Illuminate\Support\Facades\DB;
use Tiergate\Tests\IntegrationTestCase;
use Illuminate\Database\Events\QueryExecuted;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\BillingState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\AccountResolver;

/** The per-event lookups in the panel's users table use its indexes: flat as the panel grows (no LOWER(email) scan). */
class UserLookupIndexTest extends IntegrationTestCase
{
    use FakesTheOutside;

    private const EXTRA_USERS = 300;

    public function testLinkingByEmailExaminesOnlyTheMatchingRows(): void
    {
        $this->fakeTheOutside(false);
        $template = (array) DB::table('users')->orderBy('id')->first();
        unset($template['id']);
        $rows = [];
        for ($i = 0; $i < self::EXTRA_USERS; ++$i) {
            $rows[] = ['uuid' => (string) Str::uuid(), 'username' => "bulk{$i}_" . Str::random(6), 'email' => "bulk{$i}." . Str::random(6) . '@example.com', 'external_id' => null] + $template;
        }
        DB::table('users')->insert($rows);
        DB::table('users')->insert(['uuid' => (string) Str::uuid(), 'username' => 'lookup_' . Str::random(6), 'email' => 'lookup.me@example.com', 'external_id' => null] + $template);

        $selects = [];
        DB::listen(function (QueryExecuted $q) use (&$selects) {
            if (preg_match('/^select .* from `users`/i', $q->sql)) {
                $selects[] = [$q->sql, $q->bindings];
            }
        });
        $account = app(AccountResolver::class)->findOrCreate(new SubscriptionState('sub_idx', 'cus_idx', 'Lookup.Me@Example.com', BillingState::Active, 'fire-knight', null));
        $this->assertSame('lookup.me@example.com', DB::table('users')->where('id', $account->user_id)->value('email'), 'the account was not linked by email');

        $this->assertNotEmpty($selects);
        foreach ($selects as [$sql, $bindings]) {
            $plan = DB::select('EXPLAIN ' . $sql, $bindings)[0];
            $this->assertNotNull($plan->key, "no index for: {$sql}");
            // One lookup asks for both external_id forms and the email: at most a row for each.
            $this->assertLessThanOrEqual(3, (int) $plan->rows, "examines {$plan->rows} rows: {$sql}");
        }
    }
}
