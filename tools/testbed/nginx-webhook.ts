/**
 * The nginx lines Tiergate recommends for its webhook route (README, "Overload"), as the test bed runs them (plus the
 * Host header's port, which Debian's fastcgi_params drops and the test bed's panel on :8080 needs).
 *
 * php-fpm's pool has 5 children and a listen backlog of 511; a burst beyond what it drains fills that backlog and
 * nginx answers 502 (connect() EAGAIN), which a sender cannot tell from a broken panel. Here nginx admits at most
 * WEBHOOK_CONNECTIONS webhook requests at once and answers the rest itself, in microseconds and without touching
 * PHP, with 503 + Retry-After (nothing stored); its own 502/504 on this route (php-fpm failed or timed out, perhaps
 * after storing) becomes the same 503, and the sender's retry of a stored delivery is answered as a duplicate.
 */
export const WEBHOOK_CONNECTIONS = 24;

export const webhookConnectionZone = 'limit_conn_zone $server_name zone=tiergate_webhook:1m;';

export function webhookLocations(fpmSocket: string): string {
    const busy = JSON.stringify({
        status: 'rejected',
        code: 'busy',
        reason: 'The panel is at capacity. Retry after Retry-After seconds with the same id and bytes (if it was stored, the retry is answered as a duplicate).',
    });
    return `        location = /extensions/tiergate/webhook {
            limit_conn tiergate_webhook ${WEBHOOK_CONNECTIONS};
            limit_conn_status 503;
            limit_conn_log_level warn;
            error_page 502 503 504 = @tiergate_busy;
            include /etc/nginx/fastcgi_params;
            fastcgi_param SCRIPT_FILENAME $document_root/index.php;
            fastcgi_param SCRIPT_NAME /index.php;
            fastcgi_param HTTP_HOST $http_host;
            fastcgi_param HTTP_PROXY "";
            fastcgi_pass unix:${fpmSocket};
        }
        location @tiergate_busy {
            default_type application/json;
            add_header Retry-After 1 always;
            return 503 '${busy}';
        }`;
}
