#!/usr/bin/env bash
# Runs a command inside a private dbus session with a real, unlocked gnome-keyring (Secret Service), so the
# keyring tests exercise the OS secret store rather than a fake. Leaves no daemons behind; passes the exit code.
set -euo pipefail
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/run XDG_DATA_HOME=$tmp/home/.local/share
mkdir -p "$HOME" "$XDG_DATA_HOME"; install -d -m 700 "$XDG_RUNTIME_DIR"
# Not exec: exec would replace this shell and drop the EXIT trap, leaving $tmp behind on every run.
dbus-run-session -- bash -c '
  # Unlock through stdin: without it the daemon asks a (missing) prompter and every call fails.
  printf %s "ci-keyring-password" |
    gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  gk=$!
  for _ in $(seq 100); do   # wait until org.freedesktop.secrets has an owner
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
      grep -q "boolean true" && break
    sleep 0.05
  done
  export CI_SECRET_SERVICE=1
  set +e; "$@"; rc=$?
  kill "$gk" 2>/dev/null; wait "$gk" 2>/dev/null
  exit $rc' bash "$@"
