#!/usr/bin/env bash
# Starts the built app (`next build` must have run) on a fresh test database.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p tests/.tmp
# One database per port, so two runs on different ports never share (or delete) a file.
DB="tests/.tmp/e2e-${E2E_PORT:-3100}.db"
rm -f "$DB" "$DB-wal" "$DB-shm"
export DATABASE_ENV=test
export DATABASE_URL="file:$DB"
export PORT="${E2E_PORT:-3100}"
export APP_URL="http://127.0.0.1:${PORT}"
# A throwaway secret per run: sessions of one run never outlive it.
export NEXTAUTH_SECRET="$(node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64'))")"

# AI-drafted questions talk to the fake OpenAI-compatible endpoint the ai-drafts spec starts
# (tests/e2e/fake-ai-server.ts) on E2E_PORT + 1000; other specs never call it.
export AI_BASE_URL="http://127.0.0.1:$((PORT + 1000))/v1"
export AI_MODEL="e2e-fake-model"
export AI_API_KEY="e2e-not-a-secret"

exec npm start -- -H 127.0.0.1 -p "$PORT"
