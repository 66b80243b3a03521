<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Illuminate\Database\Eloquent\Model;
use Pterodactyl\Services\Activity\ActivityLogService;

/**
 * The panel's own ActivityLogService, asked for the rows it would write instead of writing them: their columns (ip,
 * actor, batch, api key, properties…, but not `timestamp`, which the column's default fills) and their subjects,
 * including any the request adds. PanelActivityBatch inserts them at once.
 */
class ActivityLogShape extends ActivityLogService
{
    /**
     * @param list<array{subjects: Model[], properties: array<string, mixed>}> $entries
     *
     * @return list<array{0: array<string, mixed>, 1: Model[]}> per entry: the activity_logs columns, and the subjects in the order saved
     */
    public function of(string $event, array $entries): array
    {
        // Filling a model that lists guarded columns asks information_schema for the table's columns once per
        // request (Laravel's GuardsAttributes). The service fills only columns it names, so nothing is guarded from.
        return Model::unguarded(fn () => $this->shapes($event, $entries));
    }

    /**
     * @param list<array{subjects: Model[], properties: array<string, mixed>}> $entries
     *
     * @return list<array{0: array<string, mixed>, 1: Model[]}>
     */
    private function shapes(string $event, array $entries): array
    {
        // What the service fills from the request and the signed-in user is the same for every entry: asked once.
        $this->event($event);
        $base = $this->getActivity();
        $requestSubjects = $this->subjects;

        $shapes = [];
        foreach ($entries as $entry) {
            $this->activity = clone $base;
            $this->subjects = $requestSubjects;
            $this->subject(...$entry['subjects'])->property($entry['properties']);
            $shapes[] = [$this->activity->getAttributes(), array_values($this->subjects)];
        }
        $this->activity = null;
        $this->subjects = [];

        return $shapes;
    }
}
