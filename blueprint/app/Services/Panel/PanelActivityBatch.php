<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Illuminate\Support\Arr;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Models\ActivityLog;
use Illuminate\Database\Eloquent\Model;
use Pterodactyl\Models\ActivityLogSubject;
use Illuminate\Contracts\Events\Dispatcher;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\InsertedIds;

/**
 * Many entries of one event in the panel's activity feed in two inserts, instead of a savepoint and two inserts
 * each. Every row is the one the panel's ActivityLogService would write (ActivityLogShape asks it), and `timestamp`
 * comes from the column's default, as it does there. When something listens for each row (the panel's
 * ActivityLogged event) the service writes them one by one instead. Call it inside a transaction: a failure
 * leaves part of a batch behind.
 */
class PanelActivityBatch
{
    private const LOGGED_EVENT = 'Pterodactyl\Events\ActivityLogged';

    public function __construct(private Dispatcher $events, private ActivityLogShape $shape, private InsertedIds $insertedIds)
    {
    }

    /** @param list<array{subjects: Model[], properties: array<string, mixed>}> $entries */
    public function log(string $event, array $entries): void
    {
        if ($entries === []) {
            return;
        }
        $shapes = $this->shape->of($event, $entries);
        $rows = array_column($shapes, 0);
        $subjects = array_column($shapes, 1);
        // One insert takes its columns from the first row, so every row must have the same ones.
        $columns = array_unique(array_map(fn (array $row) => implode(',', Arr::sort(array_keys($row))), $rows));
        if ($this->events->hasListeners(self::LOGGED_EVENT) || count($columns) > 1) {
            foreach ($entries as $entry) {
                Activity::event($event)->subject(...$entry['subjects'])->property($entry['properties'])->log();
            }

            return;
        }
        ActivityLog::query()->toBase()->insert($rows);
        $ids = $this->insertedIds->of(count($rows), fn (int $firstId) => $this->readBack($firstId, $event, $rows));

        $links = [];
        foreach ($subjects as $i => $models) {
            foreach ($models as $subject) {
                $links[] = ['activity_log_id' => $ids[$i], 'subject_id' => $subject->getKey(), 'subject_type' => $subject->getMorphClass()];
            }
        }
        if ($links !== []) {
            ActivityLogSubject::query()->toBase()->insert($links);
        }
    }

    /**
     * Others may insert activity rows at any time, so the rows from the first id on are checked against what was
     * written; rows other transactions commit meanwhile are not visible inside this one.
     *
     * @param list<array<string, mixed>> $rows
     *
     * @return list<int>
     */
    private function readBack(int $firstId, string $event, array $rows): array
    {
        $found = ActivityLog::query()->toBase()->where('id', '>=', $firstId)->where('event', $event)
            ->orderBy('id')->limit(count($rows))->get(['id', 'properties']);
        foreach ($rows as $i => $row) {
            // Compared decoded: a MySQL JSON column gives the document back in its own spacing and key order.
            if (!isset($found[$i]) || json_decode($found[$i]->properties, true) != json_decode($row['properties'], true)) {
                throw new \RuntimeException('The activity rows read back are not the ones just written.');
            }
        }

        return $found->map(fn (object $row) => (int) $row->id)->all();
    }
}
