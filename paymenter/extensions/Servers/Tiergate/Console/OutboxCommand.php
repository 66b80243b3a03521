<?php

namespace Paymenter\Extensions\Servers\Tiergate\Console;

use Illuminate\Console\Command;
use Paymenter\Extensions\Servers\Tiergate\Delivery\DeliverOutboxEvent;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;

/** `php artisan tiergate:outbox list|retry|purge` */
class OutboxCommand extends Command
{
    protected $signature = 'tiergate:outbox {action=list : list, retry or purge} {--status= : list only pending, delivered or failed} {--id=* : retry only these rows} {--days=30 : purge delivered rows older than this}';

    protected $description = 'List, retry or purge the Tiergate outbox (events waiting for or sent to the panel)';

    public function handle(): int
    {
        return match ($this->argument('action')) {
            'list' => $this->list(),
            'retry' => $this->retry(),
            'purge' => $this->purge(),
            default => $this->unknown(),
        };
    }

    private function unknown(): int
    {
        $this->error('Unknown action; use list, retry or purge.');

        return 1;
    }

    private function list(): int
    {
        $rows = OutboxEvent::query()->when($this->option('status'), fn ($q, $s) => $q->where('status', $s))->orderByDesc('id')->limit(100)->get();
        $this->table(['id', 'service', 'seq', 'type', 'status', 'tries', 'last answer', 'next try', 'error'], $rows->map(fn (OutboxEvent $e) => [
            $e->id, $e->service_id, $e->sequence, $e->type, $e->status, $e->attempts, $e->last_status ?? '—', $e->next_attempt_at?->toDateTimeString() ?? '—', mb_strimwidth((string) $e->last_error, 0, 60, '…'),
        ]));

        return 0;
    }

    private function retry(): int
    {
        $rows = OutboxEvent::query()->where('status', '!=', OutboxEvent::DELIVERED)->when($this->option('id'), fn ($q, $ids) => $q->whereIn('id', $ids))->get();
        foreach ($rows as $event) {
            $event->forceFill(['status' => OutboxEvent::PENDING, 'attempts' => 0, 'next_attempt_at' => now()])->save();
            DeliverOutboxEvent::dispatch($event->id);
        }
        $this->info("Queued {$rows->count()} event(s) for delivery.");

        return 0;
    }

    private function purge(): int
    {
        $deleted = OutboxEvent::query()->where('status', OutboxEvent::DELIVERED)->where('delivered_at', '<', now()->subDays((int) $this->option('days')))->delete();
        $this->info("Purged {$deleted} delivered event(s).");

        return 0;
    }
}
