<?php

namespace Paymenter\Extensions\Servers\Tiergate\Console;

use Illuminate\Console\Command;
use Illuminate\Support\Facades\DB;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;
use Paymenter\Extensions\Servers\Tiergate\Delivery\DeliverOutboxEvent;

/** `php artisan tiergate:outbox list|retry|purge` */
class OutboxCommand extends Command
{
    protected $signature = 'tiergate:outbox {action=list : list, retry or purge} {--status= : list only pending, delivered or failed} {--id=* : list or retry only these rows} {--days=30 : purge delivered rows older than this}';

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

    /** `tries` counts every try ever made; each manual retry is listed under the table with what it replaced. */
    private function list(): int
    {
        $rows = OutboxEvent::query()->when($this->option('status'), fn ($q, $s) => $q->where('status', $s))
            ->when($this->option('id'), fn ($q, $ids) => $q->whereIn('id', $ids))->orderByDesc('id')->limit(100)->get();
        $this->table(['id', 'service', 'seq', 'type', 'status', 'tries', 'retried', 'last answer', 'next try', 'error'], $rows->map(fn (OutboxEvent $e) => [
            $e->id, $e->service_id, $e->sequence, $e->type, $e->status, $e->attempts, count($e->retries ?? []) ?: '—', $e->last_status ?? '—',
            $e->next_attempt_at?->toDateTimeString() ?? '—', mb_strimwidth((string) $e->last_error, 0, 60, '…'),
        ]));
        foreach ($rows as $event) {
            foreach ($event->retries ?? [] as $retry) {
                $this->line(sprintf(
                    '#%d retried by hand at %s after %d tries (%s, last answer %s: %s)',
                    $event->id,
                    $retry['at'],
                    $retry['attempts'],
                    $retry['status'],
                    $retry['last_status'] ?? '—',
                    $retry['last_error'] !== '' ? $retry['last_error'] : 'no error text'
                ));
            }
        }

        return 0;
    }

    private function retry(): int
    {
        $rows = OutboxEvent::query()->where('status', '!=', OutboxEvent::DELIVERED)->when($this->option('id'), fn ($q, $ids) => $q->whereIn('id', $ids))->get();
        foreach ($rows as $event) {
            $event->retryByHand();
            DeliverOutboxEvent::dispatch($event->id);
        }
        $this->info("Queued {$rows->count()} event(s) for delivery.");

        return 0;
    }

    /** A service's newest row stays: its sequence is where the next event's sequence continues from. */
    private function purge(): int
    {
        $newest = DB::query()->fromSub(OutboxEvent::query()->selectRaw('MAX(id) AS id')->groupBy('service_id'), 'newest')->select('id');
        $deleted = OutboxEvent::query()->where('status', OutboxEvent::DELIVERED)->where('delivered_at', '<', now()->subDays((int) $this->option('days')))
            ->whereNotIn('id', $newest)->delete();
        $this->info("Purged {$deleted} delivered event(s).");

        return 0;
    }
}
