#!/usr/bin/env bash
# The .deb on this machine, as a user gets it: build it from the bundle (dist/CozeDesktop, built before), lintian,
# `apt-get install ./…deb`, its smoke test on a real X server (Xvfb), `apt-get remove --purge`, and nothing of it
# left behind. Installs into the system: for CI machines and containers, not a developer's desktop.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

start=$(date +%s)
packaging/build-deb.sh
deb=$(ls -t dist/coze-desktop_*.deb | head -1)
# Errors and warnings fail the build; overrides carry their reasons (packaging/debian/coze-desktop.lintian-overrides).
lintian --fail-on error,warning "$deb"
built=$(date +%s)

if dpkg-query -W -f='${Status}' coze-desktop 2>/dev/null | grep -q "install ok installed"; then
  # Someone's own installation: installing over it and purging it would take it away.
  echo "test-deb: coze-desktop is installed on this machine; not replacing and purging it (built and linted" \
    "$deb only; remove the package to run the install check)" >&2
  [ "${CI:-}" != "true" ] || exit 1  # a CI machine starts without it: there this is a failure
  exit 0
fi
$SUDO apt-get install -y -qq "./$deb" >/dev/null
# A failed check below still removes what it installed, so the machine is as before and the next run can start.
trap '$SUDO apt-get remove --purge -y -qq coze-desktop >/dev/null 2>&1 || true' EXIT
listed=$(dpkg -L coze-desktop)
# From a scratch folder: nothing of the checkout on the way.
summary=$(cd "$(mktemp -d)" && xvfb-run -a -s "-screen 0 1280x800x24" coze-desktop --smoke-test)
echo "$summary"
# The line itself, not only the exit code: without its window the program would fall back to a terminal chat.
grep -q "^smoke test ok.*set_volume.*translations from /usr/lib/coze-desktop/.*window icons loaded" <<<"$summary"
$SUDO apt-get remove --purge -y -qq coze-desktop >/dev/null
trap - EXIT

# Every file the package installed is gone, and so are its own folders (the shared ones, /usr/share/icons/…, stay).
left=()
while IFS= read -r path; do
  if [ -e "$path" ] || [ -L "$path" ]; then
    [ -d "$path" ] && [ ! -L "$path" ] || left+=("$path")
  fi
done <<<"$listed"
for own in /usr/lib/coze-desktop /usr/share/doc/coze-desktop; do
  [ ! -e "$own" ] || left+=("$own")
done
if ((${#left[@]})); then
  printf 'test-deb: left behind after purge: %s\n' "${left[@]}" >&2
  exit 1
fi
echo "test-deb: $deb built and checked in $((built - start)) s; installed, smoke-tested, purged with nothing" \
  "left ($(wc -l <<<"$listed") paths) in $(($(date +%s) - built)) s"
