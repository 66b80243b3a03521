<?php

namespace Tiergate\Tests\Integration\Services\Notifications;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationSender;

/** A receiver in the test: records every try and answers from a script (by URL: up or down). */
class RecordingSender extends NotificationSender
{
    /** @var list<array{url: string, id: string, body: array}> */
    public array $tries = [];

    /** @var array<string, bool> url → whether it answers 2xx */
    public array $up = [];

    public function send(string $url, string $messageId, string $body, array $secrets, int $timestamp): array
    {
        $this->tries[] = ['url' => $url, 'id' => $messageId, 'body' => json_decode($body, true)];

        return ($this->up[$url] ?? true) ? ['status' => 204, 'error' => null] : ['status' => 503, 'error' => 'HTTP 503: down'];
    }

    /** @return list<string> "customer:after-state" per try to one URL, in order */
    public function seenBy(string $url): array
    {
        return array_values(array_map(
            fn ($t) => $t['body']['data']['subscriber']['id'] . ':' . $t['body']['data']['after']['state'],
            array_filter($this->tries, fn ($t) => $t['url'] === $url),
        ));
    }
}
