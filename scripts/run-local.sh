#!/usr/bin/env bash
# Runs CampaignBridge on this machine with nothing but the .NET 10 SDK and Node 20 installed beforehand:
#   1. installs what it needs itself: `npm ci` (Azurite, and Azure Functions Core Tools v4 as an optional npm
#      dependency; Core Tools' own install step downloads the tools from cdn.functions.azure.com, and npm skips it
#      where that host cannot be reached), and builds the Genesys Cloud and Salesforce emulators;
#   2. starts Azurite (storage, in memory), the Genesys Cloud emulator (its dialer calls the contacts of a started
#      campaign) and the Salesforce emulator (the org the way back logs calls in) on 127.0.0.1, and checks that each
#      answers, both emulators with the sample settings' OAuth clients;
#   3. runs the Function App with `func start` in the foreground, or, where Core Tools cannot be had, says exactly
#      that and what to install, and exits 3.
# Whatever it started is stopped when it exits (Ctrl+C, a failure, or the end). Everything listens on 127.0.0.1 only.
#
#   scripts/run-local.sh            everything, then `func start` (Ctrl+C stops all)
#   scripts/run-local.sh --check    everything up to `func start`, then stop: exit 0 when Core Tools is there, 3 when not
#
# Ports (defaults match local.settings.sample.json; other values are passed to the app as settings):
#   CAMPAIGNBRIDGE_STORAGE_PORTS=10000,10001,10002   Azurite blob,queue,table
#   CAMPAIGNBRIDGE_EMULATOR_PORT=5080                 Genesys Cloud emulator
#   CAMPAIGNBRIDGE_SALESFORCE_PORT=5090               Salesforce emulator
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

check_only=false
case "${1:-}" in
  --check) check_only=true ;;
  "") ;;
  *) printf 'usage: %s [--check]\n' "$0" >&2; exit 2 ;;
esac

readonly azurite="$root/node_modules/.bin/azurite"
readonly app_dir="$root/src/CampaignBridge.Functions"
readonly emulator_project="$root/tests/GenesysCloud.Emulator/GenesysCloud.Emulator.csproj"
readonly emulator_dll="$root/tests/GenesysCloud.Emulator/bin/Debug/net10.0/GenesysCloud.Emulator.dll"
IFS=, read -r blob_port queue_port table_port <<<"${CAMPAIGNBRIDGE_STORAGE_PORTS:-10000,10001,10002}"
readonly blob_port queue_port table_port
readonly emulator_port="${CAMPAIGNBRIDGE_EMULATOR_PORT:-5080}"
readonly emulator_url="http://127.0.0.1:$emulator_port"
readonly salesforce_project="$root/tests/Salesforce.Emulator/Salesforce.Emulator.csproj"
readonly salesforce_dll="$root/tests/Salesforce.Emulator/bin/Debug/net10.0/Salesforce.Emulator.dll"
readonly salesforce_port="${CAMPAIGNBRIDGE_SALESFORCE_PORT:-5090}"
readonly salesforce_url="http://127.0.0.1:$salesforce_port"
logs="$(mktemp -d "${TMPDIR:-/tmp}/campaignbridge-local.XXXXXX")"
readonly logs

started_pids=()

say() { printf '[run-local] %s\n' "$*"; }
fail() { printf '[run-local] error: %s\n' "$*" >&2; exit 1; }

# Each service runs in its own session (setsid), so stopping its process group also stops its children. Only the
# groups this script started are signalled, by their ids.
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
    say "stopped what this script started (process groups ${started_pids[*]}; logs: $logs)"
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

# --- prerequisites: only the .NET SDK and Node -------------------------------------------------------
command -v dotnet >/dev/null || fail "dotnet is not installed: install the .NET 10 SDK (https://dot.net)"
command -v node >/dev/null || fail "node is not installed: install Node 20 (it runs Azurite and installs Core Tools)"
command -v npm >/dev/null || fail "npm is not installed: it comes with Node 20"
for port in "$blob_port" "$queue_port" "$table_port" "$emulator_port" "$salesforce_port"; do
  listening "$port" && fail "127.0.0.1:$port is already in use; stop whatever listens there (another Azurite or emulator?) or choose other ports (see the top of $0)"
done

# --- install -------------------------------------------------------------------------------------------
if [ ! -e "$azurite" ]; then
  say "installing the npm packages (npm ci: Azurite, and Core Tools where its download host is reachable)"
  npm ci --no-audit --no-fund --loglevel=error </dev/null >"$logs/npm.log" 2>&1 || fail "npm ci failed; see $logs/npm.log"
fi
[ -e "$azurite" ] || fail "Azurite is still missing after npm ci; see $logs/npm.log"

func_bin=""
if [ -x "$root/node_modules/.bin/func" ] && "$root/node_modules/.bin/func" --version >/dev/null 2>&1; then
  func_bin="$root/node_modules/.bin/func"
elif command -v func >/dev/null && func --version >/dev/null 2>&1; then
  func_bin="$(command -v func)"
fi
if [ -n "$func_bin" ]; then
  func_version="$("$func_bin" --version 2>/dev/null || true)"
  case "$func_version" in
    4.*) ;;
    *) fail "Azure Functions Core Tools v4 is needed; '$func_bin --version' says '${func_version:-nothing}'" ;;
  esac
fi

say "building the Genesys Cloud and Salesforce emulators"
dotnet build "$emulator_project" -nologo -v q -nodeReuse:false >"$logs/emulator-build.log" 2>&1 || fail "the emulator did not build; see $logs/emulator-build.log"
dotnet build "$salesforce_project" -nologo -v q -nodeReuse:false >"$logs/salesforce-build.log" 2>&1 || fail "the Salesforce emulator did not build; see $logs/salesforce-build.log"

# --- Azurite: blob, queue, table ----------------------------------------------------------------------
say "starting Azurite (in memory) on 127.0.0.1:$blob_port,$queue_port,$table_port"
setsid node "$azurite" --silent --disableTelemetry --skipApiVersionCheck --inMemoryPersistence \
  --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
  --tableHost 127.0.0.1 --tablePort "$table_port" >"$logs/azurite.log" 2>&1 </dev/null &
started_pids+=("$!")
for port in "$blob_port" "$queue_port" "$table_port"; do
  wait_for_port "$port" "Azurite" 30 "${started_pids[-1]}" "$logs/azurite.log"
done

# --- Genesys Cloud emulator ---------------------------------------------------------------------------
say "starting the Genesys Cloud emulator on $emulator_url"
setsid dotnet "$emulator_dll" --urls "$emulator_url" >"$logs/emulator.log" 2>&1 </dev/null &
started_pids+=("$!")
wait_for_port "$emulator_port" "The emulator" 60 "${started_pids[-1]}" "$logs/emulator.log"
# The sample settings' client must get a token: the emulator answers what the app will ask.
token_status="$(node -e '
  const [url, id, secret] = process.argv.slice(1);
  fetch(url + "/oauth/token", { method: "POST",
    headers: { "Authorization": "Basic " + Buffer.from(id + ":" + secret).toString("base64"), "Content-Type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials" }).then(r => console.log(r.status), () => console.log(0));
' "$emulator_url" campaignbridge-local local-development-secret)"
[ "$token_status" = "200" ] || fail "the emulator answered $token_status to the sample client's token request; see $logs/emulator.log"

# --- Salesforce emulator ------------------------------------------------------------------------------
say "starting the Salesforce emulator on $salesforce_url"
setsid dotnet "$salesforce_dll" --urls "$salesforce_url" >"$logs/salesforce.log" 2>&1 </dev/null &
started_pids+=("$!")
wait_for_port "$salesforce_port" "The Salesforce emulator" 60 "${started_pids[-1]}" "$logs/salesforce.log"
# The way back's External Client App (sample settings) must get a client-credentials token from the org's My Domain.
salesforce_status="$(node -e '
  const [url, id, secret] = process.argv.slice(1);
  fetch(url + "/services/oauth2/token", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: id, client_secret: secret }) })
    .then(r => console.log(r.status), () => console.log(0));
' "$salesforce_url" 3MVG9emu.CampaignBridge.Local campaignbridge-local-secret)"
[ "$salesforce_status" = "200" ] || fail "the Salesforce emulator answered $salesforce_status to the sample External Client App's token request; see $logs/salesforce.log"
say "Azurite and both emulators answer (logs in $logs)"

# --- settings for the app -----------------------------------------------------------------------------
if [ ! -f "$app_dir/local.settings.json" ]; then
  cp "$root/local.settings.sample.json" "$app_dir/local.settings.json"
  say "created src/CampaignBridge.Functions/local.settings.json from local.settings.sample.json"
fi
# Environment variables win over local.settings.json under Core Tools, so other ports reach the app this way.
export AzureWebJobsStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue_port/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"
export Genesys__LoginBaseUrl="$emulator_url" Genesys__ApiBaseUrl="$emulator_url" Salesforce__InstanceUrl="$salesforce_url"

# --- the Function App ---------------------------------------------------------------------------------
if [ -z "$func_bin" ]; then
  cat >&2 <<'GUIDANCE'
[run-local] Azure Functions Core Tools v4 ('func') cannot be had on this machine, so the Function App cannot start.
  npm ci installs it as an optional dependency (azure-functions-core-tools), but its install step downloads the tools
  from cdn.functions.azure.com, which this machine cannot reach, so npm skipped it. Install Core Tools v4 any way
  that works here, then run this script again:
  - on a machine that reaches cdn.functions.azure.com: npm ci (or: npm install --global azure-functions-core-tools@4)
  - Debian/Ubuntu: add Microsoft's package repository (https://packages.microsoft.com), then
            sudo apt-get install azure-functions-core-tools-4
  - macOS:  brew tap azure/functions && brew install azure-functions-core-tools@4
  - Windows: winget install Microsoft.Azure.FunctionsCoreTools
  Docs: https://learn.microsoft.com/azure/azure-functions/functions-run-local
GUIDANCE
  say "stopping Azurite and the emulators"
  exit 3
fi

if $check_only; then
  say "ready: would now run '$func_bin start' in src/CampaignBridge.Functions (Core Tools $func_version)"
  exit 0
fi

say "starting the Function App with Core Tools $func_version (Ctrl+C stops everything)"
cd "$app_dir"
"$func_bin" start
