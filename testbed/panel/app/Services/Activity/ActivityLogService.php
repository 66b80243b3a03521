<?php

namespace Pterodactyl\Services\Activity;

use Illuminate\Contracts\Auth\Factory as AuthFactory;
use Illuminate\Database\ConnectionInterface;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Support\Arr;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Request;
use Pterodactyl\Models\ActivityLog;
use Pterodactyl\Models\ActivityLogSubject;

/**
 * As the panel's builder: Activity::event('x:y')->subject(...)->property(...)->log(). The actor defaults to
 * the signed-in user. Outside production a failed write throws; in production it is only logged.
 * (The panel's batch and API-key tracking are left out.)
 */
class ActivityLogService
{
    protected ?ActivityLog $activity = null;

    /** @var Model[] */
    protected array $subjects = [];

    public function __construct(protected AuthFactory $manager, protected ConnectionInterface $connection)
    {
    }

    public function anonymous(): self
    {
        $this->getActivity()->actor_id = null;
        $this->getActivity()->actor_type = null;
        $this->getActivity()->setRelation('actor', null);

        return $this;
    }

    public function event(string $action): self
    {
        $this->getActivity()->event = $action;

        return $this;
    }

    public function description(?string $description): self
    {
        $this->getActivity()->description = $description;

        return $this;
    }

    public function subject(...$subjects): self
    {
        foreach (Arr::wrap($subjects) as $subject) {
            if ($subject === null || collect($this->subjects)->contains(fn (Model $entry) => $entry->is($subject))) {
                continue;
            }
            $this->subjects[] = $subject;
        }

        return $this;
    }

    public function actor(Model $actor): self
    {
        $this->getActivity()->actor()->associate($actor);

        return $this;
    }

    public function property($key, $value = null): self
    {
        $properties = $this->getActivity()->properties;
        $this->activity->properties = is_array($key) ? $properties->merge($key) : $properties->put($key, $value);

        return $this;
    }

    public function withRequestMetadata(): self
    {
        return $this->property(['ip' => Request::getClientIp(), 'useragent' => Request::userAgent()]);
    }

    public function log(?string $description = null): ActivityLog
    {
        $activity = $this->getActivity();
        if ($description !== null) {
            $activity->description = $description;
        }
        try {
            return $this->save();
        } catch (\Throwable $exception) {
            if (config('app.env') !== 'production') {
                throw $exception;
            }
            Log::error($exception);
        }

        return $activity;
    }

    public function clone(): self
    {
        return clone $this;
    }

    /** Runs the callback and saves the entry in one transaction, so the entry exists only if the work did. */
    public function transaction(\Closure $callback): mixed
    {
        return $this->connection->transaction(function () use ($callback) {
            $response = $callback($this);
            $this->save();

            return $response;
        });
    }

    public function reset(): void
    {
        $this->activity = null;
        $this->subjects = [];
    }

    protected function getActivity(): ActivityLog
    {
        if ($this->activity) {
            return $this->activity;
        }
        $this->activity = new ActivityLog(['ip' => Request::ip() ?? '127.0.0.1', 'properties' => Collection::make([])]);
        if (($user = $this->manager->guard()->user()) instanceof Model) {
            $this->actor($user);
        }

        return $this->activity;
    }

    protected function save(): ActivityLog
    {
        $response = $this->connection->transaction(function () {
            $this->activity->save();
            ActivityLogSubject::insert(array_map(fn (Model $subject) => [
                'activity_log_id' => $this->activity->id,
                'subject_id' => $subject->getKey(),
                'subject_type' => $subject->getMorphClass(),
            ], $this->subjects));

            return $this->activity;
        });
        $this->reset();

        return $response;
    }
}
