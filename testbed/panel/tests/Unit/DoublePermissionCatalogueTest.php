<?php

namespace Pterodactyl\Tests\Unit;

use PHPUnit\Framework\TestCase;
use Pterodactyl\Models\Permission;

/** The double's permission catalogue holds exactly Pterodactyl 1.11.8's groups and keys. */
class DoublePermissionCatalogueTest extends TestCase
{
    public function testCatalogueIsThePanels(): void
    {
        $keys = Permission::permissions()->flatMap(fn (array $group, string $name) => array_map(fn ($key) => "{$name}.{$key}", array_keys($group['keys'])))->values()->all();

        $this->assertSame(['websocket', 'control', 'user', 'file', 'backup', 'allocation', 'startup', 'database', 'schedule', 'settings', 'activity'], Permission::permissions()->keys()->all());
        $this->assertCount(40, $keys);
        foreach (['websocket.connect', 'control.console', 'file.read-content', 'file.sftp', 'startup.docker-image', 'database.view_password', 'settings.reinstall', 'activity.read'] as $key) {
            $this->assertContains($key, $keys);
        }
    }
}
