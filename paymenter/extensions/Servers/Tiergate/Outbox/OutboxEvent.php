<?php

namespace Paymenter\Extensions\Servers\Tiergate\Outbox;

use Illuminate\Database\Eloquent\Model;

/**
 * @property int $id
 * @property string $webhook_id
 * @property string $type
 * @property int $service_id
 * @property int $sequence
 * @property string $body
 * @property string $status
 * @property int $attempts every try ever made
 * @property int $round_attempts tries since the last manual retry (what the retry schedule counts)
 * @property list<array<string, mixed>>|null $retries each manual retry: when, and the row's tries, status and last answer before it
 * @property \Illuminate\Support\Carbon|null $next_attempt_at
 * @property int|null $last_status the panel's last HTTP status
 * @property string|null $last_error
 * @property \Illuminate\Support\Carbon|null $delivered_at
 */
class OutboxEvent extends Model
{
    public const PENDING = 'pending';
    public const DELIVERED = 'delivered';
    public const FAILED = 'failed';

    protected $table = 'tiergate_outbox';

    protected $guarded = ['id'];

    protected $casts = ['next_attempt_at' => 'datetime', 'delivered_at' => 'datetime', 'retries' => 'array'];

    /** Puts a row back in the queue for a fresh round of the retry schedule, keeping what happened before. */
    public function retryByHand(): void
    {
        $this->forceFill([
            'retries' => [...($this->retries ?? []), [
                'at' => now()->toIso8601ZuluString(),
                'attempts' => $this->attempts,
                'status' => $this->status,
                'last_status' => $this->last_status,
                'last_error' => mb_strimwidth((string) $this->last_error, 0, 300, '…'),
            ]],
            'status' => self::PENDING,
            'round_attempts' => 0,
            'next_attempt_at' => now(),
        ])->save();
    }
}
