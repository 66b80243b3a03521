<?php

namespace Tiergate\Tests\Unit\Core;

use PHPUnit\Framework\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\BillingState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\DesiredAccess;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerSelector;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;

/** Which template a subscription gets: the product mapping, else the payload's tier hint (key, subscriber_<tier>, name). */
class TemplateHintTest extends TestCase
{
    private function template(string $key, string $name): Template
    {
        return new Template($key, $name, ServerSelector::fromArray(['mode' => 'all']), [], new \DateTimeImmutable());
    }

    private function state(string $product, ?string $hint): SubscriptionState
    {
        return new SubscriptionState('sub', 'cus', 'a@example.com', BillingState::Active, $product, $hint);
    }

    public function testTheMappingWinsThenTheHintByKeyByPrefixedKeyAndByName(): void
    {
        $byKey = ['subscriber_elemental' => $this->template('subscriber_elemental', 'Elemental'), 'legend' => $this->template('legend', 'Fire Legend')];
        $byProduct = ['fire-elemental' => $byKey['subscriber_elemental']];

        $this->assertSame('subscriber_elemental', DesiredAccess::templateFor($this->state('fire-elemental', 'legend'), $byProduct, $byKey)?->key);
        $this->assertSame('legend', DesiredAccess::templateFor($this->state('unmapped', 'legend'), $byProduct, $byKey)?->key);
        $this->assertSame('subscriber_elemental', DesiredAccess::templateFor($this->state('unmapped', 'elemental'), $byProduct, $byKey)?->key);
        $this->assertSame('legend', DesiredAccess::templateFor($this->state('unmapped', 'fire legend'), $byProduct, $byKey)?->key);
        $this->assertNull(DesiredAccess::templateFor($this->state('unmapped', 'sovereign'), $byProduct, $byKey));
        $this->assertNull(DesiredAccess::templateFor($this->state('unmapped', null), $byProduct, $byKey));
    }
}
