<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\JsonResponse;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelAccessReader;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries\SubscriberQuery;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberTimeline;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\SubscriberTransformer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelServerDirectory;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\SubscriberIndexRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\SubscriberDetailTransformer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

class SubscriberController extends Controller
{
    public function __construct(private SubscriberQuery $subscribers, private SubscriberTransformer $transformer)
    {
    }

    /** Customers, newest activity first, found by id, email, name or in-game name (SubscriberSearch). */
    public function index(SubscriberIndexRequest $request): JsonResponse
    {
        $page = $this->subscribers->page([
            'search' => $request->validated('search'),
            'state' => $request->validated('state'),
            'attention' => $request->validated('attention') === '1',
            'cursor' => $request->validated('cursor'),
        ]);

        return new JsonResponse(['data' => array_map(fn (array $row) => $this->transformer->transform($row), $page['rows']), 'next_cursor' => $page['next_cursor']]);
    }

    /** One subscriber's page (a deep link: `#/subscribers/{customerId}`). */
    public function show(
        string $customerId,
        SubscriberTimeline $timeline,
        SubscriberReconciliationService $reconciler,
        PanelAccessReader $panel,
        PanelServerDirectory $servers,
        SubscriberDetailTransformer $detail,
    ): JsonResponse {
        $row = $this->subscribers->find($customerId) ?? abort(404, "No subscriber {$customerId}.");
        $subscriber = $this->transformer->transform($row);
        // What a reconcile would change now (in shadow mode: what going live would do for this subscriber).
        $plan = $reconciler->handle($customerId, Trigger::admin(0), dryRun: true)->plan;
        $grants = $subscriber['user_id'] === null ? collect() : $this->subscribers->grants($subscriber['user_id']);
        $names = $servers->names(array_map(fn (PlannedChange $c) => $c->serverId, $plan));

        return new JsonResponse([
            'subscriber' => $subscriber,
            'grants' => $grants->map(fn ($g) => $detail->grant($g))->all(),
            'timeline' => $timeline->for($customerId),
            'plan' => array_map(fn (PlannedChange $c) => $detail->change($c, $names), $plan),
            'panel_access' => $subscriber['user_id'] === null ? [] : $panel->forUser($subscriber['user_id']),
        ]);
    }
}
