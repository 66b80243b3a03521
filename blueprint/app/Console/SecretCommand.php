<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Carbon\CarbonImmutable;
use Illuminate\Console\Command;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;

/** `php artisan tiergate:secret [--rotate] [--set=whsec_…] [--show]` */
class SecretCommand
{
    public function __construct(private WebhookSecretService $secrets, private Settings $settings)
    {
    }

    public function handle(Command $command): void
    {
        $now = CarbonImmutable::now();
        $set = $command->option('set');

        if ($set !== null || $command->option('rotate') || !$this->secrets->hasSecret()) {
            try {
                $secret = $this->secrets->rotate($now, $set);
            } catch (\InvalidArgumentException $e) {
                throw new \RuntimeException($e->getMessage());
            }
            $command->info('New webhook secret (paste it into the Tiergate extension in Paymenter; it is shown this once):');
            $command->line($secret);
            if (count($this->secrets->accepted($now)) > 1) {
                $command->comment('The previous secret stays valid until ' . $this->settings->get(Settings::WEBHOOK_PREVIOUS_SECRET_UNTIL) . '.');
            }

            return;
        }

        if ($command->option('show')) {
            $command->line((string) $this->settings->get(Settings::WEBHOOK_SECRET));

            return;
        }

        $command->info('A webhook secret is configured. Use --show to print it, --rotate to replace it, --set=whsec_… to set one.');
    }
}
