<?php

namespace Tiergate\Tests\Integration\Services\Panel;

use Illuminate\Support\Str;
use Pterodactyl\Models\User;
use Pterodactyl\Models\Server;
use Pterodactyl\Facades\Activity;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Event;
use Illuminate\Database\Eloquent\Model;
use Tiergate\Tests\IntegrationTestCase;
use Illuminate\Database\Events\QueryExecuted;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelActivityBatch;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\SubuserGrantService;

class PanelActivityBatchTest extends IntegrationTestCase
{
    private const EVENT = 'tiergate:access.granted';

    private function user(string $name): User
    {
        $user = new User();
        $user->forceFill(['uuid' => (string) Str::uuid(), 'username' => $name, 'email' => "{$name}@example.com", 'name_first' => 'A', 'name_last' => 'B', 'password' => 'x'])->save();

        return $user;
    }

    /** @return list<array{subjects: Model[], properties: array<string, mixed>}> */
    private function entries(User $subject): array
    {
        return Server::query()->orderBy('id')->get()->map(fn (Server $server) => [
            'subjects' => [$subject, $server],
            'properties' => ['server' => $server->uuid, 'permissions' => ['control.console', "file.read-{$server->id}", 'websocket.connect']],
        ])->all();
    }

    /**
     * Every row written from $fromId on, as it reads in the tables (but its id and time), with its subjects.
     *
     * @return list<array<string, mixed>>
     */
    private function rowsFrom(int $fromId): array
    {
        return DB::table('activity_logs')->where('id', '>=', $fromId)->orderBy('id')->get()->map(fn (object $row) => [
            'columns' => array_diff_key((array) $row, ['id' => 1, 'timestamp' => 1]),
            'subjects' => DB::table('activity_log_subjects')->where('activity_log_id', $row->id)->orderBy('id')->get(['subject_id', 'subject_type'])->map(fn ($s) => (array) $s)->all(),
        ])->all();
    }

    private function nextId(): int
    {
        return (int) DB::table('activity_logs')->max('id') + 1;
    }

    /** @return string[] every statement run while $work runs */
    private function statements(callable $work): array
    {
        $statements = [];
        DB::listen(function (QueryExecuted $query) use (&$statements) {
            $statements[] = strtolower($query->sql);
        });
        $work();

        return $statements;
    }

    public function testItWritesTheRowsThePanelsOwnServiceWritesOneByOne(): void
    {
        $this->actingAs($this->user('acting-admin')); // so the actor columns are filled, as in an admin's request
        $entries = $this->entries($this->user('subscriber'));
        $this->assertGreaterThan(1, count($entries));

        $panelFrom = $this->nextId();
        foreach ($entries as $entry) {
            Activity::event(self::EVENT)->subject(...$entry['subjects'])->property($entry['properties'])->log();
        }
        $batchFrom = $this->nextId();
        $statements = $this->statements(fn () => DB::transaction(fn () => app(PanelActivityBatch::class)->log(self::EVENT, $entries)));

        $panel = $this->rowsFrom($panelFrom);
        $batch = $this->rowsFrom($batchFrom);
        $panel = array_slice($panel, 0, count($entries));
        $this->assertCount(count($entries), $batch);
        $this->assertSame($panel, $batch);
        $this->assertNotNull($batch[0]['columns']['actor_id']);
        $this->assertSame(0, DB::table('activity_logs')->where('id', '>=', $batchFrom)->whereNull('timestamp')->count(), 'the column default gives the time');
        $this->assertCount(1, array_filter($statements, fn (string $sql) => str_starts_with($sql, 'insert into `activity_logs`')));
        $this->assertCount(1, array_filter($statements, fn (string $sql) => str_starts_with($sql, 'insert into `activity_log_subjects`')));
    }

    public function testItAsksInformationSchemaForNoColumnListWhereThePanelsOwnServiceDoes(): void
    {
        $entries = $this->entries($this->user('no-introspection'));
        $introspections = fn (callable $work) => count(array_filter($this->statements(function () use ($work) {
            (new \ReflectionProperty(Model::class, 'guardableColumns'))->setValue(null, []); // as in a new request
            $work();
        }), fn (string $sql) => str_contains($sql, 'information_schema')));

        $this->assertSame(1, $introspections(fn () => Activity::event(self::EVENT)->subject(...$entries[0]['subjects'])->property($entries[0]['properties'])->log()), 'the panel\'s own service asks once a request');
        $this->assertSame(0, $introspections(fn () => DB::transaction(fn () => app(PanelActivityBatch::class)->log(self::EVENT, $entries))));
        [$subject, $server] = $entries[0]['subjects'];
        $this->assertSame(0, $introspections(fn () => app(SubuserGrantService::class)->activity(new PlannedChange('update', $server->id, ['control.console'], ['websocket.connect']), $subject, $server)), 'the row-by-row path');
    }

    public function testWhenSomethingListensForEachRowThePanelsServiceWritesThemOneByOne(): void
    {
        Event::listen('Pterodactyl\Events\ActivityLogged', fn () => null);
        $entries = $this->entries($this->user('listened'));

        $from = $this->nextId();
        $statements = $this->statements(fn () => DB::transaction(fn () => app(PanelActivityBatch::class)->log(self::EVENT, $entries)));

        $this->assertCount(count($entries), $this->rowsFrom($from));
        $this->assertCount(count($entries), array_filter($statements, fn (string $sql) => str_starts_with($sql, 'insert into `activity_logs`')));
    }
}
