<?php

namespace Tiergate\Tests\Integration\Services\Search;

use Pterodactyl\Models\User;
use Illuminate\Support\Facades\DB;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\CountsRowsRead;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Search\SearchTermIndex;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries\SubscriberSearch;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * The admin search finds a subscriber by the start of any word of what they are known by, from one index that every
 * reconcile keeps in step, and reads about as many rows as it finds however many subscribers there are.
 */
class SearchTermIndexTest extends IntegrationTestCase
{
    use FakesTheOutside;
    use StoresEvents;
    use CountsRowsRead;

    private const CUSTOMER = 'cus_terms_1';

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    public function testAReconciledSubscriberIsFoundByTheStartOfAnyWordWhateverTheCase(): void
    {
        $this->subscribe('Alex.Stone@Example.org', 1);

        foreach (['alex.stone@example.org', 'STONE@exam', 'example.org', '@example.org', 'terms_1', 'sub_cus_terms', 'cus_terms_1'] as $text) {
            $this->assertSame([self::CUSTOMER], $this->search($text), "search for {$text}");
        }
        // The middle of a word is not a word start.
        $this->assertSame([], $this->search('tone@example'));
    }

    public function testANewEmailReplacesTheOldOneInTheIndex(): void
    {
        $this->subscribe('alex.stone@example.org', 1);
        $this->subscribe('alex.rivers@example.net', 2);

        $this->assertSame([self::CUSTOMER], $this->search('rivers@example.net'));
        $this->assertSame([], $this->search('stone@example.org'));
        $this->assertNotContains('stone@example.org', $this->terms());
    }

    public function testAnAccountRenamedInThePanelIsFoundAtOnceByItsNewUsername(): void
    {
        $this->subscribe('alex.stone@example.org', 1);
        $user = User::query()->where('email', 'alex.stone@example.org')->firstOrFail();
        DB::table('users')->where('id', $user->id)->update(['username' => 'renamed_in_panel']);

        $this->assertSame([self::CUSTOMER], $this->search('Renamed_in'));
    }

    public function testTheAdminsInGameCorrectionAndTheAccountsNameAreFound(): void
    {
        $this->subscribe('alex.stone@example.org', 1);
        $user = User::query()->where('email', 'alex.stone@example.org')->firstOrFail();
        DB::table('users')->where('id', $user->id)->update(['name_first' => 'Alexandra', 'name_last' => 'Stonehouse']);
        DB::table('tiergate_accounts')->where('customer_id', self::CUSTOMER)->update(['game_username_override' => 'FrostQueen_7']);
        $this->assertSame([], $this->search('frostqueen'), 'precondition: written behind the index’s back');

        app(SubscriberReconciliationService::class)->handle(self::CUSTOMER, Trigger::event('msg_terms_again'));

        foreach (['frostqueen', '7', 'Alexandra Stone', 'stonehouse'] as $text) {
            $this->assertSame([self::CUSTOMER], $this->search($text), "search for {$text}");
        }
    }

    /** The install's fill, from the tables, and a reconcile's refresh write the same terms. */
    public function testTheFillFromTheTablesMatchesWhatAReconcileWrites(): void
    {
        $this->subscribe('alex.stone@example.org', 1);
        DB::table('tiergate_accounts')->where('customer_id', self::CUSTOMER)->update(['game_username_override' => 'FrostQueen_7']);
        app(SubscriberReconciliationService::class)->handle(self::CUSTOMER, Trigger::event('msg_terms_again'));
        $written = $this->terms();
        $this->assertContains('frostqueen_7', $written);

        DB::table('tiergate_search_terms')->delete();
        app(SearchTermIndex::class)->rebuild();

        $this->assertSame($written, $this->terms());
    }

    /** Rows read by the search, from MariaDB's own handler counters: about the matches, not the subscribers. */
    public function testTheSearchReadsTheRowsItFindsNotEverySubscriber(): void
    {
        $this->subscribe('alex.stone@example.org', 1);
        $now = now();
        $rows = [];
        for ($i = 0; $i < 3000; ++$i) {
            $rows[] = ['subscription_id' => "sub_load_{$i}", 'customer_id' => "cus_load_{$i}", 'customer_email' => "load{$i}@example.com",
                'product_key' => 'frost-knight', 'state' => 'active', 'cause' => 'active', 'reason' => '', 'created_at' => $now, 'updated_at' => $now];
        }
        foreach (array_chunk($rows, 500) as $chunk) {
            DB::table('tiergate_subscriptions')->insert($chunk);
        }
        app(SearchTermIndex::class)->rebuild();
        $this->assertSame(['cus_load_1234'], $this->search('load1234@'));

        [$found, $read] = $this->rowsReadBy(fn () => $this->search('alex.stone'));

        $this->assertSame([self::CUSTOMER], $found);
        $this->assertLessThanOrEqual(20, $read, "the search read {$read} rows for one match among 3,001 subscribers");
    }

    private function subscribe(string $email, int $sequence): void
    {
        $this->storeEvent(self::CUSTOMER, $email, $sequence === 1 ? 'subscription.created' : 'subscription.updated', 'frost-knight', $sequence);
        app(SubscriberReconciliationService::class)->handle(self::CUSTOMER, Trigger::event("msg_terms_{$sequence}"));
    }

    /** @return string[] */
    private function search(string $text): array
    {
        return app(SubscriberSearch::class)->customerIds($text);
    }

    /** @return string[] */
    private function terms(): array
    {
        return DB::table('tiergate_search_terms')->where('customer_id', self::CUSTOMER)->orderBy('term')->pluck('term')->all();
    }
}
