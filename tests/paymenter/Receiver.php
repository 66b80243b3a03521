<?php

namespace Tiergate\Tests\Paymenter;

/**
 * A stand-in panel on 127.0.0.1 (php -S) that records what it receives and answers the status the test
 * chooses; or nothing at all while it is stopped.
 */
final class Receiver
{
    private $process;
    public readonly string $dir;
    public readonly int $port;

    public function __construct()
    {
        $this->dir = sys_get_temp_dir() . '/tiergate-receiver-' . bin2hex(random_bytes(4));
        mkdir($this->dir);
        $socket = stream_socket_server('tcp://127.0.0.1:0');
        $this->port = (int) explode(':', stream_socket_get_name($socket, false))[1];
        fclose($socket);
        file_put_contents("{$this->dir}/router.php", <<<'PHP'
<?php
$dir = __DIR__;
$status = (int) (@file_get_contents("{$dir}/status") ?: 202);
file_put_contents("{$dir}/received.jsonl", json_encode(['headers' => getallheaders(), 'body' => file_get_contents('php://input'), 'status' => $status]) . "\n", FILE_APPEND | LOCK_EX);
http_response_code($status);
header('Content-Type: application/json');
echo json_encode(['status' => $status < 300 ? 'stored' : 'rejected', 'reason' => "receiver answered {$status}"]);
PHP);
    }

    public function url(): string
    {
        return "http://127.0.0.1:{$this->port}";
    }

    public function answer(int $status): void
    {
        file_put_contents("{$this->dir}/status", (string) $status);
    }

    public function start(): void
    {
        $this->process = proc_open(['php', '-S', "127.0.0.1:{$this->port}", "{$this->dir}/router.php"], [['pipe', 'r'], ['file', '/dev/null', 'w'], ['file', '/dev/null', 'w']], $pipes);
        for ($i = 0; $i < 50 && !@fsockopen('127.0.0.1', $this->port); ++$i) {
            usleep(50_000);
        }
    }

    public function stop(): void
    {
        if ($this->process) {
            proc_terminate($this->process);
            proc_close($this->process);
            $this->process = null;
        }
    }

    /** @return array<int, array{headers: array, body: string, status: int}> */
    public function received(): array
    {
        return array_map(fn ($l) => json_decode($l, true), array_filter(explode("\n", (string) @file_get_contents("{$this->dir}/received.jsonl"))));
    }
}
