<?php

namespace Tiergate\Tests\Unit\Webhooks;

use Tiergate\Tests\TestCase;
use PHPUnit\Framework\Attributes\DataProvider;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\IpRange;

class IpRangeTest extends TestCase
{
    public static function memberships(): array
    {
        return [
            ['203.0.113.7', '203.0.113.7', true],
            ['203.0.113.7', '203.0.113.8', false],
            ['203.0.113.0/24', '203.0.113.255', true],
            ['203.0.113.0/24', '203.0.114.1', false],
            ['10.0.0.0/8', '10.200.3.4', true],
            ['172.16.0.0/12', '172.31.255.255', true],
            ['172.16.0.0/12', '172.32.0.1', false],
            ['0.0.0.0/0', '198.51.100.1', true],
            ['2001:db8::/32', '2001:db8:ffff::1', true],
            ['2001:db8::/32', '2001:db9::1', false],
            ['203.0.113.0/24', '::ffff:203.0.113.1', false],
            ['203.0.113.0/24', 'not-an-ip', false],
        ];
    }

    #[DataProvider('memberships')]
    public function testMembership(string $range, string $ip, bool $expected): void
    {
        $this->assertSame($expected, IpRange::parse($range)->contains($ip));
    }

    public function testAnUnreadableRangeSaysWhatItExpects(): void
    {
        foreach (['example.com', '10.0.0.0/33', '10.0.0.0/x', '::1/129'] as $bad) {
            try {
                IpRange::parse($bad);
                $this->fail("{$bad} was accepted");
            } catch (\InvalidArgumentException $e) {
                $this->assertStringContainsString('CIDR', $e->getMessage());
            }
        }
    }
}
