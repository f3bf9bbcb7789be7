#!/usr/bin/env bash
# Runs the web sample as the README does (its SQLite file in the app's folder, created on first run) on a free port of
# 127.0.0.1, logs an incident over HTTP, reads it back and reads the OpenAPI description; fails if any answer is wrong.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
dotnet run -c Release --no-build --project samples/Itsm.Samples.WebApi -- --urls http://127.0.0.1:0 > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2> /dev/null || true; wait $pid 2> /dev/null || true; rm -f "$log"' EXIT

url=""
for _ in $(seq 1 120); do
  url=$(grep -oE 'Now listening on: http://127\.0\.0\.1:[0-9]+' "$log" | head -1 | sed 's/Now listening on: //' || true)
  [ -n "$url" ] && break
  kill -0 $pid 2> /dev/null || { cat "$log" >&2; echo "error: the web sample exited" >&2; exit 1; }
  sleep 0.5
done
[ -n "$url" ] || { cat "$log" >&2; echo "error: the web sample did not start listening" >&2; exit 1; }

id="INC-SMOKE-$RANDOM$RANDOM"
created=$(curl -sS -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H 'X-Actor: zhang.min' \
  -d "{\"id\":\"$id\",\"caller\":\"Acme\",\"service\":\"email\",\"category\":\"email\",\"impact\":1,\"urgency\":2}" "$url/incidents")
[ "$created" = "201" ] || { echo "error: POST /incidents answered $created" >&2; cat "$log" >&2; exit 1; }
body=$(curl -sSf "$url/incidents/$id")
grep -q '"state":"New"' <<< "$body" || { echo "error: GET /incidents/$id did not show the new incident: $body" >&2; exit 1; }
openapi=$(curl -sSf "$url/openapi/v1.json")
grep -q '"/incidents/{id}/resolve"' <<< "$openapi" || { echo "error: the OpenAPI description lacks /incidents/{id}/resolve" >&2; exit 1; }
test -f samples/Itsm.Samples.WebApi/bin/Release/net10.0/itsm.db || { echo "error: no SQLite file in the app's folder" >&2; exit 1; }
echo "Web sample: $url logged $id, read it back and described its API"
