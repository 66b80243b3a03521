<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\BillingState;

/** GET /admin/api/subscribers?search=&state=&attention=1&cursor= */
class SubscriberIndexRequest extends AdminQueryRequest
{
    /** @return array<string, mixed> */
    public function rules(): array
    {
        return [
            'search' => self::TEXT,
            'state' => ['nullable', 'string', 'in:' . implode(',', array_column(BillingState::cases(), 'value'))],
            // Only customers with a subscription flagged needs_attention (the Overview's "needs attention" link).
            'attention' => ['nullable', 'string', 'in:0,1'],
            'cursor' => self::PAGING['cursor'],
        ];
    }
}
