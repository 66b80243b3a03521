<?php

namespace Paymenter\Extensions\Servers\Tiergate\GameUsername;

use Illuminate\Contracts\Validation\ValidationRule;

/** The checkout field's rule: the customer hears at once what the panel would refuse later. */
final class GameUsernameRule implements ValidationRule
{
    public function __construct(private GameUsernamePattern $pattern)
    {
    }

    public function validate(string $attribute, mixed $value, \Closure $fail): void
    {
        if (!is_string($value) || !$this->pattern->accepts($value)) {
            $fail($this->pattern->pattern === GameUsernamePattern::DEFAULT
                ? 'The :attribute must be your Minecraft (Java edition) name: 3 to 16 letters, digits or underscores.'
                : 'The :attribute is not a name this server accepts.');
        }
    }
}
