<?php

namespace Pterodactyl\Exceptions\Model;

use Illuminate\Contracts\Support\MessageProvider;
use Illuminate\Contracts\Validation\Validator;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Support\MessageBag;
use Pterodactyl\Exceptions\PterodactylException;
use Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;

/** As the panel's: thrown by a model whose attributes fail its $validationRules on save. */
class DataValidationException extends PterodactylException implements HttpExceptionInterface, MessageProvider
{
    public function __construct(protected Validator $validator, protected Model $model)
    {
        parent::__construct(sprintf('Could not save %s[%s]: failed to validate data: %s', get_class($model), $model->getKey(), $validator->errors()->toJson()));
    }

    public function getMessageBag(): MessageBag
    {
        return $this->validator->errors();
    }

    public function getStatusCode(): int
    {
        return 500;
    }

    public function getHeaders(): array
    {
        return [];
    }

    public function getValidator(): Validator
    {
        return $this->validator;
    }

    public function getModel(): Model
    {
        return $this->model;
    }
}
