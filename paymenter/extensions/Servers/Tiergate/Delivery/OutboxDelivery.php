<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

use GuzzleHttp\Client;
use App\Models\Service;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;

/**
 * Sends one service's pending events, oldest sequence first, stopping at the first that does not go through,
 * so the panel receives every subscription's events in order even after an outage.
 */
class OutboxDelivery
{
    public const TIMEOUT_SECONDS = PanelClient::TIMEOUT_SECONDS;

    private PanelClient $panel;

    public function __construct(?Client $client = null)
    {
        $this->panel = new PanelClient($client);
    }

    /** @return int|null seconds until this service's queue should be tried again, null when nothing is left */
    public function drain(int $serviceId): ?int
    {
        $service = Service::query()->find($serviceId);
        $endpoint = $service ? PanelEndpoint::forService($service) : null;

        $pending = OutboxEvent::query()->where('service_id', $serviceId)->where('status', OutboxEvent::PENDING)->orderBy('sequence')->get();
        foreach ($pending as $event) {
            if (($due = OutboxQueue::secondsUntil($event)) > 0) {
                return $due;
            }
            if ($endpoint === null || $endpoint->secrets === []) {
                return OutboxAttempt::failed($event, null, PanelEndpoint::NOT_CONFIGURED);
            }
            if ($insecure = $endpoint->insecureReason()) {
                return OutboxAttempt::failed($event, null, $insecure);
            }
            [$status, $error] = $this->send($event, $endpoint);
            if ($status !== null && $status >= 200 && $status < 300) {
                OutboxAttempt::delivered($event, $status);
                continue;
            }
            if ($status !== null && RetrySchedule::isPermanent($status)) {
                // The panel refused this event for good; later events must not wait behind it forever.
                OutboxAttempt::refused($event, $status, $error);
                continue;
            }

            return OutboxAttempt::failed($event, $status, $error);
        }

        return null;
    }

    /** @return array{0: ?int, 1: ?string} */
    private function send(OutboxEvent $event, PanelEndpoint $endpoint): array
    {
        [$status, $answer] = $this->panel->post($endpoint, $event->webhook_id, $event->body);

        return [$status, PanelClient::error($status, $answer)];
    }
}
