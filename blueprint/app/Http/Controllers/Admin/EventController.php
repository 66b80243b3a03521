<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\EventIndexRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\AdminRecord;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\KeysetPage;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\CustomerReconciliationService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\Trigger;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;

/** The event inbox: what Paymenter sent, exactly as it arrived, and replay. */
class EventController extends Controller
{
    private const LIST_COLUMNS = ['id', 'webhook_id', 'type', 'format', 'subscription_id', 'customer_id', 'occurred_at', 'sequence', 'received_at', 'processed_at', 'source_ip'];

    public function index(EventIndexRequest $request): JsonResponse
    {
        $query = InboxEvent::query()->select(self::LIST_COLUMNS);
        if ($type = $request->query('type')) {
            $query->where('type', $type);
        }
        if ($customer = $request->query('customer')) {
            $query->where(fn ($q) => $q->where('customer_id', $customer)->orWhere('subscription_id', $customer));
        }

        return new JsonResponse(KeysetPage::of($query, $request, fn (InboxEvent $e) => $this->transform($e)));
    }

    public function show(string $event): JsonResponse
    {
        $event = AdminRecord::find(InboxEvent::class, $event, 'stored event');

        return new JsonResponse($this->transform($event) + ['body' => $event->body, 'headers' => $event->headers]);
    }

    public function replay(Request $request, string $event, CustomerReconciliationService $reconcile): JsonResponse
    {
        $event = AdminRecord::find(InboxEvent::class, $event, 'stored event');
        abort_if($event->customer_id === null, 422, 'This event names no customer.');
        $result = $reconcile->handle($event->customer_id, Trigger::admin($request->user()->id));
        Activity::event('tiergate:event.replay')->property(['event' => $event->webhook_id])->log();

        return new JsonResponse([
            'message' => sprintf('Replayed %s: %s', $event->webhook_id, count($result->plan) === 0 ? 'the panel already matched; nothing changed.' : count($result->plan) . ' change(s).'),
            'changes' => array_map(fn ($c) => $c->describe(), $result->plan),
        ]);
    }

    private function transform(InboxEvent $e): array
    {
        return [
            'id' => $e->id,
            'webhook_id' => $e->webhook_id,
            'type' => $e->type,
            'format' => $e->format,
            'subscription_id' => $e->subscription_id,
            'customer_id' => $e->customer_id,
            'occurred_at' => $e->occurred_at->toIso8601String(),
            'sequence' => $e->sequence,
            'received_at' => $e->received_at->toIso8601String(),
            'processed_at' => $e->processed_at?->toIso8601String(),
            'source_ip' => $e->source_ip,
        ];
    }
}
