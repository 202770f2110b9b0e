#!/usr/bin/env bash
# Throughput of the HTTP client (hedgecone llm generate/embed --endpoint) against the loopback simulator server
# (hedgecone llm serve --sim) at concurrency 1, 8 and 32; server latency 0 ms and 20 ms per request.
# Everything runs on 127.0.0.1; the servers stop when this script ends (and after 600 s at most in any case).
# Usage: llm-bridge/scripts/throughput.sh   (from anywhere; builds the CLI jar on first use via ./hedgecone)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
hc="$root/hedgecone"
tmp="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"' EXIT
prompt="$(printf 'item: action=0.70 comedy=0.20 drama=0.50 romance=0.10 horror=0.00 scifi=0.90 animation=0.30 documentary=0.05\nedit: increase comedy by 0.30')"
"$hc" llm models --sim >/dev/null # builds the jar once, before any timing
for lat in 0 20; do
  "$hc" llm serve --sim --latency-ms "$lat" --seconds 600 >"$tmp/url.$lat" 2>/dev/null &
  pids+=($!)
  for _ in $(seq 100); do [ -s "$tmp/url.$lat" ] && break; sleep 0.1; done
  url="$(head -1 "$tmp/url.$lat")"
  requests=$([ "$lat" = 0 ] && echo 3000 || echo 960)
  for c in 1 8 32; do
    echo "generate, server latency $lat ms, load $(cut -d' ' -f1 /proc/loadavg):"
    "$hc" llm generate --endpoint "$url" --model hedgecone-sim --requests "$requests" --concurrency "$c" "$prompt" 2>&1 >/dev/null | tail -1
  done
  if [ "$lat" = 0 ]; then
    for c in 1 8 32; do
      echo "embed (16 texts per request), server latency 0 ms, load $(cut -d' ' -f1 /proc/loadavg):"
      "$hc" llm embed --endpoint "$url" --model hedgecone-sim --dimension 16 --requests 1000 --concurrency "$c" \
        a b c d e f g h i j k l m n o p 2>&1 >/dev/null | tail -1
    done
  fi
done
