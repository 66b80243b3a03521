<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract;

/**
 * Validates decoded JSON against the contract's JSON Schemas (contract/*.schema.json, the same files the
 * TypeScript side validates with through ajv + ajv-formats). The panel cannot take Composer dependencies from an
 * extension, so this implements exactly the keywords those schemas use, with ajv's semantics; an unknown keyword
 * fails loudly rather than being skipped. Give it JSON decoded without `assoc` (objects as stdClass), so `{}` and
 * `[]` stay distinct as they are for ajv; a non-empty associative array also counts as an object, for callers that
 * hold arrays (the Paymenter extension's tests).
 */
class SchemaValidator
{
    private const KNOWN = ['$schema', '$id', 'title', 'description', '$defs', 'type', 'enum', 'const', 'required',
        'properties', 'maxLength', 'minLength', 'minimum', 'maximum', 'maxProperties', 'format', 'pattern', 'if', 'then',
        'else', '$ref'];

    // date-time exactly as ajv-formats 3 ("full") checks it: a real calendar date (no 2026-02-30, no month 00), a
    // time with a required zone, and a leap second only where it is 23:59:60 in UTC; split on "t" or JavaScript's \s.
    private const DATE_TIME_SEPARATOR = '/t|[\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]/iu';
    private const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /** @param array<string, mixed> $root a JSON Schema, decoded to arrays */
    public function __construct(private array $root)
    {
    }

    public static function fromFile(string $path): self
    {
        $json = file_get_contents($path);
        if ($json === false) {
            throw new \RuntimeException("Cannot read the contract schema {$path}");
        }

        return new self(json_decode($json, true, 64, JSON_THROW_ON_ERROR));
    }

    /** @return string[] one line per violation, each starting with the JSON pointer of the value */
    public function validate(mixed $value): array
    {
        return $this->check($value, $this->root, '');
    }

    /**
     * @param array<string, mixed> $schema
     *
     * @return string[]
     */
    private function check(mixed $value, array $schema, string $path): array
    {
        if (isset($schema['$ref'])) {
            // 2020-12: a $ref and its sibling keywords both apply (an implicit allOf).
            $siblings = array_diff_key($schema, ['$ref' => true]);

            return array_merge($this->check($value, $this->resolve($schema['$ref']), $path), $siblings === [] ? [] : $this->check($value, $siblings, $path));
        }
        if ($unknown = array_diff(array_keys($schema), self::KNOWN)) {
            throw new \LogicException('SchemaValidator does not implement: ' . implode(', ', $unknown));
        }

        $at = $path === '' ? '/' : $path;
        if (isset($schema['type']) && !$this->hasType($value, (array) $schema['type'])) {
            return ["{$at} must be " . implode(' or ', (array) $schema['type'])];
        }
        if (array_key_exists('const', $schema) && !$this->equals($value, $schema['const'])) {
            return ["{$at} must be " . json_encode($schema['const'])];
        }
        if (isset($schema['enum']) && !array_filter($schema['enum'], fn ($option) => $this->equals($value, $option))) {
            return ["{$at} must be one of " . implode(', ', array_map('json_encode', $schema['enum']))];
        }

        $errors = [];
        if (is_string($value)) {
            $length = mb_strlen($value, 'UTF-8');
            if (isset($schema['maxLength']) && $length > $schema['maxLength']) {
                $errors[] = "{$at} must be at most {$schema['maxLength']} characters";
            }
            if (isset($schema['minLength']) && $length < $schema['minLength']) {
                $errors[] = "{$at} must be at least {$schema['minLength']} characters";
            }
            if (isset($schema['pattern']) && !preg_match('/' . str_replace('/', '\/', $schema['pattern']) . '/uD', $value)) {
                $errors[] = "{$at} must match {$schema['pattern']}";
            }
            if (isset($schema['format']) && !$this->hasFormat($value, $schema['format'])) {
                $errors[] = "{$at} must be a valid {$schema['format']}";
            }
        }
        if (is_int($value) || is_float($value)) {
            if (isset($schema['minimum']) && $value < $schema['minimum']) {
                $errors[] = "{$at} must be at least {$schema['minimum']}";
            }
            if (isset($schema['maximum']) && $value > $schema['maximum']) {
                $errors[] = "{$at} must be at most {$schema['maximum']}";
            }
        }
        if ($this->isObject($value)) {
            $members = $value instanceof \stdClass ? get_object_vars($value) : $value;
            if (isset($schema['maxProperties']) && count($members) > $schema['maxProperties']) {
                $errors[] = "{$at} must have at most {$schema['maxProperties']} properties";
            }
            foreach ($schema['required'] ?? [] as $name) {
                if (!array_key_exists($name, $members)) {
                    $errors[] = "{$at} must have property \"{$name}\"";
                }
            }
            foreach ($schema['properties'] ?? [] as $name => $sub) {
                if (array_key_exists($name, $members)) {
                    array_push($errors, ...$this->check($members[$name], $sub, "{$path}/{$name}"));
                }
            }
        }
        if (isset($schema['if'])) {
            $branch = $this->check($value, $schema['if'], $path) === [] ? 'then' : 'else';
            if (isset($schema[$branch])) {
                array_push($errors, ...$this->check($value, $schema[$branch], $path));
            }
        }

        return $errors;
    }

    /** @return array<string, mixed> */
    private function resolve(string $ref): array
    {
        if (!str_starts_with($ref, '#/')) {
            throw new \LogicException("SchemaValidator only resolves local references, not {$ref}");
        }
        $node = $this->root;
        foreach (explode('/', substr($ref, 2)) as $part) {
            $node = $node[$part] ?? throw new \LogicException("Unresolvable reference {$ref}");
        }

        return $node;
    }

    private function isObject(mixed $value): bool
    {
        return $value instanceof \stdClass || (is_array($value) && $value !== [] && !array_is_list($value));
    }

    /** @param string[] $types */
    private function hasType(mixed $value, array $types): bool
    {
        foreach ($types as $type) {
            $ok = match ($type) {
                'object' => $this->isObject($value),
                'array' => is_array($value) && array_is_list($value),
                'string' => is_string($value),
                // JSON Schema: an integer is any number without a fractional part, so 1.0 and 1e1 count.
                'integer' => is_int($value) || (is_float($value) && is_finite($value) && floor($value) === $value),
                'number' => is_int($value) || (is_float($value) && is_finite($value)),
                'boolean' => is_bool($value),
                'null' => $value === null,
                default => throw new \LogicException("Unknown JSON type {$type}"),
            };
            if ($ok) {
                return true;
            }
        }

        return false;
    }

    /** The contract compares only scalars (enum and const hold strings); numbers compare by value as in ajv. */
    private function equals(mixed $value, mixed $expected): bool
    {
        if ((is_int($value) || is_float($value)) && (is_int($expected) || is_float($expected))) {
            return $value == $expected;
        }

        return $value === $expected;
    }

    private function hasFormat(string $value, string $format): bool
    {
        return match ($format) {
            'date-time' => $this->isDateTime($value),
            // ajv-formats' "full" email: dot-atom local part, hostname labels; no quoted or bracketed forms.
            'email' => (bool) preg_match("/^[a-z0-9!#$%&'*+\\/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+\\/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/iD", $value),
            default => throw new \LogicException("Unknown format {$format}"),
        };
    }

    private function isDateTime(string $value): bool
    {
        $parts = preg_split(self::DATE_TIME_SEPARATOR, $value);

        return $parts !== false && count($parts) === 2 && $this->isDate($parts[0]) && $this->isTime($parts[1]);
    }

    private function isDate(string $value): bool
    {
        if (!preg_match('/^([0-9]{4})-([0-9]{2})-([0-9]{2})$/D', $value, $m)) {
            return false;
        }
        [$year, $month, $day] = [(int) $m[1], (int) $m[2], (int) $m[3]];
        $leap = $year % 4 === 0 && ($year % 100 !== 0 || $year % 400 === 0);

        return $month >= 1 && $month <= 12 && $day >= 1 && $day <= ($month === 2 && $leap ? 29 : self::MONTH_DAYS[$month]);
    }

    private function isTime(string $value): bool
    {
        if (!preg_match('/^([0-9]{2}):([0-9]{2}):([0-9]{2}(?:\.[0-9]+)?)(z|([+-])([0-9]{2})(?::?([0-9]{2}))?)?$/iD', $value, $m)) {
            return false;
        }
        [$hour, $minute, $second] = [(int) $m[1], (int) $m[2], (float) $m[3]];
        $zone = $m[4] ?? '';
        $sign = ($m[5] ?? '') === '-' ? -1 : 1;
        [$zoneHours, $zoneMinutes] = [(int) ($m[6] ?? 0), (int) ($m[7] ?? 0)];
        if ($zoneHours > 23 || $zoneMinutes > 59 || $zone === '') {
            return false;
        }
        if ($hour <= 23 && $minute <= 59 && $second < 60) {
            return true;
        }
        $utcMinute = $minute - $zoneMinutes * $sign;
        $utcHour = $hour - $zoneHours * $sign - ($utcMinute < 0 ? 1 : 0);

        return ($utcHour === 23 || $utcHour === -1) && ($utcMinute === 59 || $utcMinute === -1) && $second < 61;
    }
}
