<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ReconcileResult;

/** What an admin's action did (contract/admin.ts ActionResultWire): one sentence, then each change with its outcome. */
class ActionResultTransformer
{
    /** @return array{message: string, changes: string[]} */
    public function reconciled(string $message, ReconcileResult $result): array
    {
        return [
            'message' => $message . ' ' . (count($result->plan) === 0 ? 'Nothing needed changing.' : count($result->plan) . ' change(s).'),
            'changes' => array_map(fn (PlannedChange $c) => $c->describe() . ' (' . ($result->outcomes[$c->serverId] ?? 'planned') . ')', $result->plan),
        ];
    }

    /** @return array{message: string, changes: string[]} */
    public function message(string $message): array
    {
        return ['message' => $message, 'changes' => []];
    }
}
