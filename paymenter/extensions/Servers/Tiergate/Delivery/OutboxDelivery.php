<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

use GuzzleHttp\Client;
use App\Models\Service;
use GuzzleHttp\Exception\TransferException;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;

/**
 * Sends one service's pending events, oldest sequence first, stopping at the first that does not go through,
 * so the panel receives every subscription's events in order even after an outage.
 */
class OutboxDelivery
{
    public const TIMEOUT_SECONDS = 15;

    private Client $client;

    public function __construct(?Client $client = null)
    {
        $this->client = $client ?? new Client(['timeout' => self::TIMEOUT_SECONDS, 'connect_timeout' => 5, 'http_errors' => false]);
    }

    /** @return int|null seconds until this service's queue should be tried again, null when nothing is left */
    public function drain(int $serviceId): ?int
    {
        $service = Service::query()->find($serviceId);
        $endpoint = $service ? PanelEndpoint::forService($service) : null;

        $pending = OutboxEvent::query()->where('service_id', $serviceId)->where('status', OutboxEvent::PENDING)->orderBy('sequence')->get();
        foreach ($pending as $event) {
            if ($event->next_attempt_at && $event->next_attempt_at->isFuture()) {
                // Carbon 3 answers in fractions of a second: round up, or the next wake-up comes just too early.
                return max(1, (int) ceil(now()->diffInSeconds($event->next_attempt_at, false)));
            }
            if ($endpoint === null || $endpoint->secrets === []) {
                return $this->failedAttempt($event, null, 'The Tiergate server in Paymenter has no panel URL or secret configured.');
            }
            if ($insecure = $endpoint->insecureReason()) {
                return $this->failedAttempt($event, null, $insecure);
            }
            [$status, $error] = $this->send($event, $endpoint);
            if ($status !== null && $status >= 200 && $status < 300) {
                $event->forceFill(['status' => OutboxEvent::DELIVERED, 'delivered_at' => now(), 'last_status' => $status, 'last_error' => null] + self::oneMoreTry($event))->save();
                continue;
            }
            if ($status !== null && RetrySchedule::isPermanent($status)) {
                // The panel refused this event for good; later events must not wait behind it forever.
                $event->forceFill(['status' => OutboxEvent::FAILED, 'last_status' => $status, 'last_error' => $error] + self::oneMoreTry($event))->save();
                continue;
            }

            return $this->failedAttempt($event, $status, $error);
        }

        return null;
    }

    /** @return array{0: ?int, 1: ?string} */
    private function send(OutboxEvent $event, PanelEndpoint $endpoint): array
    {
        try {
            $response = $this->client->post($endpoint->webhookUrl, [
                'body' => $event->body,
                'headers' => ['Content-Type' => 'application/json', 'Accept' => 'application/json'] + Signer::headers($endpoint->secrets, $event->webhook_id, time(), $event->body),
            ]);
        } catch (TransferException $e) {
            return [null, $e->getMessage()];
        }
        $status = $response->getStatusCode();

        return [$status, $status < 300 ? null : mb_strimwidth((string) $response->getBody(), 0, 1000, '…')];
    }

    private function failedAttempt(OutboxEvent $event, ?int $status, ?string $error): ?int
    {
        $tries = self::oneMoreTry($event);
        $delay = RetrySchedule::delayAfter($tries['round_attempts']);
        $event->forceFill($tries + [
            'last_status' => $status,
            'last_error' => $error,
            'status' => $delay === null ? OutboxEvent::FAILED : OutboxEvent::PENDING,
            'next_attempt_at' => $delay === null ? null : now()->addSeconds($delay),
        ])->save();

        return $delay;
    }

    /** @return array{attempts: int, round_attempts: int} */
    private static function oneMoreTry(OutboxEvent $event): array
    {
        return ['attempts' => $event->attempts + 1, 'round_attempts' => $event->round_attempts + 1];
    }
}
