<?php

namespace Pterodactyl\Observers;

use Pterodactyl\Events;
use Pterodactyl\Models\User;

/**
 * As the panel's: an event around each create and delete. A user saved inside UserCreationService fires
 * Creating/Created inside its transaction; UserDeletionService deletes with a query, so Deleting/Deleted fire
 * only for a model delete().
 */
class UserObserver
{
    public function creating(User $user): void
    {
        event(new Events\User\Creating($user));
    }

    public function created(User $user): void
    {
        event(new Events\User\Created($user));
    }

    public function deleting(User $user): void
    {
        event(new Events\User\Deleting($user));
    }

    public function deleted(User $user): void
    {
        event(new Events\User\Deleted($user));
    }
}
