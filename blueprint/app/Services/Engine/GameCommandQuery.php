<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GamePlayer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\GameCommand;

/** What the admin page shows of a subscriber's in-game side: the commands per server and their outcome, and the name. */
class GameCommandQuery
{
    private const LIMIT = 200;

    public function __construct(private SubscriberStates $states)
    {
    }

    /**
     * The newest 200 commands, oldest first (the order each server gets them in).
     *
     * @return array<int, array{id: int, server_uuid: string, server_name: string, command: string, kind: string, status: string, attempts: int, last_error: ?string, next_attempt_at: ?string, created_at: ?string, sent_at: ?string}>
     */
    public function forSubscriber(string $customerId): array
    {
        return GameCommand::query()->where('customer_id', $customerId)->orderByDesc('id')->limit(self::LIMIT)->get()->reverse()
            ->map(fn (GameCommand $c) => [
                'id' => $c->id,
                'server_uuid' => $c->server_uuid,
                'server_name' => $c->server_name,
                'command' => $c->command,
                'kind' => $c->kind,
                'status' => $c->status,
                'attempts' => $c->attempts,
                'last_error' => $c->last_error,
                'next_attempt_at' => $c->status === GameCommand::PENDING ? $c->next_attempt_at?->toIso8601String() : null,
                'created_at' => $c->created_at?->toIso8601String(),
                'sent_at' => $c->sent_at?->toIso8601String(),
            ])->values()->all();
    }

    /** @return array{payload: ?string, override: ?string, override_base: ?string, effective: ?string} */
    public function player(string $customerId): array
    {
        $states = array_values($this->states->for($customerId, CarbonImmutable::now()));
        $account = Account::query()->where('customer_id', $customerId)->first();

        return [
            'payload' => GamePlayer::fromPayload($states),
            'override' => $account?->game_username_override,
            'override_base' => $account?->game_username_override_base,
            'effective' => GameAccessApplier::player($states, $account),
        ];
    }
}
