<?php

namespace App\Attributes;

use Attribute;

/** Double of Paymenter's #[ExtensionMeta] (app/Attributes/ExtensionMeta.php). */
#[Attribute(Attribute::TARGET_CLASS)]
class ExtensionMeta
{
    public function __construct(public string $name, public string $description, public string $version, public string $author, public string $url = '', public string $icon = '')
    {
    }
}
