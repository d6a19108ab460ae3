#!/usr/bin/env bash
# Runs CampaignBridge on this machine: Azurite (storage, in memory), the Genesys Cloud emulator on
# http://127.0.0.1:5080, and the Function App under Azure Functions Core Tools v4 (`func start`).
# Everything listens on 127.0.0.1 only. Ctrl+C (or any failure) stops what this script started.
#
#   scripts/run-local.sh            start everything, then `func start` in the foreground
#
# Needs: the .NET 10 SDK, Node 20 with `npm ci` run at the repository root (installs Azurite), and Core Tools v4.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

readonly azurite="$root/node_modules/.bin/azurite"
readonly app_dir="$root/src/CampaignBridge.Functions"
readonly emulator_project="$root/tests/GenesysCloud.Emulator"
readonly emulator_url="http://127.0.0.1:5080"
readonly storage_ports=(10000 10001 10002)
readonly emulator_port=5080
logs="$(mktemp -d "${TMPDIR:-/tmp}/campaignbridge-local.XXXXXX")"
readonly logs

started_pids=()

say() { printf '[run-local] %s\n' "$*"; }
fail() { printf '[run-local] error: %s\n' "$*" >&2; exit 1; }

# Each helper runs in its own session (setsid), so stopping its process group also stops its children
# (dotnet run starts the emulator as a child process). Only the groups this script started are signalled.
cleanup() {
  local pid
  for pid in "${started_pids[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${started_pids[@]}"; do
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  if [ "${#started_pids[@]}" -gt 0 ]; then
    say "stopped Azurite and the emulator (logs: $logs)"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() {
  local port=$1 name=$2 seconds=$3 pid=$4 log=$5
  for _ in $(seq 1 $((seconds * 10))); do
    listening "$port" && return 0
    kill -0 "$pid" 2>/dev/null || fail "$name exited before listening on $port; see $log"
    sleep 0.1
  done
  fail "$name did not listen on 127.0.0.1:$port within ${seconds}s; see $log"
}

# --- checks before starting anything ---------------------------------------------------------------
command -v node >/dev/null || fail "node is not installed (Node 20 is needed for Azurite)"
command -v dotnet >/dev/null || fail "dotnet is not installed (the .NET 10 SDK is needed)"
[ -e "$azurite" ] || fail "Azurite is not installed: run 'npm ci' in $root"
for port in "${storage_ports[@]}" "$emulator_port"; do
  listening "$port" && fail "127.0.0.1:$port is already in use; stop whatever listens there (another Azurite or emulator?) and retry"
done

# --- Azurite: blob 10000, queue 10001, table 10002 (UseDevelopmentStorage=true) -----------------------
say "starting Azurite (in memory) on 127.0.0.1:10000-10002"
setsid node "$azurite" --silent --disableTelemetry --skipApiVersionCheck --inMemoryPersistence \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
  >"$logs/azurite.log" 2>&1 </dev/null &
started_pids+=("$!")
for port in "${storage_ports[@]}"; do
  wait_for_port "$port" "Azurite" 30 "${started_pids[-1]}" "$logs/azurite.log"
done

# --- Genesys Cloud emulator ---------------------------------------------------------------------------
say "starting the Genesys Cloud emulator on $emulator_url (builds on first run)"
setsid dotnet run --project "$emulator_project" -- --urls "$emulator_url" \
  >"$logs/emulator.log" 2>&1 </dev/null &
started_pids+=("$!")
wait_for_port "$emulator_port" "The emulator" 180 "${started_pids[-1]}" "$logs/emulator.log"

# --- local.settings.json ------------------------------------------------------------------------------
if [ ! -f "$app_dir/local.settings.json" ]; then
  cp "$root/local.settings.sample.json" "$app_dir/local.settings.json"
  say "created src/CampaignBridge.Functions/local.settings.json from local.settings.sample.json"
fi

say "Azurite and the emulator are up (logs in $logs)"

# --- the Function App ---------------------------------------------------------------------------------
if ! command -v func >/dev/null; then
  cat >&2 <<'GUIDANCE'
[run-local] Azure Functions Core Tools v4 ('func') is not installed, so the Function App cannot start.
Install it, then run this script again:
  - npm:    npm install --global azure-functions-core-tools@4 --unsafe-perm true
            (its install step downloads the tools from cdn.functions.azure.com, so it needs internet access)
  - Debian/Ubuntu: add Microsoft's package repository (https://packages.microsoft.com), then
            sudo apt-get install azure-functions-core-tools-4
  - macOS:  brew tap azure/functions && brew install azure-functions-core-tools@4
  - Windows: winget install Microsoft.Azure.FunctionsCoreTools
Docs: https://learn.microsoft.com/azure/azure-functions/functions-run-local
GUIDANCE
  exit 1
fi

func_version="$(func --version 2>/dev/null || true)"
case "$func_version" in
  4.*) ;;
  *) fail "Azure Functions Core Tools v4 is needed; 'func --version' says '${func_version:-nothing}'" ;;
esac

say "starting the Function App with Core Tools $func_version (Ctrl+C stops everything)"
cd "$app_dir"
func start
