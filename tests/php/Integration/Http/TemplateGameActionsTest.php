<?php

namespace Tiergate\Tests\Integration\Http;

use Pterodactyl\Models\Server;
use Illuminate\Support\Facades\Queue;

/** The template editor's in-game actions through the admin API: saved, refused with the field named, previewed. */
class TemplateGameActionsTest extends AdminApiTestCase
{
    /** @var array<string, string> external id → uuid */
    private array $uuids;

    protected function setUp(): void
    {
        parent::setUp();
        Queue::fake();
        $this->uuids = Server::query()->pluck('uuid', 'external_id')->all();
    }

    private function frostTemplate(array $actions, string $name = 'Frost Knight'): array
    {
        $ids = Server::query()->whereIn('external_id', ['frost-hub', 'frost-survival'])->pluck('id')->all();

        return ['key' => 'game_test', 'name' => $name, 'selector' => ['mode' => 'match', 'servers' => $ids], 'permissions' => ['control.console'], 'game_actions' => $actions];
    }

    private function luckPerms(string $group, ?array $servers = null): array
    {
        return ['label' => "LuckPerms {$group}", 'grant' => "lp user {player} parent add {$group}", 'revoke' => "lp user {player} parent remove {$group}", 'servers' => $servers];
    }

    public function testActionsAreSavedShownAndKeptByAnEditThatLeavesThemOut(): void
    {
        $whitelist = ['label' => 'Whitelist', 'grant' => 'whitelist add {player}', 'revoke' => 'whitelist remove {player}', 'servers' => [$this->uuids['frost-survival']]];
        $created = $this->api('POST', '/templates', $this->frostTemplate([$this->luckPerms('frost_knight'), $whitelist]))->assertCreated()->json();
        $this->assertSame([$this->luckPerms('frost_knight'), $whitelist], $created['game_actions']);

        $this->api('PATCH', "/templates/{$created['id']}", ['name' => 'Frost Knight II'])->assertOk()->assertJsonPath('game_actions.1', $whitelist);
        $this->api('PATCH', "/templates/{$created['id']}", ['game_actions' => []])->assertOk()->assertJsonPath('game_actions', []);
    }

    public static function refusedActions(): array
    {
        return [
            'an unknown placeholder' => [['label' => 'x', 'grant' => 'lp user {playr} parent add g', 'revoke' => null], 'game_actions.0.commands', 'unknown placeholder {playr}'],
            'a line break in a command' => [['label' => 'x', 'grant' => "whitelist add {player}\nop {player}", 'revoke' => null], 'game_actions.0.commands', 'one line'],
            'no command at all' => [['label' => 'x', 'grant' => ' ', 'revoke' => null], 'game_actions.0', 'grant or a revoke'],
            'no label' => [['label' => '', 'grant' => 'whitelist add {player}', 'revoke' => null], 'game_actions.0.label', 'label'],
            '{tier_name} of a name with a space' => [['label' => 'x', 'grant' => 'lp user {player} parent add {tier_name}', 'revoke' => null], 'game_actions.0.commands', 'Frost Knight'],
        ];
    }

    #[\PHPUnit\Framework\Attributes\DataProvider('refusedActions')]
    public function testACommandThatCouldNeverBeSentIsRefusedWhenSaved(array $action, string $field, string $reason): void
    {
        $response = $this->api('POST', '/templates', $this->frostTemplate([$action]))->assertStatus(422);
        $this->assertStringContainsString($reason, $response->json('errors')[$field][0] ?? '', json_encode($response->json()));
        $this->assertDatabaseMissing('tiergate_templates', ['key' => 'game_test']);
    }

    public function testAnActionMayOnlyRunOnTheTemplatesOwnServersAndLabelsAreUnique(): void
    {
        $this->api('POST', '/templates', $this->frostTemplate([$this->luckPerms('g', [$this->uuids['beta-lab']])]))
            ->assertStatus(422)->assertJsonPath('errors', ['game_actions.0.servers' => ["Not among this template's servers: {$this->uuids['beta-lab']}."]]);
        $this->api('POST', '/templates', $this->frostTemplate([$this->luckPerms('g'), $this->luckPerms('g')]))
            ->assertStatus(422)->assertJsonStructure(['message', 'errors' => ['game_actions.1.label']]);
    }

    public function testEveryRefusalOfTheSaveServiceHasTheAdminApisShape(): void
    {
        $this->api('POST', '/templates', ['permissions' => ['server.nuke']] + $this->frostTemplate([]))
            ->assertStatus(422)
            ->assertJsonPath('message', 'Not in the panel\'s permission catalogue: server.nuke.')
            ->assertJsonPath('errors.permissions.0', 'Not in the panel\'s permission catalogue: server.nuke.');
    }

    public function testThePreviewShowsTheExactCommandsPerServerAndWhyAHostileNameIsRefused(): void
    {
        $body = $this->frostTemplate([$this->luckPerms('frost_knight'), ['label' => 'Whitelist', 'grant' => 'whitelist add {player}', 'revoke' => 'whitelist remove {player}', 'servers' => [$this->uuids['frost-survival']]]]);
        $rows = $this->api('POST', '/template-command-preview', $body + ['player' => 'Notch'])->assertOk()->json('data');
        $this->assertEqualsCanonicalizing([
            ['LuckPerms frost_knight', 'frost-hub', 'lp user Notch parent add frost_knight', 'lp user Notch parent remove frost_knight'],
            ['LuckPerms frost_knight', 'frost-survival', 'lp user Notch parent add frost_knight', 'lp user Notch parent remove frost_knight'],
            ['Whitelist', 'frost-survival', 'whitelist add Notch', 'whitelist remove Notch'],
        ], array_map(fn ($r) => [$r['label'], array_flip($this->uuids)[$r['server_uuid']], $r['grant'], $r['revoke']], $rows));

        $hostile = $this->api('POST', '/template-command-preview', $body + ['player' => 'Notch; op Notch'])->assertOk()->json('data');
        $this->assertCount(3, $hostile);
        foreach ($hostile as $row) {
            $this->assertNull($row['grant']);
            $this->assertStringContainsString('not allowed in a console command', $row['error']);
        }
    }
}
