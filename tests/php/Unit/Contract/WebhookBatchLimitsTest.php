<?php

namespace Tiergate\Tests\Unit\Contract;

use PHPUnit\Framework\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookBatch;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\SignatureVerifier;

/** contract/webhook-batch.json holds a batch's limits for both sides; the panel's PHP must keep to them. */
class WebhookBatchLimitsTest extends TestCase
{
    public function testThePanelTakesTheBatchesTheContractAllows(): void
    {
        $contract = json_decode(file_get_contents(dirname(__DIR__, 4) . '/contract/webhook-batch.json'), true, 4, JSON_THROW_ON_ERROR);

        $this->assertSame($contract['max_items'], WebhookBatch::MAX_ITEMS);
        $this->assertSame($contract['max_id_length'], SignatureVerifier::MAX_ID_LENGTH);
    }
}
