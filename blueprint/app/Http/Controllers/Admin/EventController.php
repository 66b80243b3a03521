<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\Request;
use Illuminate\Http\JsonResponse;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\AdminError;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\AdminRecord;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries\InboxQuery;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\EventIndexRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\InboxEventTransformer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\ActionResultTransformer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/** The event inbox: what Paymenter sent, exactly as it arrived, and replay. */
class EventController extends Controller
{
    public function __construct(private InboxEventTransformer $transformer)
    {
    }

    public function index(EventIndexRequest $request, InboxQuery $inbox): JsonResponse
    {
        $page = $inbox->page($request->safe()->only(['type', 'customer']), $request);

        return new JsonResponse(['data' => array_map(fn (InboxEvent $e) => $this->transformer->transform($e), $page['data']), 'next_cursor' => $page['next_cursor']]);
    }

    /** One event (a deep link: `#/events/{id}`). */
    public function show(string $event): JsonResponse
    {
        return new JsonResponse($this->transformer->detail(AdminRecord::find(InboxEvent::class, $event, 'stored event')));
    }

    public function replay(Request $request, string $event, SubscriberReconciliationService $reconcile, ActionResultTransformer $answer): JsonResponse
    {
        $event = AdminRecord::find(InboxEvent::class, $event, 'stored event');
        if ($event->customer_id === null) {
            throw AdminError::invalid('event', 'This event names no customer.');
        }
        $result = $reconcile->handle($event->customer_id, Trigger::admin($request->user()->id));
        Activity::event('tiergate:event.replay')->property(['event' => $event->webhook_id])->log();

        return new JsonResponse($answer->reconciled("Replayed {$event->webhook_id}.", $result));
    }
}
