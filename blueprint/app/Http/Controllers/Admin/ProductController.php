<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\JsonResponse;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries\ProductQuery;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\ProductMapRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\ProductTransformer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\ProductIgnoreRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\ProductUnignoreRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Products\ProductIgnoreService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\ProductMappingService;

class ProductController extends Controller
{
    public function __construct(private ProductQuery $products, private ProductTransformer $transformer)
    {
    }

    /** Every product mapped, ignored or seen in events; the ones needing attention come first. */
    public function index(): JsonResponse
    {
        return new JsonResponse(['data' => array_map(fn (array $p) => $this->transformer->transform($p), $this->products->all())]);
    }

    public function update(ProductMapRequest $request, ProductMappingService $service): JsonResponse
    {
        $templateKey = $request->validated('template_key');
        /** @var RoleTemplate|null $template */
        $template = $templateKey === null ? null : RoleTemplate::query()->where('key', $templateKey)->firstOrFail();
        $service->handle($request->productKey(), $template);
        Activity::event('tiergate:product.map')->property(['product' => $request->productKey(), 'template' => $templateKey])->log();

        return $this->one($request->productKey());
    }

    public function ignore(ProductIgnoreRequest $request, ProductIgnoreService $service): JsonResponse
    {
        $service->ignore($request->productKey(), trim($request->validated('reason')));
        Activity::event('tiergate:product.ignore')->property(['product' => $request->productKey(), 'reason' => $request->validated('reason')])->log();

        return $this->one($request->productKey());
    }

    public function unignore(ProductUnignoreRequest $request, ProductIgnoreService $service): JsonResponse
    {
        $service->unignore($request->productKey());
        Activity::event('tiergate:product.unignore')->property(['product' => $request->productKey()])->log();

        return $this->one($request->productKey());
    }

    private function one(string $productKey): JsonResponse
    {
        return new JsonResponse($this->transformer->transform($this->products->one($productKey)));
    }
}
