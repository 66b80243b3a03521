<?php

namespace Tiergate\Tests\Unit\Core;

use Tiergate\Tests\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameAction;

class GameActionTest extends TestCase
{
    public function testReadsTheStoredShapeAndRunsOnItsServers(): void
    {
        $action = GameAction::fromArray(['label' => 'whitelist', 'grant' => ' whitelist add {player} ', 'revoke' => '', 'servers' => ['u1']]);

        $this->assertSame(['label' => 'whitelist', 'grant' => 'whitelist add {player}', 'revoke' => null, 'servers' => ['u1']], $action->toArray());
        $this->assertTrue($action->runsOn('u1'));
        $this->assertFalse($action->runsOn('u2'));
        $this->assertTrue(GameAction::fromArray(['grant' => 'say hi', 'servers' => null])->runsOn('u2'), 'null: all of the template\'s servers');
    }

    public function testAnActionWithoutACommandOrWithMalformedServersIsRefused(): void
    {
        foreach ([['label' => 'x'], ['grant' => '  ', 'revoke' => null], ['grant' => 'say hi', 'servers' => 'u1'], ['grant' => 'say hi', 'servers' => [1]]] as $data) {
            try {
                GameAction::fromArray($data);
                $this->fail('took ' . json_encode($data));
            } catch (\InvalidArgumentException) {
                $this->addToAssertionCount(1);
            }
        }
    }
}
