<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\Models\User;
use Pterodactyl\Models\Subuser;
use Illuminate\Support\Facades\DB;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\DemoTiers;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ReconcileInputs;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * A process reconciling one customer after another reads the catalogue and the servers once, then only their
 * fingerprint; every kind of change in between is still seen by the next reconcile.
 */
class ReconcileInputsTest extends IntegrationTestCase
{
    use FakesTheOutside;
    use StoresEvents;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
        DemoTiers::import();
        // Every fixture row is minutes old: nothing is within the two seconds in which a change may not show.
        $this->travelTo(CarbonImmutable::now()->addMinutes(5));
    }

    public function testTheSecondReadTakesTheFingerprintAndLaterOnesOnlyIt(): void
    {
        $inputs = app(ReconcileInputs::class);
        [$first, $firstQueries] = $this->read($inputs);
        [, $secondQueries] = $this->read($inputs);
        [$third, $thirdQueries] = $this->read($inputs);

        $this->assertSame(['templates', 'servers'], $this->kinds($firstQueries), implode("\n", $firstQueries));
        $this->assertSame(['marks', 'templates', 'servers'], $this->kinds($secondQueries), implode("\n", $secondQueries));
        $this->assertSame(['marks'], $this->kinds($thirdQueries), implode("\n", $thirdQueries));
        $this->assertEquals($first, $third);
        $this->assertNotEmpty($third['servers']);
        $this->assertNotEmpty($third['catalogue']['byKey']);
    }

    public function testATemplateSavedSinceIsReadAgain(): void
    {
        $inputs = $this->kept();
        $template = RoleTemplate::query()->orderBy('id')->firstOrFail();
        $template->update(['name' => 'Renamed since']);
        $this->travel(5)->seconds();

        $this->assertSame('Renamed since', $inputs->current()['catalogue']['byKey'][$template->key]->name);
    }

    public function testAServerDeletedWithoutTouchingATimestampIsGone(): void
    {
        $inputs = $this->kept();
        $gone = (int) DB::table('servers')->min('id'); // not the highest id: only the count tells
        DB::table('subusers')->where('server_id', $gone)->delete();
        DB::table('servers')->where('id', $gone)->delete();

        $this->assertNotContains($gone, array_map(fn (ServerFacts $s) => $s->id, $inputs->current()['servers']));
    }

    public function testAServerRenamedThroughItsTimestampIsRenamed(): void
    {
        $inputs = $this->kept();
        $first = (int) DB::table('servers')->min('id');
        DB::table('servers')->where('id', $first)->update(['name' => 'Renamed server', 'updated_at' => CarbonImmutable::now()->format('Y-m-d H:i:s')]);
        $this->travel(5)->seconds();

        $names = array_column(array_map(fn (ServerFacts $s) => ['id' => $s->id, 'name' => $s->name], $inputs->current()['servers']), 'name', 'id');
        $this->assertSame('Renamed server', $names[$first]);
    }

    /** The queue worker's one service reconciles customer after customer: an edit between two is applied to the next. */
    public function testOneProcessAppliesATemplateEditedBetweenTwoCustomers(): void
    {
        $service = app(SubscriberReconciliationService::class);
        foreach (['cus_inputs_1', 'cus_inputs_2'] as $customer) {
            $this->storeEvent($customer, "{$customer}@example.com", 'subscription.created', 'frost-knight', 1);
            $service->handle($customer, Trigger::event("msg_{$customer}"));
        }
        $this->assertSame(['control.console', 'control.restart', 'control.start', 'websocket.connect'], $this->permissionsOf('cus_inputs_2@example.com'));

        RoleTemplate::query()->where('key', 'subscriber_knight')->firstOrFail()->update(['permissions' => ['control.console', 'file.read']]);
        $this->travel(5)->seconds();
        $this->storeEvent('cus_inputs_3', 'cus_inputs_3@example.com', 'subscription.created', 'frost-knight', 1);
        $service->handle('cus_inputs_3', Trigger::event('msg_cus_inputs_3'));

        $this->assertSame(['control.console', 'file.read', 'websocket.connect'], $this->permissionsOf('cus_inputs_3@example.com')); // the panel adds websocket.connect
    }

    /** @return string[] the permissions on every server the user is a subuser of (all the same), sorted */
    private function permissionsOf(string $email): array
    {
        $user = User::query()->where('email', $email)->firstOrFail();
        $sets = Subuser::query()->where('user_id', $user->id)->pluck('permissions')->map(function ($p) {
            $p = is_array($p) ? $p : json_decode($p, true);
            sort($p);

            return $p;
        })->unique()->values()->all();
        $this->assertCount(1, $sets);

        return $sets[0];
    }

    /** Timestamps have whole seconds: two saves within one look the same, so a catalogue that fresh is never kept. */
    public function testTwoSavesInTheSameSecondAreBothSeen(): void
    {
        $this->freezeWithinOneSecond();
        $inputs = app(ReconcileInputs::class);
        $inputs->current();
        $template = RoleTemplate::query()->orderBy('id')->firstOrFail();
        $template->update(['name' => 'First save']);
        $this->assertSame('First save', $inputs->current()['catalogue']['byKey'][$template->key]->name);

        $template->update(['name' => 'Second save, same second']);

        $this->assertSame('Second save, same second', $inputs->current()['catalogue']['byKey'][$template->key]->name);
    }

    /** An instance that has read twice, so it keeps what it read. */
    private function kept(): ReconcileInputs
    {
        $inputs = app(ReconcileInputs::class);
        $inputs->current();
        $inputs->current();
        [, $queries] = $this->read($inputs);
        $this->assertSame(['marks'], $this->kinds($queries), 'precondition: the inputs are kept');

        return $inputs;
    }

    /** @return array{0: array<string, mixed>, 1: string[]} */
    private function read(ReconcileInputs $inputs): array
    {
        $queries = [];
        DB::listen(function ($query) use (&$queries) {
            $queries[] = $query->sql;
        });
        $result = $inputs->current();
        DB::getEventDispatcher()?->forget(\Illuminate\Database\Events\QueryExecuted::class);

        return [$result, $queries];
    }

    /**
     * @param string[] $queries
     *
     * @return string[]
     */
    private function kinds(array $queries): array
    {
        return array_map(fn (string $sql) => match (true) {
            str_contains($sql, 'AS mark') => 'marks',
            str_contains($sql, '`tiergate_templates`') => 'templates',
            str_contains($sql, '`servers`') => 'servers',
            default => $sql,
        }, $queries);
    }

    private function freezeWithinOneSecond(): void
    {
        $this->travelTo(CarbonImmutable::now()->startOfSecond()->addMilliseconds(100));
        $this->freezeTime();
    }
}
