<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\DesiredAccess;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\NotifiedState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\GameAccessApplier;

/**
 * Called by a live reconcile inside its transaction: compares each subscription with what other systems were last
 * told and, where the state, cause, tier or game username differ, queues a `subscriber.access_changed` message and
 * remembers the new picture. Level-triggered like the grants: a reconcile that changes nothing sends nothing, and
 * changes made while notifications were off, paused or in shadow mode are reported by the next live reconcile.
 * Pictures are kept even with no destination configured, so adding one later does not replay history.
 */
class AccessChangeRecorder
{
    public const TYPE = 'subscriber.access_changed';

    public function __construct(private NotificationOutbox $outbox)
    {
    }

    /**
     * @param array<string, SubscriptionState> $states the customer's subscriptions, the most recently heard-of last
     * @param array{byProduct: array<string, Template>, byKey: array<string, Template>} $catalogue
     * @param ServerFacts[] $servers the panel's servers as the reconcile read them
     */
    public function record(string $customerId, array $states, array $catalogue, ?Account $account, CarbonImmutable $now, array $servers): int
    {
        $known = [];
        /** @var NotifiedState[] $rows */
        $rows = NotifiedState::query()->where('customer_id', $customerId)->get()->all();
        foreach ($rows as $row) {
            $known[(string) $row->subscription_id] = $row->snapshot;
        }
        $userId = $account?->user_id;
        $gameUsername = GameAccessApplier::player(array_values($states), $account); // the name the in-game commands use

        $changed = [];
        foreach ($states as $subscriptionId => $state) {
            $template = DesiredAccess::templateFor($state, $catalogue['byProduct'], $catalogue['byKey']);
            $after = AccessSnapshot::of($state, $template, $gameUsername);
            $before = $known[(string) $subscriptionId] ?? null;
            if ($before === null || !AccessSnapshot::same($before, $after)) {
                $changed[] = [(string) $subscriptionId, $state, $template, $before, $after];
            }
        }
        if ($changed === []) {
            return 0;
        }

        foreach ($changed as [$subscriptionId, $state, $template, $before, $after]) {
            $after['servers'] = $this->serversOf($state, $template, $servers);
            // One statement, new or not (subscription_id is unique); the snapshot encoded as the model's array cast does.
            NotifiedState::query()->upsert(
                [['subscription_id' => $subscriptionId, 'customer_id' => $customerId, 'snapshot' => json_encode($after), 'notified_at' => $now]],
                ['subscription_id'],
                ['customer_id', 'snapshot', 'notified_at'],
            );
            $this->outbox->enqueue(self::TYPE, $customerId, $subscriptionId, [
                'type' => self::TYPE,
                'timestamp' => $now->toIso8601ZuluString(),
                'data' => [
                    'subscriber' => ['id' => $customerId, 'email' => $state->customerEmail, 'game_username' => $gameUsername, 'panel_user_id' => $userId],
                    'subscription' => ['id' => $subscriptionId, 'product' => $state->productKey],
                    'before' => $before,
                    'after' => $after,
                ],
            ], $now);
        }

        return count($changed);
    }

    /**
     * The servers this one subscription gives access to in its state (none when it gives none), from the facts the
     * reconcile already read, by name (case-insensitively) then uuid.
     *
     * @param ServerFacts[] $facts
     *
     * @return list<array{uuid: string, name: string}>
     */
    private function serversOf(SubscriptionState $state, ?Template $template, array $facts): array
    {
        if ($template === null) {
            return [];
        }
        $granted = DesiredAccess::for([$state], [$state->productKey => $template], [], $facts);
        $servers = [];
        foreach ($facts as $server) {
            if (isset($granted[$server->id])) {
                $servers[] = ['uuid' => $server->uuid, 'name' => $server->name];
            }
        }
        usort($servers, fn (array $a, array $b) => [mb_strtolower($a['name']), $a['uuid']] <=> [mb_strtolower($b['name']), $b['uuid']]);

        return $servers;
    }
}
