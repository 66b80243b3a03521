<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries;

use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\ProductMapping;

/**
 * Every product mapped, ignored or seen in events, with the template it gives, its subscribers and the name
 * Paymenter last sent for it. One read model for the Products tab, the Overview and `tiergate:status`.
 */
class ProductQuery
{
    /**
     * Unmapped products that have subscribers and are not ignored first (they need attention), then by key.
     *
     * @return array<int, array{product_key: string, product_name: ?string, template: ?RoleTemplate, subscribers: int, unmapped: bool, ignored_at: ?string, ignored_reason: ?string}>
     */
    public function all(): array
    {
        return $this->rows(null);
    }

    /** @return array<string, mixed> */
    public function one(string $productKey): array
    {
        return $this->rows($productKey)[0] ?? $this->row($productKey, null, null, null, []);
    }

    /** @return string[] the keys of products whose subscribers get nothing until an admin maps or ignores them */
    public function needingAttention(): array
    {
        return array_values(array_map(fn (array $p) => $p['product_key'], array_filter($this->all(), fn (array $p) => self::needsAttention($p))));
    }

    /** @param array<string, mixed> $product */
    public static function needsAttention(array $product): bool
    {
        return $product['unmapped'] && $product['ignored_at'] === null && $product['subscribers'] > 0;
    }

    /** @return array<int, array<string, mixed>> */
    private function rows(?string $only): array
    {
        /** @var \Illuminate\Support\Collection<string, ProductMapping> $mapped */
        $mapped = ProductMapping::query()->with('template')->when($only !== null, fn ($q) => $q->where('product_key', $only))->get()->keyBy('product_key');
        $byKey = RoleTemplate::query()->get()->keyBy('key');
        // An unmapped product can still grant through the payload's template hint; then its subscriptions name the template.
        $seen = DB::table('tiergate_subscriptions')->whereNotNull('product_key')->when($only !== null, fn ($q) => $q->where('product_key', $only))
            ->select('product_key', DB::raw('COUNT(*) AS n'), DB::raw('MAX(template_key) AS hinted'))->groupBy('product_key')->get()->keyBy('product_key');
        $keys = collect($mapped->keys())->merge($seen->keys())->map(fn ($k) => (string) $k)->unique();
        $names = $this->productNames($keys->all());

        return $keys->map(function (string $key) use ($mapped, $seen, $byKey, $names) {
            $hinted = $seen[$key]->hinted ?? null;
            /** @var RoleTemplate|null $template */
            $template = $mapped[$key]->template ?? $byKey[$key] ?? ($hinted !== null ? $byKey[$hinted] ?? null : null);

            return $this->row($key, $template, $mapped[$key] ?? null, $names[$key] ?? null, ['subscribers' => (int) ($seen[$key]->n ?? 0)]);
        })->sortBy(fn (array $p) => [self::needsAttention($p) ? 0 : 1, $p['product_key']])->values()->all();
    }

    /**
     * @param array{subscribers?: int} $counts
     *
     * @return array<string, mixed>
     */
    private function row(string $key, ?RoleTemplate $template, ?ProductMapping $mapping, ?string $name, array $counts): array
    {
        return [
            'product_key' => $key,
            'product_name' => $name,
            'template' => $template,
            'subscribers' => $counts['subscribers'] ?? 0,
            'unmapped' => $template === null,
            'ignored_at' => $mapping?->ignored_at ? CarbonImmutable::parse($mapping->ignored_at)->toIso8601String() : null,
            'ignored_reason' => $mapping?->ignored_at ? $mapping->ignored_reason : null,
        ];
    }

    /**
     * The product name in the newest stored event of each product's subscriptions (Paymenter may rename a product;
     * the newest name wins). One grouped query on the events' subscription index, then the chosen rows only.
     *
     * @param string[] $keys
     *
     * @return array<string, ?string>
     */
    private function productNames(array $keys): array
    {
        if ($keys === []) {
            return [];
        }
        $newest = DB::table('tiergate_subscriptions AS s')->join('tiergate_events AS e', 'e.subscription_id', '=', 's.subscription_id')
            ->whereIn('s.product_key', $keys)->groupBy('s.product_key')
            ->select('s.product_key', DB::raw('MAX(e.id) AS event_id'))->pluck('event_id', 'product_key');
        $json = DB::table('tiergate_events')->whereIn('id', $newest->values()->all())
            ->select('id', DB::raw("JSON_EXTRACT(canonical, '$.data.subscription.product.name') AS name"))->pluck('name', 'id');

        return $newest->map(fn ($id) => isset($json[$id]) ? (is_string($n = json_decode((string) $json[$id], true)) ? $n : null) : null)->all();
    }
}
