<?php

namespace Tiergate\Tests\Integration\Services\Templates;

use Illuminate\Support\Facades\Queue;
use Tiergate\Tests\IntegrationTestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\TemplateRefusedException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\TierImportService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\TemplateSaveService;

class TemplateSaveServiceTest extends IntegrationTestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        Queue::fake();
    }

    public function testPermissionsMustComeFromThePanelsCatalogueAndAlwaysIncludeTheWebsocket(): void
    {
        $template = app(TemplateSaveService::class)->handle(['key' => 'subscriber_test', 'name' => 'Test', 'selector' => ['mode' => 'all'], 'permissions' => ['file.read', 'control.console']]);
        $this->assertSame(['control.console', 'file.read', 'websocket.connect'], $template->permissions);

        try {
            app(TemplateSaveService::class)->handle(['key' => 'subscriber_bad', 'name' => 'Bad', 'selector' => ['mode' => 'all'], 'permissions' => ['control.console', 'server.nuke']]);
            $this->fail('an unknown permission was accepted');
        } catch (TemplateRefusedException $e) {
            $this->assertStringContainsString('server.nuke', $e->errors['permissions']);
        }
    }

    public function testKeysAreUniqueAndShaped(): void
    {
        $save = app(TemplateSaveService::class);
        $save->handle(['key' => 'subscriber_one', 'name' => 'One', 'selector' => ['mode' => 'all'], 'permissions' => []]);
        foreach ([['key' => 'subscriber_one'], ['key' => 'Has Spaces']] as $bad) {
            try {
                $save->handle($bad + ['name' => 'X', 'selector' => ['mode' => 'all'], 'permissions' => []]);
                $this->fail("{$bad['key']} was accepted");
            } catch (TemplateRefusedException $e) {
                $this->assertNotEmpty($e->errors['key']);
            }
        }
    }

    public function testAnImportNamingSomethingThatIsNotOnThePanelIsRefusedWhole(): void
    {
        $this->expectExceptionMessage('"Atlantis"');
        app(TierImportService::class)->handle(['templates' => [['key' => 'subscriber_x', 'name' => 'X', 'selector' => ['mode' => 'match', 'nodes' => ['Atlantis']], 'permissions' => []]]]);
    }

    public function testTheDemoTiersImport(): void
    {
        $result = app(TierImportService::class)->handle(json_decode(file_get_contents(dirname(__DIR__, 5) . '/tools/demo/tiers.json'), true));
        $this->assertSame(['templates' => 6, 'products' => 10], $result);
    }
}
