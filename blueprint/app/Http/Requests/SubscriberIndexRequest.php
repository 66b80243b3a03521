<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\BillingState;

/** GET /admin/api/subscribers?search=&state=&cursor= */
class SubscriberIndexRequest extends AdminQueryRequest
{
    public function rules(): array
    {
        return [
            'search' => self::TEXT,
            'state' => ['nullable', 'string', 'in:' . implode(',', array_column(BillingState::cases(), 'value'))],
            'cursor' => self::PAGING['cursor'],
        ];
    }
}
