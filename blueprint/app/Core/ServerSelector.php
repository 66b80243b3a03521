<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/**
 * Which servers a role template covers. `all` means the servers that existed when the template was saved;
 * `all_including_future` also takes every server created later (picked up by the scheduled reconcile);
 * `match` takes the union of the listed servers, nodes, locations, nests, eggs and owners. Exclusions win.
 */
final class ServerSelector
{
    public const ALL = 'all';
    public const ALL_INCLUDING_FUTURE = 'all_including_future';
    public const MATCH = 'match';

    private const LISTS = ['servers', 'nodes', 'locations', 'nests', 'eggs', 'owners', 'exclude'];

    /**
     * @param self::ALL|self::ALL_INCLUDING_FUTURE|self::MATCH $mode
     * @param array<string, int[]> $lists
     */
    private function __construct(public readonly string $mode, private array $lists)
    {
    }

    /** @param array<string, mixed> $data */
    public static function fromArray(array $data): self
    {
        $mode = $data['mode'] ?? null;
        if (!in_array($mode, [self::ALL, self::ALL_INCLUDING_FUTURE, self::MATCH], true)) {
            throw new \InvalidArgumentException('A server selector needs a mode: all, all_including_future or match.');
        }
        $lists = [];
        foreach (self::LISTS as $name) {
            $values = $data[$name] ?? [];
            if (!is_array($values) || array_filter($values, fn ($v) => !is_int($v) || $v < 1) !== []) {
                throw new \InvalidArgumentException("The selector's {$name} must be a list of panel ids.");
            }
            $lists[$name] = array_values(array_unique($values));
        }

        return new self($mode, $lists);
    }

    /** @return array<string, string|int[]> */
    public function toArray(): array
    {
        return ['mode' => $this->mode] + array_filter($this->lists);
    }

    public function matches(ServerFacts $server, \DateTimeImmutable $savedAt): bool
    {
        if (in_array($server->id, $this->lists['exclude'], true)) {
            return false;
        }

        return match ($this->mode) {
            self::ALL_INCLUDING_FUTURE => true,
            self::ALL => $server->createdAt <= $savedAt,
            self::MATCH => in_array($server->id, $this->lists['servers'], true)
                || in_array($server->nodeId, $this->lists['nodes'], true)
                || in_array($server->locationId, $this->lists['locations'], true)
                || in_array($server->nestId, $this->lists['nests'], true)
                || in_array($server->eggId, $this->lists['eggs'], true)
                || in_array($server->ownerId, $this->lists['owners'], true),
        };
    }
}
