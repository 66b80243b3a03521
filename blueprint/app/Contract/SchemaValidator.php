<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract;

/**
 * Validates decoded JSON against the contract's JSON Schemas (contract/*.schema.json, the same files the
 * TypeScript side validates with through ajv). The panel cannot take Composer dependencies from an extension,
 * so this implements exactly the keywords those schemas use; an unknown keyword fails loudly rather than
 * being skipped.
 */
class SchemaValidator
{
    private const KNOWN = ['$schema', '$id', 'title', 'description', '$defs', 'type', 'enum', 'const', 'required',
        'properties', 'maxLength', 'minLength', 'minimum', 'maximum', 'maxProperties', 'format', 'if', 'then', 'else', '$ref'];

    public function __construct(private array $root)
    {
    }

    public static function fromFile(string $path): self
    {
        return new self(json_decode(file_get_contents($path), true, 64, JSON_THROW_ON_ERROR));
    }

    /** @return string[] one line per violation, each starting with the JSON pointer of the value */
    public function validate(mixed $value): array
    {
        return $this->check($value, $this->root, '');
    }

    private function check(mixed $value, array $schema, string $path): array
    {
        if (isset($schema['$ref'])) {
            $schema = $this->resolve($schema['$ref']) + $schema;
            unset($schema['$ref']);
        }
        if ($unknown = array_diff(array_keys($schema), self::KNOWN)) {
            throw new \LogicException('SchemaValidator does not implement: ' . implode(', ', $unknown));
        }

        $at = $path === '' ? '/' : $path;
        if (isset($schema['type']) && !$this->hasType($value, (array) $schema['type'])) {
            return ["{$at} must be " . implode(' or ', (array) $schema['type'])];
        }
        if (array_key_exists('const', $schema) && $value !== $schema['const']) {
            return ["{$at} must be " . json_encode($schema['const'])];
        }
        if (isset($schema['enum']) && !in_array($value, $schema['enum'], true)) {
            return ["{$at} must be one of " . implode(', ', array_map('json_encode', $schema['enum']))];
        }

        $errors = [];
        if (is_string($value)) {
            $length = mb_strlen($value);
            if (isset($schema['maxLength']) && $length > $schema['maxLength']) {
                $errors[] = "{$at} must be at most {$schema['maxLength']} characters";
            }
            if (isset($schema['minLength']) && $length < $schema['minLength']) {
                $errors[] = "{$at} must be at least {$schema['minLength']} characters";
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
            if (isset($schema['maxProperties']) && count($value) > $schema['maxProperties']) {
                $errors[] = "{$at} must have at most {$schema['maxProperties']} properties";
            }
            foreach ($schema['required'] ?? [] as $name) {
                if (!array_key_exists($name, $value)) {
                    $errors[] = "{$at} must have property \"{$name}\"";
                }
            }
            foreach ($schema['properties'] ?? [] as $name => $sub) {
                if (array_key_exists($name, $value)) {
                    array_push($errors, ...$this->check($value[$name], $sub, "{$path}/{$name}"));
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
        // Decoded with assoc=true, {} and [] are both []: an empty array is accepted as an empty object.
        return is_array($value) && ($value === [] || !array_is_list($value));
    }

    private function hasType(mixed $value, array $types): bool
    {
        foreach ($types as $type) {
            $ok = match ($type) {
                'object' => $this->isObject($value),
                'array' => is_array($value) && array_is_list($value),
                'string' => is_string($value),
                'integer' => is_int($value),
                'number' => is_int($value) || is_float($value),
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

    private function hasFormat(string $value, string $format): bool
    {
        return match ($format) {
            // The same shape ajv-formats accepts for RFC 3339 date-time.
            'date-time' => (bool) preg_match('/^\d{4}-[01]\d-[0-3]\d[tT\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:[zZ]|[+-]\d\d(?::?\d\d)?)$/', $value)
                && strtotime($value) !== false,
            'email' => filter_var($value, FILTER_VALIDATE_EMAIL) !== false,
            default => throw new \LogicException("Unknown format {$format}"),
        };
    }
}
