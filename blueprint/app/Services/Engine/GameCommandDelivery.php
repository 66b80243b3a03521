<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\Models\Server;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;
use Illuminate\Contracts\Encryption\DecryptException;
use Pterodactyl\Exceptions\Http\Connection\DaemonConnectionException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\GameCommand;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\ProvisioningLog;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\ServerCommandSender;

/**
 * Sends a customer's queued console commands to Wings, after the transaction that queued them has committed and
 * under the customer's lock. Per server they go in queue order, all of them in one call, and a server that
 * refuses keeps every one of them pending: a later grant never overtakes a pending revoke. A retry first asks
 * Wings whether the server is running, and backs off (1, 2, 4, 8 minutes, then every 15) while it is not; a
 * command pending longer than the game_command_attention_after_minutes setting puts the subscriber on the
 * "needs attention" list. A Wings failure never touches panel access, which is already committed.
 */
class GameCommandDelivery
{
    public const OVERDUE = 'An in-game command has waited longer than game_command_attention_after_minutes: its server is offline or Wings is unreachable.';
    public const SERVER_GONE = 'The server no longer exists on the panel.';
    private const FIRST_RETRY_SECONDS = 60;
    private const MAX_RETRY_SECONDS = 900;

    public function __construct(private ServerCommandSender $sender, private ProvisioningLog $log, private Settings $settings)
    {
    }

    /** @return int how many commands are still pending */
    public function flush(string $customerId, Trigger $trigger, ?int $userId, bool $dueOnly = false): int
    {
        $now = CarbonImmutable::now();
        $byServer = GameCommand::query()->where('customer_id', $customerId)->where('status', GameCommand::PENDING)
            ->orderBy('id')->get()->groupBy('server_uuid');
        if ($byServer->isEmpty()) {
            // Nothing pending, so nothing overdue; a flag this method set was cleared by the flush that emptied the queue.
            return 0;
        }
        $servers = $this->sender->servers($byServer->keys()->all());

        $left = 0;
        foreach ($byServer as $uuid => $queued) {
            if ($dueOnly && !$queued->contains(fn (GameCommand $c) => $c->next_attempt_at === null || $c->next_attempt_at <= $now)) {
                $left += $queued->count();
                continue;
            }
            $server = $servers[$uuid] ?? null;
            if ($server === null) {
                $this->fail($queued, $trigger, $customerId, $userId, $now);
                continue;
            }
            $left += $this->deliver($server, $queued, $trigger, $customerId, $userId, $now);
        }
        $this->flagOverdue($customerId, $now);

        return $left;
    }

    /**
     * @param Collection<int, GameCommand> $queued
     *
     * @return int how many are still pending
     */
    private function deliver(Server $server, Collection $queued, Trigger $trigger, string $customerId, ?int $userId, CarbonImmutable $now): int
    {
        $commands = $queued->pluck('command')->all();
        $started = microtime(true);
        // A retry asks first: an offline server is not sent the commands again until it runs.
        if ($queued->contains(fn (GameCommand $c) => $c->attempts > 0)) {
            $state = $this->sender->state($server);
            if ($state === null || $state === 'offline') {
                $this->postpone($queued, $now, $state === null ? 'Wings could not say whether the server is running.' : 'The server is offline.');

                return $queued->count();
            }
        }
        try {
            $this->sender->send($server, $commands);
        } catch (DaemonConnectionException|DecryptException $e) {
            if ($e instanceof DecryptException) {
                report($e);
            }
            $reason = ServerCommandSender::reason($e);
            $first = $queued->contains(fn (GameCommand $c) => $c->attempts === 0);
            $this->postpone($queued, $now, $reason);
            if ($first) {
                $this->log->record($trigger, $customerId, $userId, $server->id, 'game_command_pending', null, $commands, LogEntry::OUTCOME_FAILED, "{$reason} Pending; retried when the server runs again.", $started);
            }

            return $queued->count();
        }
        GameCommand::query()->whereKey($queued->pluck('id')->all())->update(['status' => GameCommand::SENT, 'sent_at' => $now, 'attempts' => DB::raw('attempts + 1'), 'next_attempt_at' => null, 'last_error' => null]);
        $this->log->record($trigger, $customerId, $userId, $server->id, 'game_command_sent', null, $commands, LogEntry::OUTCOME_OK, null, $started);

        return 0;
    }

    /**
     * 1, 2, 4, 8 minutes, then every 15, counted per server from the queue's most tried command.
     *
     * @param Collection<int, GameCommand> $queued
     */
    private function postpone(Collection $queued, CarbonImmutable $now, string $reason): void
    {
        $attempts = $queued->max('attempts') + 1;
        $delay = min(self::MAX_RETRY_SECONDS, self::FIRST_RETRY_SECONDS * 2 ** min($attempts - 1, 10));
        GameCommand::query()->whereKey($queued->pluck('id')->all())->update([
            'attempts' => DB::raw('attempts + 1'),
            'next_attempt_at' => $now->addSeconds($delay),
            'last_error' => mb_strimwidth($reason, 0, 1000, '…'),
        ]);
    }

    /**
     * Nothing can ever take these: the server was deleted. They stay as the record, failed.
     *
     * @param Collection<int, GameCommand> $queued
     */
    private function fail(Collection $queued, Trigger $trigger, string $customerId, ?int $userId, CarbonImmutable $now): void
    {
        GameCommand::query()->whereKey($queued->pluck('id')->all())->update(['status' => GameCommand::FAILED, 'last_error' => self::SERVER_GONE, 'next_attempt_at' => null]);
        $this->log->record($trigger, $customerId, $userId, null, 'game_command_failed', null, $queued->pluck('command')->all(), LogEntry::OUTCOME_FAILED, self::SERVER_GONE . ' Server ' . $queued->first()->server_uuid . ' (' . $queued->first()->server_name . ').');
    }

    private function flagOverdue(string $customerId, CarbonImmutable $now): void
    {
        $minutes = max(1, (int) $this->settings->get(Settings::GAME_COMMAND_ATTENTION_AFTER_MINUTES));
        $overdue = GameCommand::query()->where('customer_id', $customerId)->where('status', GameCommand::PENDING)
            ->where('created_at', '<=', $now->subMinutes($minutes))->exists();
        $subscriptions = Subscription::query()->where('customer_id', $customerId);
        if ($overdue) {
            $subscriptions->where('needs_attention', false)->update(['needs_attention' => true, 'last_error' => self::OVERDUE]);
        } else {
            $subscriptions->where('last_error', self::OVERDUE)->update(['needs_attention' => false, 'last_error' => null]);
        }
    }
}
