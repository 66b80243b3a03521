<?php

namespace Pterodactyl\Services\Activity;

use Illuminate\Contracts\Auth\Factory as AuthFactory;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Request;
use Pterodactyl\Models\ActivityLog;
use Pterodactyl\Models\ActivityLogSubject;

/** As the panel's builder: Activity::event('x:y')->subject(...)->property(...)->log(). */
class ActivityLogService
{
    private ?ActivityLog $activity = null;
    /** @var Model[] */
    private array $subjects = [];

    public function __construct(private AuthFactory $auth)
    {
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

    public function subject(Model ...$subjects): self
    {
        foreach ($subjects as $subject) {
            $this->subjects[] = $subject;
        }

        return $this;
    }

    public function actor(Model $actor): self
    {
        $this->getActivity()->actor()->associate($actor);

        return $this;
    }

    public function property(string|array $key, mixed $value = null): self
    {
        $properties = $this->getActivity()->properties ?? new Collection();
        $this->getActivity()->properties = is_array($key) ? $properties->merge($key) : $properties->put($key, $value);

        return $this;
    }

    public function log(?string $description = null): ActivityLog
    {
        $activity = $this->getActivity();
        if ($description !== null) {
            $activity->description = $description;
        }

        $saved = DB::transaction(function () use ($activity) {
            $activity->save();
            foreach ($this->subjects as $subject) {
                ActivityLogSubject::query()->create(['activity_log_id' => $activity->id, 'subject_type' => $subject->getMorphClass(), 'subject_id' => $subject->getKey()]);
            }

            return $activity;
        });
        $this->activity = null;
        $this->subjects = [];

        return $saved;
    }

    private function getActivity(): ActivityLog
    {
        if ($this->activity === null) {
            $this->activity = new ActivityLog(['ip' => Request::ip() ?? '127.0.0.1', 'batch' => null, 'properties' => new Collection()]);
            if ($user = $this->auth->guard()->user()) {
                $this->activity->actor()->associate($user);
            }
        }

        return $this->activity;
    }
}
