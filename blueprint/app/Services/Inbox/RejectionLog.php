<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox;

use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookRejected;

/** Bounded diagnostics of refused deliveries, so the admin can see why Paymenter's calls fail. */
class RejectionLog
{
    public const KEEP = 1000;

    public function record(WebhookRejected $rejection, string $sourceIp, int $bodySize, ?string $webhookId): void
    {
        try {
            $id = DB::table('tiergate_rejections')->insertGetId([
                'status' => $rejection->status,
                'code' => $rejection->reasonCode,
                'reason' => self::text($rejection->getMessage(), 500),
                'source_ip' => self::text($sourceIp, 45),
                'body_size' => $bodySize,
                'webhook_id' => $webhookId === null ? null : self::text($webhookId, 191),
                'created_at' => now(),
            ]);
            DB::table('tiergate_rejections')->where('id', '<=', $id - self::KEEP)->delete();
        } catch (\Throwable $e) {
            // Diagnostics must never change the answer the sender gets (storage may be the very thing that is down).
            report($e);
        }
    }

    /** What the sender put in a header may be any bytes; the log keeps valid UTF-8 that fits the column. */
    private static function text(string $value, int $width): string
    {
        return mb_strimwidth(mb_scrub($value, 'UTF-8'), 0, $width, '…', 'UTF-8');
    }
}
