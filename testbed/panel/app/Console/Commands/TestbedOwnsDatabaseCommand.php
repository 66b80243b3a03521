<?php

namespace Pterodactyl\Console\Commands;

use Pterodactyl\Models\Node;
use Illuminate\Console\Command;
use Illuminate\Contracts\Encryption\DecryptException;

/**
 * Exits 1 when this instance's APP_KEY cannot read what the database holds encrypted (the nodes' Wings tokens): the
 * database was seeded by another checkout's test bed (a clean clone's CI run shares the server and its `panel`
 * database). Part of the double, not of Pterodactyl.
 */
class TestbedOwnsDatabaseCommand extends Command
{
    protected $signature = 'testbed:owns-database';

    protected $description = 'Check that this APP_KEY decrypts the seeded node tokens';

    public function handle(): int
    {
        foreach (Node::query()->get() as $node) {
            try {
                $node->getDecryptedKey();
            } catch (DecryptException) {
                $this->line("node {$node->name}: its token was encrypted under another APP_KEY");

                return 1;
            }
        }

        return 0;
    }
}
