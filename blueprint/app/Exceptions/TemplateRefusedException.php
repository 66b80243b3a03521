<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions;

/**
 * A role template Tiergate will not save (from the admin page or an import): each entry of `errors` names a field
 * (`key`, `permissions`, `game_actions.2.grant`, …) and says what to fix. The HTTP edge maps it to a 422.
 */
final class TemplateRefusedException extends \InvalidArgumentException
{
    /** @param array<string, string> $errors field → reason */
    public function __construct(public readonly array $errors)
    {
        parent::__construct(implode(' ', $errors));
    }
}
