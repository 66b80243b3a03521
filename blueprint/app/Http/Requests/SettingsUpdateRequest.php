<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

use Illuminate\Validation\Validator;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\IpRange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\GameUsernamePattern;

/** `PATCH /settings`: only the fields sent are checked and saved. */
class SettingsUpdateRequest extends AdminQueryRequest
{
    public const RULES = [
        Settings::GRACE_DAYS => 'required|integer|min:0|max:90',
        Settings::SECRET_OVERLAP_HOURS => 'required|integer|min:0|max:720',
        Settings::IP_ALLOWLIST => 'present|array|max:100',
        Settings::TRUSTED_PROXIES => 'present|array|max:100',
        Settings::RATE_LIMIT_PER_MINUTE => 'required|integer|min:1|max:1000000',
        Settings::EMAILS_PER_SERVER => 'required|boolean',
        Settings::DELETE_ACCOUNTS => 'required|boolean',
        Settings::RECONCILE_INTERVAL_MINUTES => 'required|integer|min:1|max:1440',
        Settings::HTTPS_ONLY => 'required|boolean',
        Settings::GAME_USERNAME_PATTERN => ['required', 'string', 'max:191'],
        Settings::BILLING_URL => ['present', 'nullable', 'string', 'max:500', 'url', 'regex:/^https?:\/\//i'],
    ];

    private const RANGE_LISTS = [Settings::IP_ALLOWLIST, Settings::TRUSTED_PROXIES];

    /** @return array<string, mixed> */
    public function rules(): array
    {
        return array_filter(self::RULES, fn ($key) => $this->has($key), ARRAY_FILTER_USE_KEY);
    }

    /** @return array<string, string> */
    public function messages(): array
    {
        $billing = 'The billing URL is the http(s) address of your Paymenter, e.g. https://billing.example.com.';

        return [Settings::BILLING_URL . '.url' => $billing, Settings::BILLING_URL . '.regex' => $billing];
    }

    /** Address lists are kept trimmed, without blanks or repeats; each entry must be an address or a CIDR range. */
    protected function prepareForValidation(): void
    {
        foreach (self::RANGE_LISTS as $list) {
            if (is_array($value = $this->input($list))) {
                $this->merge([$list => array_values(array_unique(array_filter(array_map(fn ($v) => is_scalar($v) ? trim((string) $v) : '', $value), fn ($v) => $v !== '')))]);
            }
        }
        if ($this->has(Settings::BILLING_URL) && is_string($url = $this->input(Settings::BILLING_URL)) && trim($url) === '') {
            $this->merge([Settings::BILLING_URL => null]);
        }
    }

    public function withValidator(Validator $validator): void
    {
        $validator->after(function (Validator $validator) {
            $pattern = $this->input(Settings::GAME_USERNAME_PATTERN);
            if ($this->has(Settings::GAME_USERNAME_PATTERN) && is_string($pattern) && !GameUsernamePattern::compiles($pattern)) {
                $validator->errors()->add(Settings::GAME_USERNAME_PATTERN, 'This is not a valid regular expression (PCRE, without delimiters), e.g. ^[A-Za-z0-9_]{3,16}$.');
            }
            foreach (self::RANGE_LISTS as $list) {
                foreach ((array) ($this->has($list) ? $this->input($list) : []) as $value) {
                    try {
                        IpRange::parse((string) $value);
                    } catch (\InvalidArgumentException $e) {
                        $validator->errors()->add($list, $e->getMessage());
                        break;
                    }
                }
            }
        });
    }
}
