<?php

namespace Tiergate\Tests\Integration\Services\Templates;

use Pterodactyl\Models\Server;
use Illuminate\Support\Facades\Queue;
use Tiergate\Tests\IntegrationTestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\TemplateRefusedException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\TierImportService;

/** `tiergate:import` with in-game actions: servers named by external id, and the document as the whole template. */
class TierImportGameActionsTest extends IntegrationTestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        Queue::fake();
    }

    private static function document(?array $actions): array
    {
        $template = ['key' => 'subscriber_import_game', 'name' => 'Import', 'selector' => ['mode' => 'match', 'servers' => ['frost-hub', 'frost-survival']], 'permissions' => []];

        return ['templates' => [$actions === null ? $template : $template + ['game_actions' => $actions]]];
    }

    public function testActionServersAreNamedAndAReimportWithoutActionsRemovesThem(): void
    {
        $import = app(TierImportService::class);
        $import->handle(self::document([['label' => 'Whitelist', 'grant' => 'whitelist add {player}', 'revoke' => 'whitelist remove {player}', 'servers' => ['frost-survival']]]));
        $uuid = Server::query()->where('external_id', 'frost-survival')->value('uuid');
        $this->assertSame([['label' => 'Whitelist', 'grant' => 'whitelist add {player}', 'revoke' => 'whitelist remove {player}', 'servers' => [$uuid]]], RoleTemplate::query()->where('key', 'subscriber_import_game')->first()->game_actions);

        $import->handle(self::document(null));
        $this->assertSame([], RoleTemplate::query()->where('key', 'subscriber_import_game')->first()->game_actions);
    }

    public function testAnActionOnAServerTheTemplateDoesNotCoverIsRefusedWhole(): void
    {
        $this->expectException(TemplateRefusedException::class);
        $this->expectExceptionMessage('Not among this template\'s servers');
        app(TierImportService::class)->handle(self::document([['label' => 'x', 'grant' => 'whitelist add {player}', 'servers' => ['beta-lab']]]));
    }

    public function testANameThatIsNoServerIsRefused(): void
    {
        $this->expectExceptionMessage('"atlantis"');
        app(TierImportService::class)->handle(self::document([['label' => 'x', 'grant' => 'whitelist add {player}', 'servers' => ['atlantis']]]));
    }
}
