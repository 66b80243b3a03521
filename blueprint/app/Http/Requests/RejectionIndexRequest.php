<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

/** GET /admin/api/rejections?cursor=&limit= */
class RejectionIndexRequest extends AdminQueryRequest
{
    public function rules(): array
    {
        return self::PAGING;
    }
}
