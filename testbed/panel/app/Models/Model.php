<?php

namespace Pterodactyl\Models;

use Illuminate\Contracts\Validation\Validator;
use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model as IlluminateModel;
use Illuminate\Support\Facades\Validator as ValidatorFacade;
use Illuminate\Support\Str;
use Illuminate\Validation\Rule;
use Pterodactyl\Exceptions\Model\DataValidationException;

/**
 * As the panel's base model: every save validates against static::$validationRules and throws
 * DataValidationException; on update, `unique` rules ignore the model itself. skipValidation() opts out;
 * saveQuietly()/withoutEvents() skip it too, since it is a `saving` listener.
 */
abstract class Model extends IlluminateModel
{
    use HasFactory;

    public static array $validationRules = [];

    protected bool $skipValidation = false;

    protected static function booted(): void
    {
        static::saving(function (Model $model) {
            $model->validate();

            return true;
        });
    }

    public function getRouteKeyName(): string
    {
        return 'uuid';
    }

    public function skipValidation(): self
    {
        $this->skipValidation = true;

        return $this;
    }

    /** @return array<string, array> every field's rules as a list */
    public static function getRules(): array
    {
        return array_map(fn ($rule) => is_array($rule) ? $rule : explode('|', $rule), static::$validationRules);
    }

    public static function getRulesForUpdate(self $model): array
    {
        $rules = static::getRules();
        foreach ($rules as $field => &$fieldRules) {
            foreach ($fieldRules as &$rule) {
                if (is_string($rule) && Str::startsWith($rule, 'unique')) {
                    $args = explode(',', explode(':', $rule, 2)[1]);
                    $rule = Rule::unique($args[0], $args[1] ?? $field)->ignore($model->getKey(), $model->getKeyName());
                }
            }
        }

        return $rules;
    }

    public function getValidator(): Validator
    {
        return ValidatorFacade::make([], $this->exists ? static::getRulesForUpdate($this) : static::getRules());
    }

    /** @throws DataValidationException */
    public function validate(): void
    {
        if ($this->skipValidation) {
            return;
        }
        // The attributes as stored, with casts applied (a JSON column as its array), as the panel validates them.
        $validator = $this->getValidator()->setData($this->addCastAttributesToArray($this->getAttributes(), $this->getMutatedAttributes()));
        if ($validator->fails()) {
            throw new DataValidationException($validator, $this);
        }
    }
}
