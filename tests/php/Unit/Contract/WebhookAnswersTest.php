<?php

namespace Tiergate\Tests\Unit\Contract;

use Illuminate\Http\Request;
use Tiergate\Tests\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookRejected;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox\InboxWriter;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Webhook\WebhookController;

/**
 * contract/webhook-answers.json is the one list of the route's answers (TypeScript imports it). Every refusal the
 * PHP can build and every 2xx it can give must be in it with the same HTTP status, and nothing else may be. The
 * stored, duplicate and pong answers are checked end to end in Integration/Webhooks/WebhookProcessorTest.
 */
class WebhookAnswersTest extends TestCase
{
    public function testEveryRefusalThePanelCanGiveIsListedWithItsStatus(): void
    {
        $this->assertEquals(self::answers()['rejected'], self::refusalsInPhp());
    }

    /** `busy` comes from nginx (the README's overload lines), never from PHP: no code may mean both. */
    public function testTheWebServersRefusalsAreNotThePanels(): void
    {
        $this->assertSame([], array_intersect_key(self::answers()['rejected_by_nginx'], self::refusalsInPhp()));
    }

    public function testTheAcceptedAnswersAreTheInboxOutcomesPongAndBatch(): void
    {
        $accepted = self::answers()['accepted'];
        $this->assertSame(202, $accepted[InboxWriter::STORED]);
        $this->assertSame(200, $accepted[InboxWriter::DUPLICATE]);
        $this->assertEqualsCanonicalizing([InboxWriter::STORED, InboxWriter::DUPLICATE, 'pong', 'batch'], array_keys($accepted));
        $this->assertSame(200, $accepted['batch'], 'a batch is answered 200, its items inside it');
    }

    /** @return array<string, int> code => HTTP status, from every WebhookRejected factory and the controller's 405 */
    private static function refusalsInPhp(): array
    {
        $found = [];
        $factories = (new \ReflectionClass(WebhookRejected::class))->getMethods(\ReflectionMethod::IS_STATIC);
        foreach ($factories as $factory) {
            $args = array_map(fn (\ReflectionParameter $p) => match (($t = $p->getType()) instanceof \ReflectionNamedType ? $t->getName() : 'string') {
                'int' => 1,
                'array' => ['a reason'],
                default => 'x',
            }, $factory->getParameters());
            $rejection = $factory->invoke(null, ...$args);
            $found[$rejection->reasonCode] = $rejection->status;
        }
        $other = (new WebhookController())->otherMethod(Request::create('/extensions/tiergate/webhook', 'DELETE'));
        $found[$other->getData(true)['code']] = $other->getStatusCode();

        return $found;
    }

    private static function answers(): array
    {
        return json_decode(file_get_contents(dirname(__DIR__, 4) . '/contract/webhook-answers.json'), true, 8, JSON_THROW_ON_ERROR);
    }
}
