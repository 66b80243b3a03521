<?php

namespace Paymenter\Extensions\Servers\Tiergate\Console;

use Illuminate\Console\Command;
use Paymenter\Extensions\Servers\Tiergate\Delivery\OutboxSweeper;

class SweepOutboxCommand extends Command
{
    protected $signature = 'tiergate:outbox-sweep';

    protected $description = 'Re-queue Tiergate outbox events whose delivery is overdue';

    public function handle(OutboxSweeper $sweeper): int
    {
        $this->info('Re-queued ' . $sweeper->sweep() . ' service(s).');

        return 0;
    }
}
