<?php

namespace Tiergate\Tests\Integration\Services\Notifications;

use GuzzleHttp\Client;
use Tiergate\Tests\IntegrationTestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationSender;

/** The sender the container builds keeps its own limits (a bare Guzzle client would wait forever and follow redirects). */
class NotificationSenderTest extends IntegrationTestCase
{
    public function testTheContainersSenderTimesOutAndNeitherFollowsRedirectsNorThrowsOnStatuses(): void
    {
        $sender = app(NotificationSender::class);
        $client = (new \ReflectionProperty(NotificationSender::class, 'client'))->getValue($sender);

        $this->assertInstanceOf(Client::class, $client);
        $this->assertSame(NotificationSender::TIMEOUT_SECONDS, $client->getConfig('timeout'));
        $this->assertFalse($client->getConfig('allow_redirects'));
        $this->assertFalse($client->getConfig('http_errors'));
    }
}
