<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

use Carbon\CarbonImmutable;

/** `POST /subscribers/{customerId}/actions` {action, until?}: `until` ends a grant or suspension (none: until resumed). */
class SubscriberActionRequest extends AdminQueryRequest
{
    public const ACTIONS = ['reconcile', 'apply', 'grant', 'suspend', 'resume', 'resend_setup'];

    /** @return array<string, mixed> */
    public function rules(): array
    {
        return [
            'action' => ['required', 'string', 'in:' . implode(',', self::ACTIONS)],
            'until' => ['nullable', 'string', 'max:64', 'date', 'after:now'],
        ];
    }

    public function until(): ?CarbonImmutable
    {
        return ($until = $this->validated('until')) === null ? null : CarbonImmutable::parse($until);
    }
}
