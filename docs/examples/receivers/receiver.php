<?php
// A songloom callback receiver for PHP 7.4+ behind PHP-FPM (or `php -S 127.0.0.1:8787 receiver.php`).
//   SONGLOOM_WEBHOOK_SECRET=whsec_... (several separated by commas while rotating)
// It verifies the Standard Webhooks signature, answers 200 at once, skips a webhook-id it has
// already accepted (retries and redeliveries reuse it) and does the work after the response.

const TOLERANCE_S = 300;

function secrets(): array {
    return array_values(array_filter(preg_split('/[\s,]+/', getenv('SONGLOOM_WEBHOOK_SECRET') ?: '')));
}

/** True when one v1 signature of the header matches one of our secrets. */
function verify(string $id, string $timestamp, string $signatureHeader, string $body): bool {
    if ($id === '' || !ctype_digit($timestamp)) return false;
    if (abs(time() - (int) $timestamp) > TOLERANCE_S) return false;
    foreach (secrets() as $secret) {
        $key = base64_decode(strpos($secret, 'whsec_') === 0 ? substr($secret, 6) : $secret, true);
        if ($key === false) continue;
        $expected = base64_encode(hash_hmac('sha256', "$id.$timestamp.$body", $key, true));
        foreach (explode(' ', $signatureHeader) as $entry) {
            [$version, $value] = array_pad(explode(',', $entry, 2), 2, '');
            if ($version === 'v1' && hash_equals($expected, $value)) return true;
        }
    }
    return false;
}

/** Records the id; false when it was already there. A file per id, created atomically ('x' mode). */
function firstTime(string $id): bool {
    $dir = sys_get_temp_dir() . '/songloom-webhooks';
    if (!is_dir($dir)) @mkdir($dir, 0700, true);
    $handle = @fopen($dir . '/' . hash('sha256', $id), 'x');
    if ($handle === false) return false;
    fclose($handle);
    return true;
}

/** The actual work, after the 200 went out. */
function handle(string $id, array $payload): void {
    $data = $payload['data'];
    if ($data['callbackType'] === 'error') {
        error_log("processed $id error {$data['task_id']} code={$payload['code']} {$payload['msg']}");
        return;
    }
    $tracks = $data['data'] ?? [];
    $ready = count(array_filter($tracks, fn ($t) => ($t['audio_url'] ?? '') !== ''));
    error_log("processed $id {$data['callbackType']} {$data['task_id']} tracks=" . count($tracks) . " ready=$ready");
}

if (empty(secrets())) {
    http_response_code(500);
    exit('set SONGLOOM_WEBHOOK_SECRET');
}
if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    exit;
}
$body = file_get_contents('php://input');
$id = $_SERVER['HTTP_WEBHOOK_ID'] ?? '';
if (!verify($id, $_SERVER['HTTP_WEBHOOK_TIMESTAMP'] ?? '', $_SERVER['HTTP_WEBHOOK_SIGNATURE'] ?? '', $body)) {
    http_response_code(401);
    header('content-type: application/json');
    exit('{"ok":false}');
}
$fresh = firstTime($id);
http_response_code(200);
header('content-type: application/json');
echo json_encode(['ok' => true, 'duplicate' => !$fresh]);
if (!$fresh) exit;
// Send the response now and keep working (PHP-FPM); elsewhere the work simply runs before the end.
if (function_exists('fastcgi_finish_request')) fastcgi_finish_request();
else flush();
handle($id, json_decode($body, true));
