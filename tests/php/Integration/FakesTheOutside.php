<?php

namespace Tiergate\Tests\Integration;

use Illuminate\Support\Facades\Queue;
use Illuminate\Support\Facades\Notification;
use Pterodactyl\Repositories\Wings\DaemonServerRepository;

/** A reconcile with nothing outside the panel's database: mail and the queue faked, Wings taking every revocation. */
trait FakesTheOutside
{
    protected function fakeTheOutside(bool $withDemoTiers = true): void
    {
        Notification::fake();
        Queue::fake();
        $daemon = \Mockery::mock(DaemonServerRepository::class);
        $daemon->allows('setServer')->andReturnSelf();
        $daemon->allows('revokeUserJTI');
        $this->app->instance(DaemonServerRepository::class, $daemon);
        if ($withDemoTiers) {
            DemoTiers::import();
        }
    }
}
