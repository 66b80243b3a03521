<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries;

use Illuminate\Http\Request;
use Illuminate\Database\Eloquent\Builder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\KeysetPage;

/** The event inbox read model: stored events by type and by who or what they name, newest first. */
class InboxQuery
{
    public const LIST_COLUMNS = ['id', 'webhook_id', 'type', 'format', 'subscription_id', 'customer_id', 'occurred_at', 'sequence', 'received_at', 'processed_at', 'source_ip'];

    public function __construct(private SubscriberSearch $search)
    {
    }

    /**
     * `customer`: a whole customer or subscription id (taken exactly, as bytes); else the start of a webhook id, or
     * what SubscriberSearch takes: the start of any word of an id, an email, a name, an in-game name.
     *
     * @param array{type?: ?string, customer?: ?string} $filters
     *
     * @return array{data: InboxEvent[], next_cursor: ?string}
     */
    public function page(array $filters, Request $paging): array
    {
        /** @var Builder $query */
        $query = InboxEvent::query()->select(self::LIST_COLUMNS);
        if ($type = $filters['type'] ?? null) {
            $query->where('type', $type);
        }
        if (($text = $filters['customer'] ?? null) !== null && $text !== '') {
            $this->naming($query, $text);
        }

        return KeysetPage::of($query, $paging, fn (InboxEvent $e) => $e);
    }

    private function naming(Builder $query, string $text): void
    {
        $exact = fn ($q) => $q->where('customer_id', $text)->orWhere('subscription_id', $text);
        if (InboxEvent::query()->where($exact)->exists()) {
            $query->where($exact);

            return;
        }
        $customers = $this->search->customerIds($text);
        $query->where(fn ($q) => $q->where('webhook_id', 'like', addcslashes($text, '%_\\') . '%')
            ->when($customers !== [], fn ($q) => $q->orWhereIn('customer_id', $customers)));
    }
}
