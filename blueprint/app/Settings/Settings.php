<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings;

use Illuminate\Support\Facades\DB;
use Illuminate\Contracts\Encryption\StringEncrypter;
use Illuminate\Contracts\Encryption\DecryptException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\GameUsernamePattern;

/**
 * Tiergate's own settings in `tiergate_settings`. Values are JSON; secrets go through the panel's encrypter
 * (APP_KEY), so a database dump alone does not reveal them. Config is cached on Blueprint panels, so
 * nothing here is read from env().
 */
class Settings
{
    public const WEBHOOK_SECRET = 'webhook_secret';
    public const WEBHOOK_PREVIOUS_SECRET = 'webhook_previous_secret';
    public const WEBHOOK_PREVIOUS_SECRET_UNTIL = 'webhook_previous_secret_until';
    public const SECRET_OVERLAP_HOURS = 'secret_overlap_hours';
    public const IP_ALLOWLIST = 'ip_allowlist';
    public const TRUSTED_PROXIES = 'trusted_proxies';
    public const RATE_LIMIT_PER_MINUTE = 'rate_limit_per_minute';
    public const LAST_CONTACT_AT = 'last_contact_at';
    public const GRACE_DAYS = 'grace_days';
    public const EMAILS_PER_SERVER = 'emails_per_server';
    public const DELETE_ACCOUNTS = 'delete_accounts_on_termination';
    public const RECONCILE_INTERVAL_MINUTES = 'reconcile_interval_minutes';
    public const LAST_FULL_RECONCILE_AT = 'last_full_reconcile_at';
    /** `shadow` or `live`; unset on a fresh install, which is shadow. */
    public const APPLY_MODE = 'apply_mode';
    /** null, or who paused, when and why. */
    public const PAUSED = 'paused';
    /** Refuse deliveries that did not arrive over HTTPS; unset means "when APP_URL is https". */
    public const HTTPS_ONLY = 'https_only';
    public const WEBHOOK_URL_COPIED_AT = 'webhook_url_copied_at';
    /** When an admin first applied one subscriber by hand in shadow mode. */
    public const SHADOW_REVIEWED_AT = 'shadow_reviewed_at';
    /** The last signed ping that was not the panel's own self-test (LAST_CONTACT_AT is Paymenter's "Test connection"). */
    public const LAST_SELF_TEST_AT = 'last_self_test_at';
    /** Paymenter's address for subscribers: the dashboard banner links there to pay (null: no link). */
    public const BILLING_URL = 'billing_url';
    /** Outbound notifications (Services\Notifications): receiver URLs and the secret Tiergate signs them with. */
    public const NOTIFICATION_URLS = 'notification_urls';
    public const NOTIFICATION_SECRET = 'notification_secret';
    public const NOTIFICATION_PREVIOUS_SECRET = 'notification_previous_secret';
    public const NOTIFICATION_PREVIOUS_SECRET_UNTIL = 'notification_previous_secret_until';
    /** Which in-game names the webhook takes (Contract\GameUsernamePattern); Java edition names by default. */
    public const GAME_USERNAME_PATTERN = 'game_username_pattern';
    /** How long an in-game command may wait for its server (offline, Wings unreachable) before the subscriber needs attention. */
    public const GAME_COMMAND_ATTENTION_AFTER_MINUTES = 'game_command_attention_after_minutes';

    public const DEFAULTS = [
        self::SECRET_OVERLAP_HOURS => 24,
        self::IP_ALLOWLIST => [],
        self::TRUSTED_PROXIES => [],
        self::RATE_LIMIT_PER_MINUTE => 600,
        self::GRACE_DAYS => 7,
        self::EMAILS_PER_SERVER => false,
        self::DELETE_ACCOUNTS => false,
        self::RECONCILE_INTERVAL_MINUTES => 15,
        self::NOTIFICATION_URLS => [],
        self::GAME_USERNAME_PATTERN => GameUsernamePattern::DEFAULT,
        self::GAME_COMMAND_ATTENTION_AFTER_MINUTES => 60,
    ];

    private const ENCRYPTED = [self::WEBHOOK_SECRET, self::WEBHOOK_PREVIOUS_SECRET, self::NOTIFICATION_SECRET, self::NOTIFICATION_PREVIOUS_SECRET];

    /** @var array<string, string>|null all rows, read once per instance (one per request or job) */
    private ?array $rows = null;

    public function __construct(private StringEncrypter $encrypter)
    {
    }

    public function get(string $key): mixed
    {
        $this->rows ??= DB::table('tiergate_settings')->pluck('value', 'key')->all();
        $raw = $this->rows[$key] ?? null;
        if ($raw === null) {
            return self::DEFAULTS[$key] ?? null;
        }

        if (!in_array($key, self::ENCRYPTED, true)) {
            return json_decode($raw, true);
        }
        try {
            return json_decode($this->encrypter->decryptString($raw), true);
        } catch (DecryptException $e) {
            // Stored under another APP_KEY (a restored dump, a moved database): unusable, so treated as unset,
            // which makes the webhook say "no secret configured" and tiergate:secret able to set a new one.
            report($e);

            return null;
        }
    }

    public function set(string $key, mixed $value): void
    {
        $this->rows = null;
        if ($value === null) {
            DB::table('tiergate_settings')->where('key', $key)->delete();

            return;
        }

        $json = json_encode($value, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES);
        $now = now();
        DB::table('tiergate_settings')->upsert(
            [['key' => $key, 'value' => in_array($key, self::ENCRYPTED, true) ? $this->encrypter->encryptString($json) : $json, 'created_at' => $now, 'updated_at' => $now]],
            ['key'],
            ['value', 'updated_at'],
        );
    }

    /** HTTPS only: the admin's choice, else on exactly when the panel's own URL is https. */
    public function httpsOnly(): bool
    {
        $set = $this->get(self::HTTPS_ONLY);

        return $set === null ? str_starts_with(strtolower((string) config('app.url')), 'https://') : (bool) $set;
    }
}
