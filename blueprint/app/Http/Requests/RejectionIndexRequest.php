<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

/** GET /admin/api/rejections?status=&code=&reason=&since=&until=&cursor=&limit= */
class RejectionIndexRequest extends AdminQueryRequest
{
    /** @return array<string, mixed> */
    public function rules(): array
    {
        return [
            'status' => ['nullable', 'integer', 'min:100', 'max:599'],
            'code' => self::TEXT,
            'reason' => self::TEXT,
            'since' => ['nullable', 'string', 'max:64', 'date'],
            'until' => ['nullable', 'string', 'max:64', 'date'],
        ] + self::PAGING;
    }
}
