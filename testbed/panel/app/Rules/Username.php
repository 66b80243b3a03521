<?php

namespace Pterodactyl\Rules;

use Illuminate\Contracts\Validation\Rule;

/** As the panel: ^[a-z0-9]([\w\.-]+)[a-z0-9]$ on the lowercased value, so at least three characters. */
class Username implements Rule
{
    public const VALIDATION_REGEX = '/^[a-z0-9]([\w\.-]+)[a-z0-9]$/';

    public function passes($attribute, $value): bool
    {
        return is_string($value) && preg_match(self::VALIDATION_REGEX, mb_strtolower($value)) === 1;
    }

    public function message(): string
    {
        return 'The :attribute must start and end with alpha-numeric characters and contain only letters, numbers, dashes, underscores, and periods.';
    }
}
