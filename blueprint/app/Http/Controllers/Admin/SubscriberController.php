<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\JsonResponse;
use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\SubscriberIndexRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\AdminOverride;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\CustomerReconciliationService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ReconcileResult;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberTimeline;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelAccessReader;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\SubscriberTransformer;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\Models\User;

class SubscriberController extends Controller
{
    private const PAGE = 50;

    public function __construct(private SubscriberTransformer $transformer)
    {
    }

    /** Customers, newest activity first; keyset on each customer's newest subscription row. */
    public function index(SubscriberIndexRequest $request): JsonResponse
    {
        $query = DB::table('tiergate_subscriptions')->select('customer_id', DB::raw('MAX(id) AS last_id'))->groupBy('customer_id');
        if ($search = trim((string) $request->query('search', ''))) {
            $like = '%' . addcslashes($search, '%_\\') . '%';
            $query->where(fn ($q) => $q->where('customer_email', 'like', $like)->orWhere('subscription_id', $search)->orWhere('customer_id', $search)
                ->orWhereIn('user_id', DB::table('users')->select('id')->where('username', 'like', $like)->orWhereRaw("CONCAT(name_first, ' ', name_last) LIKE ?", [$like])));
        }
        if ($state = $request->query('state')) {
            $query->where('state', $state);
        }
        if ($request->query('attention') === '1') {
            $query->where('needs_attention', true);
        }
        if ($cursor = $request->query('cursor')) {
            $query->having('last_id', '<', (int) $cursor);
        }
        $page = $query->orderByDesc('last_id')->limit(self::PAGE + 1)->get();
        $more = $page->count() > self::PAGE;
        $page = $page->take(self::PAGE);

        return new JsonResponse(['data' => $this->subscribers($page->pluck('customer_id')->all()), 'next_cursor' => $more ? (string) $page->last()->last_id : null]);
    }

    public function show(string $customerId, SubscriberTimeline $timeline, CustomerReconciliationService $reconciler, PanelAccessReader $panel): JsonResponse
    {
        $subscriber = $this->subscribers([$customerId])[0] ?? abort(404, "No subscriber {$customerId}.");
        $grants = $subscriber['user_id'] === null ? collect() : Grant::query()->where('user_id', $subscriber['user_id'])->whereNotNull('subuser_id')
            ->join('servers', 'servers.id', '=', 'tiergate_grants.server_id')->orderBy('servers.name')
            ->get(['tiergate_grants.*', 'servers.name AS server_name']);

        return new JsonResponse([
            'subscriber' => $subscriber,
            'grants' => $grants->map(fn ($g) => ['server_id' => $g->server_id, 'server_name' => $g->server_name, 'permissions' => $g->permissions, 'revocation_pending' => $g->revocation_pending, 'applied_at' => $g->applied_at->toIso8601String()])->all(),
            'timeline' => $timeline->for($customerId),
            'plan' => $this->plan($reconciler->handle($customerId, Trigger::admin(0), dryRun: true), $panel),
            'panel_access' => $subscriber['user_id'] === null ? [] : $panel->forUser($subscriber['user_id']),
        ]);
    }

    /** What a reconcile would change now (in shadow mode: what going live would do for this subscriber). */
    private function plan(ReconcileResult $result, PanelAccessReader $panel): array
    {
        $names = $panel->serverNames(array_map(fn (PlannedChange $c) => $c->serverId, $result->plan));

        return array_map(fn (PlannedChange $c) => [
            'server_id' => $c->serverId,
            'server_name' => $names[$c->serverId] ?? "server {$c->serverId}",
            'action' => $c->action,
            'before' => $c->before,
            'after' => $c->after,
        ], $result->plan);
    }

    /** @param string[] $customerIds */
    private function subscribers(array $customerIds): array
    {
        $subscriptions = Subscription::query()->whereIn('customer_id', $customerIds)->orderBy('id')->get()->groupBy('customer_id');
        $accounts = Account::query()->whereIn('customer_id', $customerIds)->get()->keyBy('customer_id');
        $users = User::query()->whereIn('id', $accounts->pluck('user_id'))->get()->keyBy('id');
        $grants = Grant::query()->whereIn('user_id', $accounts->pluck('user_id'))->whereNotNull('subuser_id')->select('user_id', DB::raw('COUNT(*) AS n'))->groupBy('user_id')->pluck('n', 'user_id');
        $overrides = AdminOverride::query()->whereIn('customer_id', $customerIds)->get()->keyBy('customer_id');

        return collect($customerIds)->filter(fn ($id) => isset($subscriptions[$id]))->map(function (string $id) use ($subscriptions, $accounts, $users, $grants, $overrides) {
            $userId = $accounts[$id]->user_id ?? null;

            return $this->transformer->transform($id, $subscriptions[$id], $userId ? $users[$userId] ?? null : null, (int) ($grants[$userId] ?? 0), $overrides[$id] ?? null);
        })->values()->all();
    }
}
