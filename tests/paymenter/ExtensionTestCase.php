<?php

namespace Tiergate\Tests\Paymenter;

use App\Models\Plan;
use App\Models\User;
use App\Models\Server;
use App\Models\Product;
use App\Models\Service;
use App\Models\Setting;
use Illuminate\Support\Facades\DB;
use Illuminate\Foundation\Application;
use Illuminate\Contracts\Console\Kernel;
use Illuminate\Foundation\Testing\TestCase;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\SchemaValidator;

/** Boots the Paymenter double with the Tiergate extension on a server row, like an admin would set it up. */
abstract class ExtensionTestCase extends TestCase
{
    protected Server $server;
    protected Product $product;

    public function createApplication(): Application
    {
        $app = require getenv('TIERGATE_PAYMENTER_DOUBLE') . '/bootstrap/app.php';
        $app->make(Kernel::class)->bootstrap();

        return $app;
    }

    protected function setUp(): void
    {
        parent::setUp();
        DB::statement('SET FOREIGN_KEY_CHECKS=0');
        foreach (['tiergate_outbox', 'properties', 'jobs', 'service_upgrades', 'service_cancellations', 'invoice_transactions', 'invoice_items', 'invoices', 'services', 'plans', 'products', 'settings', 'extensions', 'users'] as $table) {
            DB::table($table)->truncate();
        }
        DB::statement('SET FOREIGN_KEY_CHECKS=1');
        $this->server = $this->tiergateServer('http://127.0.0.1:1', 'whsec_' . base64_encode(random_bytes(32)));
        $this->product = Product::query()->create(['name' => 'Frost Knight', 'slug' => 'frost-knight', 'server_id' => $this->server->id]);
        (new \Paymenter\Extensions\Servers\Tiergate\Tiergate())->boot();
    }

    protected function tiergateServer(string $panelUrl, string $secret, ?string $previous = null): Server
    {
        $server = Server::query()->create(['name' => 'Panel', 'extension' => 'Tiergate', 'type' => 'server']);
        foreach (['panel_url' => $panelUrl, 'secret' => $secret, 'previous_secret' => $previous] as $key => $value) {
            if ($value !== null) {
                Setting::query()->create(['key' => $key, 'encrypted' => $key !== 'panel_url', 'value' => $value, 'settingable_type' => 'extension', 'settingable_id' => $server->id]);
            }
        }

        return $server;
    }

    protected function pointAt(string $panelUrl, string $secret): void
    {
        Setting::query()->where('settingable_id', $this->server->id)->delete();
        foreach (['panel_url' => $panelUrl, 'secret' => $secret] as $key => $value) {
            Setting::query()->create(['key' => $key, 'encrypted' => $key === 'secret', 'value' => $value, 'settingable_type' => 'extension', 'settingable_id' => $this->server->id]);
        }
    }

    protected function service(string $status = 'active', string $planType = 'recurring', ?Product $product = null): Service
    {
        $user = User::query()->create(['first_name' => 'Alex', 'last_name' => 'Stone', 'email' => 'alex' . random_int(1, 1_000_000) . '@example.com']);
        $product ??= $this->product;
        $plan = Plan::query()->create(['name' => 'Monthly', 'type' => $planType, 'billing_period' => 1, 'billing_unit' => 'month', 'priceable_type' => 'product', 'priceable_id' => $product->id]);

        return Service::query()->create(['status' => $status, 'product_id' => $product->id, 'plan_id' => $plan->id, 'user_id' => $user->id, 'expires_at' => now()->addMonth()]);
    }

    /** @return array<int, array> the outbox bodies of a service, in sequence order */
    protected function events(Service $service): array
    {
        return OutboxEvent::query()->where('service_id', $service->id)->orderBy('sequence')->pluck('body')->map(fn ($b) => json_decode($b, true))->all();
    }

    protected function assertValidAgainstContract(array $event): void
    {
        $validator = SchemaValidator::fromFile(dirname(__DIR__, 2) . '/contract/event.schema.json');
        $this->assertSame([], $validator->validate($event), json_encode($event));
    }
}
