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
                'reason' => mb_strimwidth($rejection->getMessage(), 0, 500, '…'),
                'source_ip' => $sourceIp,
                'body_size' => $bodySize,
                'webhook_id' => $webhookId === null ? null : mb_strimwidth($webhookId, 0, 191),
                'created_at' => now(),
            ]);
            DB::table('tiergate_rejections')->where('id', '<=', $id - self::KEEP)->delete();
        } catch (\Throwable $e) {
            // Diagnostics must never change the answer the sender gets (storage may be the very thing that is down).
            report($e);
        }
    }
}
