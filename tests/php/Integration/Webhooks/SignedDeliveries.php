<?php

namespace Tiergate\Tests\Integration\Webhooks;

use Carbon\CarbonImmutable;
use Illuminate\Http\Request;
use Illuminate\Http\JsonResponse;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookProcessor;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberWaker;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;

/**
 * Signed requests straight into WebhookProcessor, with a fresh secret and every wake recorded instead of run
 * (Laravel's TestCase calls setUpSignedDeliveries() for a test that uses this trait).
 */
trait SignedDeliveries
{
    private string $secret;
    /** @var \ArrayObject<int, array{string, string, ?string}> customer id, trigger type and ref, per wake */
    private \ArrayObject $woken;

    protected function setUpSignedDeliveries(): void
    {
        $this->secret = app(WebhookSecretService::class)->rotate(CarbonImmutable::now());
        $this->woken = new \ArrayObject();
        $this->app->instance(SubscriberWaker::class, new class ($this->woken) extends SubscriberWaker {
            public function __construct(private \ArrayObject $woken)
            {
            }

            public function wake(string $customerId, Trigger $trigger): void
            {
                $this->woken[] = [$customerId, $trigger->type, $trigger->ref];
            }
        });
    }

    /** @param \Closure(string): string|null $tamper changes the body after it was signed */
    private function deliverSigned(string $id, string $body, string $ip, ?\Closure $tamper = null): JsonResponse
    {
        $timestamp = (string) time();
        $key = base64_decode(substr($this->secret, strlen('whsec_')));
        $signature = 'v1,' . base64_encode(hash_hmac('sha256', "{$id}.{$timestamp}.{$body}", $key, true));
        $body = $tamper ? $tamper($body) : $body;
        $request = Request::create('/extensions/tiergate/webhook', 'POST', server: [
            'REMOTE_ADDR' => $ip,
            'CONTENT_TYPE' => 'application/json',
            'CONTENT_LENGTH' => (string) strlen($body),
            'HTTP_WEBHOOK_ID' => $id,
            'HTTP_WEBHOOK_TIMESTAMP' => $timestamp,
            'HTTP_WEBHOOK_SIGNATURE' => $signature,
        ], content: $body);

        return app(WebhookProcessor::class)->process($request);
    }
}
