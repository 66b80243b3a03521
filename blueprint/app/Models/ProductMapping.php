<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

/**
 * @property int $id
 * @property string $product_key
 * @property int|null $template_id
 * @property string|null $ignored_at not cast: the column's text
 * @property string|null $ignored_reason
 * @property RoleTemplate|null $template
 */
class ProductMapping extends Model
{
    protected $table = 'tiergate_products';

    protected $guarded = [];

    public function template(): BelongsTo
    {
        return $this->belongsTo(RoleTemplate::class, 'template_id');
    }
}
