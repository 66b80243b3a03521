<?php

namespace Tiergate\Tests\Unit\Webhooks;

use Illuminate\Http\Request;
use Tiergate\Tests\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\SourceAddress;

class SourceAddressTest extends TestCase
{
    private function request(string $peer, ?string $forwardedFor = null): Request
    {
        $server = ['REMOTE_ADDR' => $peer];
        if ($forwardedFor !== null) {
            $server['HTTP_X_FORWARDED_FOR'] = $forwardedFor;
        }

        return Request::create('/extensions/tiergate/webhook', 'POST', server: $server);
    }

    public function testWithoutTrustedProxiesTheForwardedHeaderIsIgnored(): void
    {
        $this->assertSame('198.51.100.9', (new SourceAddress())->resolve($this->request('198.51.100.9', '203.0.113.7'), []));
    }

    public function testAnUntrustedPeerCannotClaimAnotherAddress(): void
    {
        $this->assertSame('198.51.100.9', (new SourceAddress())->resolve($this->request('198.51.100.9', '203.0.113.7'), ['10.0.0.0/8']));
    }

    public function testBehindATrustedProxyTheClientIsTheFirstUntrustedHopFromTheRight(): void
    {
        $resolve = fn (string $xff) => (new SourceAddress())->resolve($this->request('10.0.0.2', $xff), ['10.0.0.0/8']);
        $this->assertSame('203.0.113.7', $resolve('203.0.113.7'));
        // A client-supplied first entry is not believed: the proxy appended the real peer after it.
        $this->assertSame('203.0.113.7', $resolve('6.6.6.6, 203.0.113.7'));
        $this->assertSame('203.0.113.7', $resolve('203.0.113.7, 10.0.0.5'));
    }

    public function testAGarbledForwardedHeaderFallsBackToThePeer(): void
    {
        $this->assertSame('10.0.0.2', (new SourceAddress())->resolve($this->request('10.0.0.2', 'bogus'), ['10.0.0.0/8']));
        $this->assertSame('10.0.0.2', (new SourceAddress())->resolve($this->request('10.0.0.2', '10.0.0.3'), ['10.0.0.0/8']));
    }
}
