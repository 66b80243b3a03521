<?php

namespace Tiergate\Tests\Integration\Services\Templates;

use Carbon\CarbonImmutable;
use Illuminate\Support\Str;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Queue;
use Tiergate\Tests\IntegrationTestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\ServerCatalogue;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\TemplateSaveService;

/** An "all servers" template covers the servers of one moment; only an explicit request moves that moment. */
class TemplateServersAsOfTest extends IntegrationTestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        Queue::fake();
    }

    protected function tearDown(): void
    {
        CarbonImmutable::setTestNow();
        parent::tearDown();
    }

    private function matched(RoleTemplate $template): array
    {
        $core = $template->fresh()->toCore();
        $ids = [];
        foreach (app(ServerCatalogue::class)->all() as $server) {
            if ($core->selector->matches($server, $core->savedAt)) {
                $ids[] = $server->id;
            }
        }

        return $ids;
    }

    /** A copy of an existing server, created at $at. */
    private function addServer(CarbonImmutable $at): int
    {
        $row = (array) DB::table('servers')->orderBy('id')->first();
        unset($row['id']);
        $row['uuid'] = (string) Str::uuid();
        $row['uuidShort'] = substr(str_replace('-', '', $row['uuid']), 0, 8);
        $row['name'] = 'Added later';
        $row['created_at'] = $at->format('Y-m-d H:i:s');
        $row['updated_at'] = $row['created_at'];
        if (array_key_exists('allocation_id', $row)) {
            $row['allocation_id'] = DB::table('allocations')->insertGetId([
                'node_id' => $row['node_id'], 'ip' => '127.0.0.1', 'port' => random_int(40000, 60000),
            ]);
        }
        if (array_key_exists('external_id', $row)) {
            $row['external_id'] = null;
        }

        return DB::table('servers')->insertGetId($row);
    }

    public function testRenamingAnAllServersTemplateDoesNotAddServersCreatedSince(): void
    {
        $save = app(TemplateSaveService::class);
        CarbonImmutable::setTestNow(CarbonImmutable::now()->addDay());
        $template = $save->handle(['key' => 'subscriber_asof', 'name' => 'As of', 'selector' => ['mode' => 'all'], 'permissions' => []]);
        $before = $this->matched($template);
        $this->assertNotEmpty($before);

        $later = $this->addServer(CarbonImmutable::now()->addHour());
        CarbonImmutable::setTestNow(CarbonImmutable::now()->addHours(2));
        $template = $save->handle(['key' => 'subscriber_asof', 'name' => 'Renamed', 'selector' => ['mode' => 'all'], 'permissions' => []], $template);
        $this->assertSame($before, $this->matched($template), 'a rename widened the template');
        $this->assertNotContains($later, $this->matched($template));

        $template = $save->handle(['key' => 'subscriber_asof', 'name' => 'Renamed', 'selector' => ['mode' => 'all'], 'permissions' => [], 'include_new_servers' => true], $template);
        $this->assertContains($later, $this->matched($template), 'include_new_servers did not take the server created since');
    }

    public function testSwitchingToAllServersTakesTheServersOfThatMoment(): void
    {
        $save = app(TemplateSaveService::class);
        $template = $save->handle(['key' => 'subscriber_switch', 'name' => 'Switch', 'selector' => ['mode' => 'match', 'servers' => [1]], 'permissions' => []]);
        $later = $this->addServer(CarbonImmutable::now()->addHour());
        CarbonImmutable::setTestNow(CarbonImmutable::now()->addHours(2));
        $template = $save->handle(['key' => 'subscriber_switch', 'name' => 'Switch', 'selector' => ['mode' => 'all'], 'permissions' => []], $template);
        $this->assertContains($later, $this->matched($template));
    }
}
