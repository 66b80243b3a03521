<?php

namespace Tiergate\Tests\Paymenter;

/**
 * A stand-in panel on 127.0.0.1 (php -S) that records what it receives and answers the status the test
 * chooses; or nothing at all while it is stopped. A batch envelope is answered per item, as the panel does.
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
usleep(1000 * (int) @file_get_contents("{$dir}/delay_ms"));
$status = (int) (@file_get_contents("{$dir}/status") ?: 202);
$body = file_get_contents('php://input');
$decoded = json_decode($body, true);
$batch = is_array($decoded) ? ($decoded['batch'] ?? null) : null;
if (is_array($batch)) {
    // A batch: refused as a whole with the scripted status, or answered per item (stored unless scripted).
    $status = (int) (@file_get_contents("{$dir}/batch_status") ?: ($status < 300 ? 200 : $status));
    $items = json_decode((string) @file_get_contents("{$dir}/items.json"), true) ?: [];
    $answer = @file_get_contents("{$dir}/batch_answer");
    if ($status === 200 && $answer === false) {
        $answer = json_encode(['status' => 'batch', 'results' => array_map(fn ($item) => ['id' => $item['id']] + ($items[$item['id']] ?? ['status' => 'stored']), $batch)]);
    }
}
file_put_contents("{$dir}/received.jsonl", json_encode(['headers' => getallheaders(), 'body' => $body, 'status' => $status]) . "\n", FILE_APPEND | LOCK_EX);
http_response_code($status);
header('Content-Type: application/json');
echo is_string($answer ?? null) ? $answer : json_encode(['status' => $status < 300 ? 'stored' : 'rejected', 'reason' => "receiver answered {$status}"]);
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

    /** How a batch envelope is answered when it is not the status of answer(): e.g. 422, as a panel that cannot read batches. */
    public function answerBatches(int $status): void
    {
        file_put_contents("{$this->dir}/batch_status", (string) $status);
    }

    /** A batch's 200 answer for one item, e.g. ['status' => 'duplicate'] or ['status' => 'rejected', 'http_status' => 422, …]. */
    public function answerItem(string $webhookId, array $result): void
    {
        $items = json_decode((string) @file_get_contents("{$this->dir}/items.json"), true) ?: [];
        file_put_contents("{$this->dir}/items.json", json_encode([$webhookId => $result] + $items));
    }

    /** The exact body of a batch's 200 answer, whatever was sent. */
    public function answerBatchesWithBody(string $body): void
    {
        file_put_contents("{$this->dir}/batch_answer", $body);
    }

    public function answerAfter(int $milliseconds): void
    {
        file_put_contents("{$this->dir}/delay_ms", (string) $milliseconds);
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
        return array_values(array_map(fn ($l) => json_decode($l, true), array_filter(explode("\n", (string) @file_get_contents("{$this->dir}/received.jsonl")))));
    }

    /** @return list<list<string>> the webhook ids each request carried: a batch's item ids, or a single delivery's own */
    public function deliveredIds(): array
    {
        return array_map(function (array $request) {
            $batch = json_decode($request['body'], true)['batch'] ?? null;

            return is_array($batch) ? array_column($batch, 'id') : [array_change_key_case($request['headers'])['webhook-id']];
        }, $this->received());
    }
}
