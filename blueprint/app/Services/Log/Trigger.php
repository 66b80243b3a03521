<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;

/** Why a reconcile ran: an event (its webhook id), the schedule, an admin, or a command. */
final class Trigger
{
    private function __construct(public readonly string $type, public readonly ?string $ref)
    {
    }

    public static function event(string $webhookId): self
    {
        return new self(LogEntry::TRIGGER_EVENT, $webhookId);
    }

    public static function schedule(string $what): self
    {
        return new self(LogEntry::TRIGGER_SCHEDULE, $what);
    }

    public static function admin(int $userId): self
    {
        return new self(LogEntry::TRIGGER_ADMIN, "user:{$userId}");
    }

    public static function command(string $name): self
    {
        return new self(LogEntry::TRIGGER_COMMAND, $name);
    }
}
