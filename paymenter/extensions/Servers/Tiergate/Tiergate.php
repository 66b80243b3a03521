<?php

namespace Paymenter\Extensions\Servers\Tiergate;

use GuzzleHttp\Client;
use App\Models\Product;
use App\Models\Service;
use Illuminate\Support\Str;
use App\Events\Invoice\Paid;
use App\Helpers\ExtensionHelper;
use App\Attributes\ExtensionMeta;
use App\Classes\Extension\Server;
use Illuminate\Support\Facades\Event;
use GuzzleHttp\Exception\TransferException;
use Illuminate\Console\Scheduling\Schedule;
use App\Events\Service\Updated as ServiceUpdated;
use App\Events\Property\Created as PropertyCreated;
use App\Events\Property\Updated as PropertyUpdated;
use Illuminate\Console\Application as ConsoleApplication;
use Paymenter\Extensions\Servers\Tiergate\Delivery\Signer;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxWriter;
use App\Events\InvoiceTransaction\Created as TransactionCreated;
use App\Events\InvoiceTransaction\Updated as TransactionUpdated;
use Paymenter\Extensions\Servers\Tiergate\Console\OutboxCommand;
use Paymenter\Extensions\Servers\Tiergate\Delivery\PanelEndpoint;
use App\Events\ServiceCancellation\Created as CancellationCreated;
use Paymenter\Extensions\Servers\Tiergate\Console\SweepOutboxCommand;
use Paymenter\Extensions\Servers\Tiergate\GameUsername\GameUsernameRule;
use Paymenter\Extensions\Servers\Tiergate\GameUsername\GameUsernamePattern;
use Paymenter\Extensions\Servers\Tiergate\GameUsername\CustomerGameUsername;

/**
 * Paymenter → Tiergate: every lifecycle change of a service whose product uses this server becomes a signed
 * event for the Pterodactyl panel's Tiergate extension, kept in an outbox until the panel has it.
 */
#[ExtensionMeta(
    name: 'Tiergate',
    description: 'Sends each subscription\'s lifecycle to the Tiergate extension of your Pterodactyl panel, which gives the customer exactly their tier\'s access.',
    version: '0.1.0',
    author: 'Tiergate',
)]
class Tiergate extends Server
{
    private static ?object $bootedFor = null;

    public function getConfig($values = []): array
    {
        return [
            ['name' => 'panel_url', 'label' => 'Panel URL', 'type' => 'text', 'required' => true, 'validation' => 'url', 'placeholder' => 'https://panel.example.com',
                'description' => 'Your Pterodactyl panel; events go to {panel}/extensions/tiergate/webhook.'],
            ['name' => 'secret', 'label' => 'Signing secret', 'type' => 'password', 'required' => true, 'encrypted' => true, 'validation' => 'starts_with:whsec_',
                'description' => 'The whsec_… secret shown by the panel (Admin → Extensions → Tiergate → Settings, or php artisan tiergate:secret).'],
            ['name' => 'previous_secret', 'label' => 'Second secret (rotation)', 'type' => 'password', 'required' => false, 'encrypted' => true,
                'description' => 'While rotating, put the other secret here; events are signed with both.'],
            ['name' => 'game_username_pattern', 'label' => 'In-game name pattern', 'type' => 'text', 'required' => false, 'placeholder' => GameUsernamePattern::DEFAULT,
                'description' => 'Which Minecraft names checkout takes; keep it equal to the panel\'s game_username_pattern setting. Empty: ' . GameUsernamePattern::DEFAULT . ' (Java edition).'],
        ];
    }

    public function getProductConfig($values = []): array
    {
        return [
            ['name' => 'tier', 'label' => 'Tier / product key', 'type' => 'text', 'required' => false,
                'description' => 'Sent as the product slug; the panel maps it to a role template. Leave empty to send this product\'s slug.'],
            ['name' => 'game_username', 'label' => 'Ask for a Minecraft username', 'type' => 'select', 'required' => false, 'default' => 'off',
                'options' => ['off' => 'No', 'optional' => 'Yes, optional', 'required' => 'Yes, required'],
                'description' => 'Required where this tier\'s template runs in-game commands on the panel (LuckPerms group, whitelist): the panel needs the player\'s name for them.'],
        ];
    }

    /**
     * The "Minecraft username" field at checkout, when the product asks for one (Paymenter calls this with the
     * product, the values so far and the product's settings). Paymenter stores the answer as the service's
     * `game_username` property; every event then carries it as data.customer.game_username.
     */
    public function getCheckoutConfig(Product $product, $values = [], $settings = []): array
    {
        $ask = $settings['game_username'] ?? 'off';
        if (!in_array($ask, ['optional', 'required'], true)) {
            return [];
        }

        return [[
            'name' => CustomerGameUsername::KEY, 'label' => 'Minecraft username', 'type' => 'text', 'required' => $ask === 'required',
            // A string even when left empty: Paymenter writes every checkout value into a NOT NULL column.
            'default' => '',
            'placeholder' => 'Steve',
            'description' => 'Your in-game name; your rank and whitelist on our servers follow your subscription.',
            'validation' => [new GameUsernameRule(GameUsernamePattern::of($this->config('game_username_pattern')))],
        ]];
    }

    /** "Test connection": a signed ping; true, or the panel's answer as the reason. */
    public function testConfig(): bool|string
    {
        $endpoint = PanelEndpoint::fromConfig(['panel_url' => $this->config('panel_url'), 'secret' => $this->config('secret'), 'previous_secret' => $this->config('previous_secret')]);
        if ($insecure = $endpoint->insecureReason()) {
            return $insecure;
        }
        $body = json_encode(['type' => 'ping', 'timestamp' => now()->toIso8601ZuluString(), 'data' => ['source' => 'paymenter test connection']], JSON_THROW_ON_ERROR);
        try {
            $response = (new Client(['timeout' => 15, 'http_errors' => false]))->post($endpoint->webhookUrl, [
                'body' => $body,
                'headers' => ['Content-Type' => 'application/json'] + Signer::headers($endpoint->secrets, 'msg_ping_' . Str::random(16), time(), $body),
            ]);
        } catch (TransferException $e) {
            return "Could not reach {$endpoint->webhookUrl}: {$e->getMessage()}";
        }
        if ($response->getStatusCode() === 200) {
            return true;
        }
        $answer = json_decode((string) $response->getBody(), true);

        return "The panel answered {$response->getStatusCode()}: " . ($answer['reason'] ?? mb_strimwidth((string) $response->getBody(), 0, 300, '…'));
    }

    // The hooks run in Paymenter's queued jobs, after the change that dispatched them: the event's snapshot is
    // Paymenter's status when the job runs (a suspend job can find the service already cancelled by the cron).
    public function createServer(Service $service, $settings, $properties): array
    {
        OutboxWriter::record('subscription.created', $service);

        return [];
    }

    public function suspendServer(Service $service, $settings, $properties): void
    {
        OutboxWriter::record('subscription.suspended', $service);
    }

    public function unsuspendServer(Service $service, $settings, $properties): void
    {
        OutboxWriter::record('subscription.unsuspended', $service);
    }

    public function terminateServer(Service $service, $settings, $properties): void
    {
        OutboxWriter::record('subscription.terminated', $service);
    }

    public function upgradeServer(Service $service, $settings, $properties): void
    {
        OutboxWriter::record('subscription.updated', $service);
    }

    public function installed(): void
    {
        ExtensionHelper::runMigrations('extensions/Servers/Tiergate/database/migrations');
    }

    public function upgraded($oldVersion = null): void
    {
        $this->installed();
    }

    /** Paymenter calls this on every request and worker start: listeners, commands and the outbox sweep. */
    public function boot(): void
    {
        // Paymenter boots every server row; with two Tiergate panels configured, listen once per application.
        $events = app('events');
        if (self::$bootedFor === $events) {
            return;
        }
        self::$bootedFor = $events;

        Event::listen(ServiceUpdated::class, Listeners\RecordServiceChange::class);
        Event::listen(Paid::class, Listeners\RecordPaidInvoice::class);
        Event::listen([TransactionCreated::class, TransactionUpdated::class], Listeners\RecordFailedPayment::class);
        Event::listen(CancellationCreated::class, Listeners\RecordCancellation::class);
        Event::listen([PropertyCreated::class, PropertyUpdated::class], Listeners\RecordGameUsernameChange::class);

        ConsoleApplication::starting(function (ConsoleApplication $artisan): void {
            $artisan->resolveCommands([OutboxCommand::class, SweepOutboxCommand::class]);
        });
        app()->afterResolving(Schedule::class, fn (Schedule $schedule) => $schedule->command('tiergate:outbox-sweep')->everyFiveMinutes()->withoutOverlapping());
    }
}
