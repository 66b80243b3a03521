<?php

namespace Tiergate\Tests\Integration\Services\Inbox;

use Carbon\CarbonImmutable;
use Tiergate\Tests\IntegrationTestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\EventDecoder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookRejected;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox\InboxWriter;

class InboxWriterTest extends IntegrationTestCase
{
    private function body(string $type = 'subscription.created'): string
    {
        return json_encode(['type' => $type, 'timestamp' => '2026-11-24T06:00:00Z', 'data' => [
            'subscription' => ['id' => 1, 'status' => 'active', 'product' => ['id' => 2], 'sequence' => 5],
            'customer' => ['id' => 3, 'email' => 'inbox@example.com'],
        ]]);
    }

    private function store(string $id, string $body): string
    {
        $event = (new EventDecoder())->decode($body, time());

        return app(InboxWriter::class)->store($event, $id, $body, ['webhook-id' => $id], '127.0.0.1', CarbonImmutable::now());
    }

    public function testOneIdIsStoredOnceWithItsExactBytes(): void
    {
        $body = $this->body();
        $this->assertSame(InboxWriter::STORED, $this->store('msg_a', $body));
        $this->assertSame(InboxWriter::DUPLICATE, $this->store('msg_a', $body));

        $row = InboxEvent::query()->where('webhook_id', 'msg_a')->sole();
        $this->assertSame($body, $row->body);
        $this->assertSame(['1', '3', 5], [$row->subscription_id, $row->customer_id, $row->sequence]);
    }

    public function testTheSameIdWithOtherBytesIsRefused(): void
    {
        $this->store('msg_b', $this->body());
        $this->expectException(WebhookRejected::class);
        $this->store('msg_b', $this->body('subscription.suspended'));
    }

    public function testIdsThatDifferOnlyInCaseOrNormalizationAreTwoEvents(): void
    {
        foreach ([['evt_CaseId', 'evt_caseid'], ["evt_caf\u{00E9}", "evt_cafe\u{0301}"], ['evt_pad', 'evt_pad ']] as [$first, $second]) {
            $this->assertSame(InboxWriter::STORED, $this->store($first, $this->body()));
            $this->assertSame(InboxWriter::STORED, $this->store($second, $this->body('subscription.suspended')));
            $this->assertSame(InboxWriter::DUPLICATE, $this->store($second, $this->body('subscription.suspended')));
            $this->assertSame($first, InboxEvent::query()->where('webhook_id', $first)->sole()->webhook_id);
        }
    }
}
