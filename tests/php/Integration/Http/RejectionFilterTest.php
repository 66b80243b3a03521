<?php

namespace Tiergate\Tests\Integration\Http;

use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;

/** Refused deliveries get their own view (issue 12.7): filtered by status, code, words of the reason and time. */
class RejectionFilterTest extends AdminApiTestCase
{
    public function testFiltersByStatusReasonAndTime(): void
    {
        DB::table('tiergate_rejections')->delete();
        $at = CarbonImmutable::parse('2026-11-01T12:00:00Z');
        foreach ([[429, 'rate_limited', 'Too many requests', 0], [401, 'bad_signature', 'No v1 signature matches', 1], [429, 'rate_limited', 'Too many requests', 2], [422, 'invalid', 'data.customer.id is required', 3]] as [$status, $code, $reason, $hours]) {
            DB::table('tiergate_rejections')->insert(['status' => $status, 'code' => $code, 'reason' => $reason, 'source_ip' => '10.0.0.1', 'body_size' => 10, 'webhook_id' => null, 'created_at' => $at->addHours($hours)]);
        }
        $codes = fn (string $query) => array_column($this->api('GET', "/rejections{$query}")->assertOk()->json('data'), 'code');

        $this->assertSame(['invalid', 'rate_limited', 'bad_signature', 'rate_limited'], $codes(''));
        $this->assertSame(['rate_limited', 'rate_limited'], $codes('?status=429'));
        $this->assertSame(['bad_signature'], $codes('?reason=' . rawurlencode('v1 signature')));
        $this->assertSame(['invalid'], $codes('?code=invalid'));
        $this->assertSame(['rate_limited', 'bad_signature'], $codes('?since=2026-11-01T12:30:00Z&until=2026-11-01T14:30:00Z'));
        $this->api('GET', '/rejections?status=abc')->assertStatus(422)->assertJsonStructure(['errors' => ['status']]);
    }
}
