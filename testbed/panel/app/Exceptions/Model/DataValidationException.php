<?php

namespace Pterodactyl\Exceptions\Model;

use Illuminate\Contracts\Validation\Validator;

class DataValidationException extends \Exception
{
    public function __construct(public readonly Validator $validator, public readonly ?\Illuminate\Database\Eloquent\Model $model = null)
    {
        parent::__construct('Data integrity exception encountered while performing database write operation. ' . $validator->errors()->toJson());
    }
}
