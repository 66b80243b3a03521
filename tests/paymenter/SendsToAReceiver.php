<?php

namespace Tiergate\Tests\Paymenter;

use Illuminate\Support\Facades\Queue;

/** The extension pointed at a stand-in panel (Receiver) with a fresh secret; jobs are faked, not run. */
trait SendsToAReceiver
{
    private Receiver $receiver;
    private string $secret;

    private function startReceiver(): void
    {
        Queue::fake();
        $this->receiver = new Receiver();
        $this->secret = 'whsec_' . base64_encode(random_bytes(32));
        $this->pointAt($this->receiver->url(), $this->secret);
    }
}
