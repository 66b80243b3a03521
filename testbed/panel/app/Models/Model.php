<?php

namespace Pterodactyl\Models;

use Illuminate\Database\Eloquent\Model as IlluminateModel;
use Illuminate\Support\Facades\Validator;
use Illuminate\Validation\Rule;
use Pterodactyl\Exceptions\Model\DataValidationException;

/**
 * As the panel's base model: every save validates against static::$validationRules and throws
 * DataValidationException; `unique` rules ignore the model being updated. saveQuietly/withoutEvents skip it.
 */
abstract class Model extends IlluminateModel
{
    public static array $validationRules = [];

    protected static function booted(): void
    {
        static::saving(function (Model $model) {
            // Cast values (a JSON column as its array), as the panel validates them.
            $data = $model->addCastAttributesToArray($model->getAttributes(), $model->getMutatedAttributes());
            $validator = Validator::make($data, $model->exists ? $model->getRulesForUpdate() : static::getRules());
            if ($validator->fails()) {
                throw new DataValidationException($validator, $model);
            }
        });
    }

    public static function getRules(): array
    {
        return static::$validationRules;
    }

    public function getRulesForUpdate(): array
    {
        $rules = [];
        foreach (static::getRules() as $field => $fieldRules) {
            $fieldRules = is_string($fieldRules) ? explode('|', $fieldRules) : $fieldRules;
            $rules[$field] = array_map(function ($rule) {
                if (!is_string($rule) || !str_starts_with($rule, 'unique:')) {
                    return $rule;
                }
                [$table, $column] = array_pad(explode(',', substr($rule, 7)), 2, null);

                return Rule::unique($table, $column)->ignore($this->getKey(), $this->getKeyName());
            }, $fieldRules);
        }

        return $rules;
    }
}
