<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\OutboundNotification;

/** The notifications box: each destination's queue, and the messages that need attention. */
class NotificationStatusQuery
{
    private const DEAD_SHOWN = 20;

    public function __construct(private Settings $settings, private NotificationSecretService $secrets)
    {
    }

    /** @return array<string, mixed> the NotificationsWire of contract/admin.ts */
    public function get(): array
    {
        $now = CarbonImmutable::now();
        $urls = (array) $this->settings->get(Settings::NOTIFICATION_URLS);
        $counts = OutboundNotification::query()->whereIn('status', [OutboundNotification::PENDING, OutboundNotification::DEAD])
            ->groupBy('destination_key', 'status')->selectRaw('destination_key, status, COUNT(*) AS n')->get()
            ->groupBy('destination_key');

        return [
            'urls' => $urls,
            'secret_configured' => $this->secrets->hasSecret(),
            'previous_secret_until' => $this->secrets->previousUntil($now),
            'destinations' => array_map(function (string $url) use ($counts) {
                $key = OutboundNotification::destinationKey($url);
                $byStatus = collect($counts->get($key, []))->pluck('n', 'status');
                $lastSent = OutboundNotification::query()->where('destination_key', $key)->where('status', OutboundNotification::SENT)->max('sent_at');
                $failing = OutboundNotification::query()->where('destination_key', $key)->whereIn('status', [OutboundNotification::PENDING, OutboundNotification::DEAD])
                    ->whereNotNull('last_error')->orderByDesc('updated_at')->first(['last_error', 'updated_at']);

                return [
                    'url' => $url,
                    'pending' => (int) ($byStatus[OutboundNotification::PENDING] ?? 0),
                    'dead' => (int) ($byStatus[OutboundNotification::DEAD] ?? 0),
                    'last_sent_at' => $lastSent === null ? null : CarbonImmutable::parse($lastSent)->toIso8601String(),
                    'last_error' => $failing?->last_error,
                ];
            }, $urls),
            'dead' => OutboundNotification::query()->where('status', OutboundNotification::DEAD)->orderByDesc('id')->limit(self::DEAD_SHOWN)->get()
                ->map(fn (OutboundNotification $n) => [
                    'id' => $n->id,
                    'message_id' => $n->message_id,
                    'type' => $n->type,
                    'customer_id' => (string) $n->customer_id,
                    'url' => $n->destination,
                    'attempts' => $n->attempts,
                    'last_status' => $n->last_status,
                    'last_error' => $n->last_error,
                    'created_at' => $n->created_at?->toIso8601String(),
                ])->all(),
        ];
    }
}
