<?php

namespace Tiergate\Tests\Unit\Console;

use Tiergate\Tests\TestCase;
use Illuminate\Console\Command;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Console\ModeCommand;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\ApplyMode;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\PauseService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\GoLiveService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberLookup;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/** The switch names come from blueprint/console (through app(), which PHPStan cannot follow): a wrong one says so. */
class ModeCommandTest extends TestCase
{
    public function testAnUnknownSwitchIsRefusedByNameAndSwitchesNothing(): void
    {
        $pauses = $this->createMock(PauseService::class);
        $pauses->expects($this->never())->method($this->anything());
        $goLive = $this->createMock(GoLiveService::class);
        $goLive->expects($this->never())->method($this->anything());
        $mode = new ModeCommand(
            $this->createMock(ApplyMode::class),
            $pauses,
            $goLive,
            $this->createMock(SubscriberLookup::class),
            $this->createMock(SubscriberReconciliationService::class),
        );

        $this->expectException(\InvalidArgumentException::class);
        $this->expectExceptionMessage('go_live');
        $mode->handle($this->createMock(Command::class), 'go_live');
    }
}
