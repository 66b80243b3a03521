#!/bin/bash
# Run by Blueprint (as the web user) on every install, including the reinstall that follows a Blueprint
# or panel upgrade, before migrations run. It must therefore be idempotent and must not touch our tables.
set -euo pipefail

panel="${PTERODACTYL_DIRECTORY:-$(pwd)}"

php_ok=$(php -r 'echo version_compare(PHP_VERSION, "8.1.0", ">=") ? "yes" : "no";')
if [ "$php_ok" != "yes" ]; then
    echo "Tiergate: PHP 8.1 or newer is required (found $(php -r 'echo PHP_VERSION;'))." >&2
    exit 1
fi

queue=$(grep -E '^QUEUE_CONNECTION=' "$panel/.env" 2>/dev/null | cut -d= -f2- || true)
if [ "${queue:-sync}" = "sync" ]; then
    echo "Tiergate: warning: QUEUE_CONNECTION is 'sync'; events will be applied inside the webhook request."
    echo "          Run the panel's queue worker (pteroq) with QUEUE_CONNECTION=redis for prompt, retried processing."
fi

echo "Tiergate ${EXTENSION_VERSION:-} installed."
echo "Next: open Admin → Extensions → Tiergate, generate the webhook secret and paste it into the Paymenter extension."
