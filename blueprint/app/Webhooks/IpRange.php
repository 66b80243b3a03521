<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks;

/** An address or CIDR range (IPv4 or IPv6) from the admin's allowlist or trusted-proxy list. */
final class IpRange
{
    private function __construct(private string $network, private int $bits)
    {
    }

    public static function parse(string $text): self
    {
        [$address, $bits] = array_pad(explode('/', trim($text), 2), 2, null);
        $packed = @inet_pton((string) $address);
        $max = $packed === false ? 0 : strlen($packed) * 8;
        if ($packed === false || ($bits !== null && (!ctype_digit($bits) || (int) $bits > $max))) {
            throw new \InvalidArgumentException("\"{$text}\" is not an IP address or CIDR range (e.g. 203.0.113.7 or 203.0.113.0/24).");
        }

        return new self($packed, $bits === null ? $max : (int) $bits);
    }

    public function contains(string $ip): bool
    {
        $packed = @inet_pton($ip);
        if ($packed === false || strlen($packed) !== strlen($this->network)) {
            return false;
        }
        $bytes = intdiv($this->bits, 8);
        if (substr($packed, 0, $bytes) !== substr($this->network, 0, $bytes)) {
            return false;
        }
        $rest = $this->bits % 8;
        if ($rest === 0) {
            return true;
        }
        $mask = (0xFF << (8 - $rest)) & 0xFF;

        return (ord($packed[$bytes]) & $mask) === (ord($this->network[$bytes]) & $mask);
    }

    /** @param string[] $ranges */
    public static function anyContains(array $ranges, string $ip): bool
    {
        foreach ($ranges as $range) {
            if (self::parse($range)->contains($ip)) {
                return true;
            }
        }

        return false;
    }
}
