<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Validation\ValidationException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\ProductMapping;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\ProductMappingService;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;

class ProductController extends Controller
{
    /** Every product mapped or seen in events; the unmapped ones that have subscribers come first. */
    public function index(): JsonResponse
    {
        $mapped = ProductMapping::query()->with('template')->get()->keyBy('product_key');
        // An unmapped product can still grant through the payload's tier hint; then its subscriptions name the template.
        $byKey = RoleTemplate::query()->get()->keyBy('key');
        $seen = DB::table('tiergate_subscriptions')->whereNotNull('product_key')->select('product_key', DB::raw('COUNT(*) AS n'), DB::raw('MAX(template_key) AS hinted'))->groupBy('product_key')->get()->keyBy('product_key');

        $rows = collect($mapped->keys())->merge($seen->keys())->unique()->map(function (string $key) use ($mapped, $seen, $byKey) {
            $template = $mapped[$key]->template ?? $byKey[$key] ?? (isset($seen[$key]->hinted) ? $byKey[$seen[$key]->hinted] ?? null : null);

            return [
                'product_key' => $key,
                'template_key' => $template?->key,
                'template_name' => $template?->name,
                'subscribers' => (int) ($seen[$key]->n ?? 0),
                'unmapped' => $template === null,
            ];
        })->sortBy(fn (array $p) => [$p['unmapped'] && $p['subscribers'] > 0 ? 0 : 1, $p['product_key']])->values();

        return new JsonResponse(['data' => $rows->all()]);
    }

    public function update(Request $request, string $productKey, ProductMappingService $service): JsonResponse
    {
        $templateKey = $request->input('template_key');
        $template = null;
        if ($templateKey !== null) {
            $template = RoleTemplate::query()->where('key', $templateKey)->first()
                ?? throw ValidationException::withMessages(['template_key' => "There is no template with the key {$templateKey}."]);
        }
        try {
            $service->handle($productKey, $template);
        } catch (\InvalidArgumentException $e) {
            throw ValidationException::withMessages(['product_key' => $e->getMessage()]);
        }
        Activity::event('tiergate:product.map')->property(['product' => $productKey, 'template' => $templateKey])->log();

        return new JsonResponse(['product_key' => $productKey, 'template_key' => $template?->key, 'template_name' => $template?->name,
            'subscribers' => DB::table('tiergate_subscriptions')->where('product_key', $productKey)->count(), 'unmapped' => $template === null]);
    }
}
