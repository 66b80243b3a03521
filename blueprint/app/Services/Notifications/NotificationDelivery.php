<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\OutboundNotification;

/**
 * Drains the outbox. Each subscriber's messages to one destination go out in the order they were written: the
 * oldest pending one is tried and the next waits until it is sent or dead. A destination that fails once is
 * left alone for the rest of the run, so a receiver that is down costs one timeout per run, not one per subscriber.
 */
class NotificationDelivery
{
    /** Sent and cancelled messages are kept this long for the admin, then deleted; dead ones stay until retried. */
    public const KEEP_DAYS = 30;

    public function __construct(private Settings $settings, private NotificationSecretService $secrets, private NotificationSender $sender)
    {
    }

    /** @return CarbonImmutable|null when the earliest pending message is due next, null when none is left */
    public function run(int $budgetSeconds = 50): ?CarbonImmutable
    {
        $deadline = microtime(true) + $budgetSeconds;
        $destinations = [];
        foreach ((array) $this->settings->get(Settings::NOTIFICATION_URLS) as $url) {
            $destinations[OutboundNotification::destinationKey($url)] = $url;
        }
        OutboundNotification::query()->where('status', OutboundNotification::PENDING)->whereNotIn('destination_key', array_keys($destinations))
            ->update(['status' => OutboundNotification::CANCELLED, 'last_error' => 'its URL was removed from the notification settings', 'updated_at' => now()]);

        OutboundNotification::query()->whereIn('status', [OutboundNotification::SENT, OutboundNotification::CANCELLED])
            ->where('updated_at', '<', now()->subDays(self::KEEP_DAYS))->limit(1000)->delete();

        $secrets = $this->secrets->signing(CarbonImmutable::now());
        if ($secrets !== []) {
            $this->deliverDue($secrets, $deadline);
        }

        $next = OutboundNotification::query()->where('status', OutboundNotification::PENDING)->min('next_attempt_at');

        return $next === null ? null : CarbonImmutable::parse($next);
    }

    /** @param string[] $secrets */
    private function deliverDue(array $secrets, float $deadline): void
    {
        $heads = OutboundNotification::query()->where('status', OutboundNotification::PENDING)
            ->groupBy('destination_key', 'customer_id')->selectRaw('MIN(id) AS id')->pluck('id')->sort()->values();
        $down = [];
        foreach ($heads as $headId) {
            /** @var OutboundNotification|null $row */
            $row = OutboundNotification::query()->whereKey($headId)->first();
            while ($row !== null && !isset($down[$row->destination_key]) && microtime(true) < $deadline) {
                if ($row->next_attempt_at !== null && $row->next_attempt_at->isFuture()) {
                    break;
                }
                if (!$this->attempt($row, $secrets)) {
                    $down[$row->destination_key] = true;
                    break;
                }
                $row = $this->nextOf($row);
            }
            if (microtime(true) >= $deadline) {
                return;
            }
        }
    }

    /**
     * @param string[] $secrets
     *
     * @return bool whether it went through
     */
    private function attempt(OutboundNotification $row, array $secrets): bool
    {
        $now = CarbonImmutable::now();
        ['status' => $status, 'error' => $error] = $this->sender->send($row->destination, $row->message_id, $row->body, $secrets, $now->getTimestamp());
        $attempts = $row->attempts + 1;
        if ($error === null) {
            $row->forceFill(['status' => OutboundNotification::SENT, 'attempts' => $attempts, 'last_status' => $status, 'last_error' => null, 'sent_at' => $now, 'next_attempt_at' => null])->save();

            return true;
        }
        $delay = NotificationRetrySchedule::delayAfter($attempts);
        $row->forceFill([
            'status' => $delay === null ? OutboundNotification::DEAD : OutboundNotification::PENDING,
            'attempts' => $attempts,
            'last_status' => $status,
            'last_error' => $error,
            'next_attempt_at' => $delay === null ? null : $now->addSeconds($delay),
        ])->save();

        return false;
    }

    /** The same subscriber's next pending message to the same destination. */
    private function nextOf(OutboundNotification $row): ?OutboundNotification
    {
        return OutboundNotification::query()->where('status', OutboundNotification::PENDING)->where('destination_key', $row->destination_key)
            ->where('customer_id', $row->customer_id)->where('id', '>', $row->id)->orderBy('id')->first();
    }
}
