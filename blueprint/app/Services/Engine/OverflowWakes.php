<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Illuminate\Contracts\Redis\Factory as RedisFactory;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;

/**
 * Event wakes that found every inline slot taken, in arrival order, in the panel's Redis. A php-fpm child that
 * holds a slot takes them after its own reconcile, so they need not wait for pteroq's next poll (it sleeps up to
 * 3 s). Best effort: each also has its queued job, which then finds nothing left to do. The list expires by itself.
 * A list longer than SATURATED means deliveries arrive faster than the slots apply them: then the children go back
 * to taking deliveries, the list is dropped and the queue alone applies (storing every event comes first).
 */
class OverflowWakes
{
    private const KEY = 'tiergate:overflow-wakes';

    private const TTL_SECONDS = 60;

    public const SATURATED = 10;

    public function __construct(private RedisFactory $redis)
    {
    }

    public function push(string $customerId, Trigger $trigger): void
    {
        if ($trigger->type !== LogEntry::TRIGGER_EVENT || $trigger->ref === null) {
            return;
        }
        try {
            $redis = $this->redis->connection();
            $redis->command('rpush', [self::KEY, json_encode([$customerId, $trigger->ref], JSON_THROW_ON_ERROR)]);
            $redis->command('expire', [self::KEY, self::TTL_SECONDS]);
        } catch (\Throwable $e) {
            report($e); // the queued job is the hand-off
        }
    }

    /** @return array{0: string, 1: Trigger}|null the oldest waiting wake, or null when there is none or too many */
    public function pop(): ?array
    {
        try {
            $redis = $this->redis->connection();
            if ($redis->command('llen', [self::KEY]) > self::SATURATED) {
                $redis->command('del', [self::KEY]);

                return null;
            }
            $raw = $redis->command('lpop', [self::KEY]);
            $entry = is_string($raw) ? json_decode($raw, true, 4, JSON_THROW_ON_ERROR) : null;
        } catch (\Throwable $e) {
            report($e);

            return null;
        }
        if (!is_array($entry) || !is_string($entry[0] ?? null) || !is_string($entry[1] ?? null)) {
            return null;
        }

        return [$entry[0], Trigger::event($entry[1])];
    }
}
