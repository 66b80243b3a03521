<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

use GuzzleHttp\Client;
use App\Models\Product;
use App\Models\Service;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;

/**
 * Sends a backlog of ready events in batches, panel by panel, so a burst costs a panel one boot per batch rather than
 * one per event. A service one of whose events did not go through sends nothing more in this drain: no later event
 * of it overtakes that one.
 */
class BacklogDelivery
{
    /**
     * The panel did not read the envelope (an older panel takes it for one malformed event; a proxy caps the size):
     * its events go one by one instead, each answered for itself.
     */
    private const ENVELOPE_NOT_TAKEN = [400, 413, 422];

    private PanelClient $panel;

    public function __construct(?Client $client = null)
    {
        $this->panel = new PanelClient($client);
    }

    /**
     * @param list<OutboxEvent> $ready as OutboxQueue::ready() gives them
     * @param float $deadline microtime after which no further request starts (the rest waits for the next drain)
     */
    public function deliver(array $ready, float $deadline): void
    {
        foreach ($this->byPanel($ready) as [$endpoint, $events]) {
            $this->deliverTo($endpoint, $events, $deadline);
        }
    }

    /** @param non-empty-list<OutboxEvent> $events */
    private function deliverTo(PanelEndpoint $endpoint, array $events, float $deadline): void
    {
        while ($events !== [] && microtime(true) < $deadline) {
            $batch = OutboxBatch::first($events);
            $panelTookIt = count($batch->events) === 1 ? $this->sendEach($endpoint, $batch->events, $deadline) : $this->sendBatch($endpoint, $batch, $deadline);
            if (!$panelTookIt) {
                return;
            }
            $waiting = [];
            foreach ($batch->events as $event) {
                if ($event->status === OutboxEvent::PENDING) {
                    $waiting[$event->service_id] = true;
                }
            }
            $events = array_values(array_filter(array_slice($events, count($batch->events)), fn (OutboxEvent $event) => !isset($waiting[$event->service_id])));
        }
    }

    /** @return bool false when the panel did not take the batch (down, busy or garbled): nothing more goes to it now */
    private function sendBatch(PanelEndpoint $endpoint, OutboxBatch $batch, float $deadline): bool
    {
        [$status, $answer] = $this->panel->post($endpoint, $batch->id, $batch->body);
        if ($status === 200) {
            $results = $batch->results($answer);
            foreach ($batch->events as $i => $event) {
                if ($results === null) {
                    // Not a result for each event sent: nothing may count as delivered on such an answer.
                    OutboxAttempt::failed($event, $status, "The panel's answer to {$batch->id} is not one result per event sent: " . mb_strimwidth($answer, 0, 900, '…'));
                } else {
                    OutboxAttempt::record($event, ...$results[$i]);
                }
            }

            return $results !== null;
        }
        if ($status !== null && in_array($status, self::ENVELOPE_NOT_TAKEN, true)) {
            return $this->sendEach($endpoint, $batch->events, $deadline);
        }
        // Refused as a whole, so nothing in it was stored: each event is answered that status.
        foreach ($batch->events as $event) {
            OutboxAttempt::record($event, $status, PanelClient::error($status, $answer));
        }

        return $status !== null && RetrySchedule::isPermanent($status);
    }

    /**
     * One delivery per event, a service stopping at its first that does not go through, as a single delivery goes.
     *
     * @param list<OutboxEvent> $events
     */
    private function sendEach(PanelEndpoint $endpoint, array $events, float $deadline): bool
    {
        $waiting = [];
        foreach ($events as $event) {
            if (isset($waiting[$event->service_id])) {
                continue;
            }
            if (microtime(true) >= $deadline) {
                return false;
            }
            [$status, $answer] = $this->panel->post($endpoint, $event->webhook_id, $event->body);
            OutboxAttempt::record($event, $status, PanelClient::error($status, $answer));
            if ($event->status === OutboxEvent::PENDING) {
                $waiting[$event->service_id] = true;
            }
        }

        return true;
    }

    /**
     * The ready events grouped by the panel their product's server row sends to, keeping their order. A service
     * whose server cannot be sent to (no URL or secret, not HTTPS) gets a failed try on its first event, as alone.
     *
     * @param list<OutboxEvent> $ready
     *
     * @return list<array{0: PanelEndpoint, 1: non-empty-list<OutboxEvent>}>
     */
    private function byPanel(array $ready): array
    {
        $serviceIds = array_values(array_unique(array_map(fn (OutboxEvent $event) => $event->service_id, $ready)));
        $productIds = Service::query()->whereKey($serviceIds)->pluck('product_id', 'id');
        $serverIds = Product::query()->whereKey($productIds->filter()->unique()->values())->pluck('server_id', 'id');
        $endpoints = [];
        $groups = [];
        $notSent = [];
        foreach ($ready as $event) {
            if (isset($notSent[$event->service_id])) {
                continue;
            }
            $productId = $productIds->get($event->service_id);
            $serverId = $productId === null ? 0 : (int) $serverIds->get($productId);
            if (!array_key_exists($serverId, $endpoints)) {
                $endpoints[$serverId] = PanelEndpoint::forServer($serverId);
            }
            $endpoint = $endpoints[$serverId];
            if ($endpoint === null || $endpoint->secrets === []) {
                OutboxAttempt::failed($event, null, PanelEndpoint::NOT_CONFIGURED);
                $notSent[$event->service_id] = true;
            } elseif ($insecure = $endpoint->insecureReason()) {
                OutboxAttempt::failed($event, null, $insecure);
                $notSent[$event->service_id] = true;
            } else {
                $groups[$serverId] ??= [$endpoint, []];
                $groups[$serverId][1][] = $event;
            }
        }

        return array_values($groups);
    }
}
