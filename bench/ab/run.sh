#!/usr/bin/env bash
# In-process A/B of engine builds: executes and writes the load benchmark's list query with each revision's engine,
# all in one process taking turns round by round (bench/ab/Host), and prints each build's median time per request
# and its per-round ratio to the first. A revision is anything git names (a commit, a branch, HEAD~2) or WORKTREE for
# the files as they are now.
#   bench/ab/run.sh HEAD~1 WORKTREE
#   ROUNDS=300 REQUESTS=2000 bench/ab/run.sh c020c88 HEAD WORKTREE
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
ROUNDS="${ROUNDS:-300}"
REQUESTS="${REQUESTS:-2000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(( $# >= 2 )) || { echo "usage: bench/ab/run.sh REVISION REVISION..." >&2; exit 2; }

# Each revision's engine and build settings with the runner of the working tree, built in a folder of its own.
folders=()
for revision in "$@"; do
  tree="$WORK/$(echo "$revision" | tr -c 'A-Za-z0-9_.\n-' '_')"
  mkdir -p "$tree"
  if [[ "$revision" == WORKTREE ]]; then
    (cd "$ROOT" && tar --exclude=bin --exclude=obj -cf - src Directory.Build.props Directory.Packages.props global.json) | tar -xf - -C "$tree"
  else
    git -C "$ROOT" archive "$revision" src Directory.Build.props Directory.Packages.props global.json | tar -xf - -C "$tree"
  fi
  mkdir -p "$tree/bench/ab" "$tree/bench/load/Shared"
  cp -r "$ROOT/bench/ab/Runner" "$tree/bench/ab/"
  cp "$ROOT/bench/load/Shared/LoadData.cs" "$tree/bench/load/Shared/"
  echo "Building $revision..." >&2
  dotnet build "$tree/bench/ab/Runner" -c Release -v quiet -nologo -o "$tree/out" >/dev/null
  folders+=("$tree/out")
done

dotnet build "$ROOT/bench/ab/Host" -c Release -v quiet -nologo >/dev/null
dotnet "$ROOT/bench/ab/Host/bin/Release/net10.0/AbHost.dll" "$ROUNDS" "$REQUESTS" "${folders[@]}" | sed "s|$WORK/||g; s|/out:|:|g"
