<?php

namespace Tiergate\Tests\Paymenter;

use Illuminate\Support\Facades\Queue;
use Paymenter\Extensions\Servers\Tiergate\Tiergate;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;
use Paymenter\Extensions\Servers\Tiergate\Delivery\OutboxDrain;
use Paymenter\Extensions\Servers\Tiergate\Delivery\OutboxDelivery;

/**
 * The extension's real delivery code against the real panel test bed (the Pterodactyl double with Tiergate
 * installed, through nginx + php-fpm): the subscriber's access appears in the panel's own `subusers` table.
 */
class CrossSystemTest extends ExtensionTestCase
{
    private const PANEL = 'http://127.0.0.1:8080';

    public function testASubscriptionCreatedInPaymenterBecomesSubuserAccessOnThePanel(): void
    {
        $this->pointAtTheTestBed();

        $service = $this->service();
        (new Tiergate())->createServer($service, [], []);
        $this->assertNull((new OutboxDelivery())->drain($service->id), 'the panel did not accept the event');

        $this->assertKnightAccess($service->user->email);
    }

    public function testABacklogGoesAsOneBatchThePanelStoresItemByItemAndEveryCustomerGetsAccess(): void
    {
        $this->pointAtTheTestBed();
        $services = [$this->service(), $this->service(), $this->service()];
        foreach ($services as $service) {
            (new Tiergate())->createServer($service, [], []);
        }

        $this->assertNull(app(OutboxDrain::class)->drain($services[0]->id));

        $panel = $this->panelDb();
        $rows = OutboxEvent::query()->whereIn('service_id', array_map(fn ($s) => $s->id, $services))->get();
        $this->assertCount(3, $rows);
        foreach ($rows as $row) {
            $this->assertSame(OutboxEvent::DELIVERED, $row->status);
            $stored = $panel->prepare('SELECT body, JSON_UNQUOTE(JSON_EXTRACT(headers, "$.\\"webhook-batch-id\\"")) FROM tiergate_events WHERE webhook_id = ?');
            $stored->execute([$row->webhook_id]);
            [$body, $batchId] = $stored->fetch(\PDO::FETCH_NUM) ?: [null, null];
            $this->assertSame($row->body, $body, 'the panel stored the event byte for byte');
            $this->assertStringStartsWith('batch_', (string) $batchId, 'it came in a batch');
        }
        foreach ($services as $service) {
            $this->assertKnightAccess($service->user->email);
        }
    }

    private function pointAtTheTestBed(): void
    {
        $this->assertNotFalse(@fsockopen('127.0.0.1', 8080), 'The panel test bed is not running on 127.0.0.1:8080; start it with npm run testbed -- up (npm test does).');
        Queue::fake();
        $secret = 'whsec_' . base64_encode(random_bytes(32));
        $panel = dirname(__DIR__, 2) . '/.testbed/panel';
        exec('runuser -u www-data -- php ' . escapeshellarg("{$panel}/artisan") . ' tiergate:secret --set=' . escapeshellarg($secret) . ' 2>&1', $out, $status);
        $this->assertSame(0, $status, implode("\n", $out));
        $this->pointAt(self::PANEL, $secret);
    }

    private function panelDb(): \PDO
    {
        return new \PDO('mysql:host=127.0.0.1;dbname=panel', 'pterodactyl', 'pterodactyl');
    }

    private function assertKnightAccess(string $email): void
    {
        $query = $this->panelDb()->prepare('SELECT s.external_id FROM subusers su JOIN users u ON u.id = su.user_id JOIN servers s ON s.id = su.server_id WHERE u.email = ? ORDER BY s.id');
        for ($i = 0; $i < 60; ++$i) {
            $query->execute([$email]);
            if ($servers = $query->fetchAll(\PDO::FETCH_COLUMN)) {
                break;
            }
            usleep(250_000);
        }
        // frost-knight is the Knight tier: every Frost and Fire Path server, not Beta.
        $this->assertCount(10, $servers, $email);
        $this->assertNotContains('beta-lab', $servers);
    }
}
