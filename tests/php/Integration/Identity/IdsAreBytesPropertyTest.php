<?php

namespace Tiergate\Tests\Integration\Identity;

use Carbon\CarbonImmutable;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\Subuser;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\EventDecoder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox\InboxWriter;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * Two customers, subscriptions and deliveries whose ids differ only in case, Unicode normalization or a trailing
 * space stay two of everything from the inbox to the panel: two stored events, two subscription rows, two accounts,
 * each with its own tier's subusers, and a second full reconcile moves nothing.
 */
class IdsAreBytesPropertyTest extends IntegrationTestCase
{
    use FakesTheOutside;

    private const CASES_PER_KIND = 8;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    public function testIdsThatDifferOnlyInCaseNormalizationOrTrailingSpaceStayDistinctEndToEnd(): void
    {
        $variants = new IdVariants(20261130);
        foreach (IdVariants::KINDS as $kind) {
            for ($n = 0; $n < self::CASES_PER_KIND; ++$n) {
                // Short ids, and ids long enough that "paymenter:{id}" is over users.external_id's 191 characters.
                $length = $n % 2 === 0 ? mt_rand(4, 24) : mt_rand(182, 189);
                $case = "{$kind} #{$n} (seed 20261130)";
                [$customerA, $customerB] = $variants->pair($kind, $length);
                [$subscriptionA, $subscriptionB] = $variants->pair($kind, mt_rand(4, 40));
                [$webhookA, $webhookB] = $variants->pair($kind, mt_rand(8, 40));
                $tag = $variants->word(10);

                $this->assertSame(InboxWriter::STORED, $this->deliver($webhookA, $customerA, $subscriptionA, "a-{$tag}@example.com", 'awakened'), $case);
                $this->assertSame(InboxWriter::STORED, $this->deliver($webhookB, $customerB, $subscriptionB, "b-{$tag}@example.com", 'frost-elemental'), $case);
                $this->assertSame(2, InboxEvent::query()->whereIn('webhook_id', [$webhookA, $webhookB])->count(), $case);

                $reconcile = app(SubscriberReconciliationService::class);
                $reconcile->handle($customerA, Trigger::event($webhookA));
                $reconcile->handle($customerB, Trigger::event($webhookB));

                $this->assertSame($customerA, Subscription::query()->where('subscription_id', $subscriptionA)->sole()->customer_id, $case);
                $this->assertSame($customerB, Subscription::query()->where('subscription_id', $subscriptionB)->sole()->customer_id, $case);
                $accountA = Account::query()->with('user')->where('customer_id', $customerA)->sole();
                $accountB = Account::query()->with('user')->where('customer_id', $customerB)->sole();
                $this->assertNotSame($accountA->user_id, $accountB->user_id, $case);
                $this->assertSame(["a-{$tag}@example.com", "b-{$tag}@example.com"], [$accountA->user->email, $accountB->user->email], $case);
                $this->assertNotSame($accountA->user->external_id, $accountB->user->external_id, $case);
                $this->assertLessThanOrEqual(191, mb_strlen($accountB->user->external_id), $case);

                $this->assertSame(['frost-hub', 'frost-survival'], $this->servers($accountA->user_id), $case);
                $elemental = ['frost-creative', 'frost-events', 'frost-hub', 'frost-skyblock', 'frost-survival'];
                $this->assertSame($elemental, $this->servers($accountB->user_id), $case);

                $this->assertSame([], $reconcile->handle($customerA, Trigger::schedule('full reconcile'))->plan, $case);
                $this->assertSame([], $reconcile->handle($customerB, Trigger::schedule('full reconcile'))->plan, $case);
                $this->assertSame($elemental, $this->servers($accountB->user_id), $case);
            }
        }
    }

    private function deliver(string $webhookId, string $customerId, string $subscriptionId, string $email, string $product): string
    {
        $body = json_encode(['type' => 'subscription.created', 'timestamp' => '2026-11-24T06:00:00Z', 'data' => [
            'subscription' => ['id' => $subscriptionId, 'status' => 'active', 'product' => ['id' => $product, 'slug' => $product], 'sequence' => 1],
            'customer' => ['id' => $customerId, 'email' => $email, 'first_name' => 'Alex', 'last_name' => 'Stone'],
        ]], JSON_UNESCAPED_UNICODE);
        $event = (new EventDecoder())->decode($body, time());

        return app(InboxWriter::class)->store($event, $webhookId, $body, ['webhook-id' => $webhookId], '127.0.0.1', CarbonImmutable::now());
    }

    /** @return string[] the external ids of the servers the user is a subuser on, sorted */
    private function servers(int $userId): array
    {
        $ids = Server::query()->whereIn('id', Subuser::query()->where('user_id', $userId)->select('server_id'))->pluck('external_id')->all();
        sort($ids);

        return $ids;
    }
}
