<?php

namespace Pterodactyl\Console;

use Illuminate\Console\Scheduling\Schedule;
use Illuminate\Foundation\Console\Kernel as ConsoleKernel;

class Kernel extends ConsoleKernel
{
    protected function commands(): void
    {
        // Recursive, so the commands Blueprint generates in Commands/BlueprintFramework/Extensions/<Id>/ load too.
        $this->load(__DIR__ . '/Commands');
    }

    protected function schedule(Schedule $schedule): void
    {
        // What Blueprint's GetExtensionSchedules does: each extension's generated schedules file, $schedule in scope.
        foreach (glob(app_path('BlueprintFramework/Schedules/*Schedules.php')) as $file) {
            require $file;
        }
    }
}
