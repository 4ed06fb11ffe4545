#!/usr/bin/env bash
# Builds dist/coze-desktop_<version>-<revision>_<arch>.deb from the bundle dist/CozeDesktop/ (packaging/build.sh):
#   /usr/lib/coze-desktop/             the bundle
#   /usr/bin/coze-desktop              a symlink to its executable
#   /usr/share/applications/, metainfo/, icons/hicolor/   from packaging/linux/ and resources/icons/ (one source
#                                      with the per-user install.sh)
#   /usr/share/doc/coze-desktop/       copyright (DEP-5), changelog.Debian.gz, changelog.gz (CHANGELOG.md)
# Metadata templates are in packaging/debian/. No root or fakeroot: dpkg-deb --root-owner-group.
# Run from anywhere; then: lintian dist/coze-desktop_*.deb (packaging/README.md records its output).
set -euo pipefail
cd "$(dirname "$0")/.."
APP_ID=cn.cozedesktop.CozeDesktop
bundle=dist/CozeDesktop
debian=packaging/debian

if [ ! -x "$bundle/CozeDesktop" ]; then
  echo "build-deb: no bundle at $bundle (build it with packaging/build.sh or make bundle)" >&2
  exit 1
fi
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' coze_desktop/__init__.py)
debian_version=$(sed -n '1s/^coze-desktop (\(.*\)) .*/\1/p' "$debian/changelog")
if [ "${debian_version%-*}" != "$version" ]; then
  echo "build-deb: $debian/changelog is for ${debian_version%-*}, the app is $version: add an entry on top" >&2
  exit 1
fi
arch=$(dpkg --print-architecture)
glibc=$(ldd --version | sed -n '1s/.* \([0-9][0-9.]*\)$/\1/p')

# Qt's xcb platform plugin's libraries come from the system (Depends), not as the copies PyInstaller took from
# the build machine: security updates reach them, and they match the system's libxcb. Each soname → its package.
system_libs=(
  libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1
  libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0 libxcb-randr.so.0:libxcb-randr0
  libxcb-shape.so.0:libxcb-shape0 libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-sync.so.1:libxcb-sync1
  libxcb-xkb.so.1:libxcb-xkb1 libxcb-render.so.0:libxcb-render0 libxcb-shm.so.0:libxcb-shm0
  libxcb-util.so.1:libxcb-util1 libxcb-glx.so.0:libxcb-glx0 libX11-xcb.so.1:libx11-xcb1
  libxkbcommon.so.0:libxkbcommon0 libxkbcommon-x11.so.0:libxkbcommon-x11-0
)
depends=(
  "libc6 (>= $glibc)"  # the bundle's libraries were linked on this system
  # what the bundle loads from the system besides the xcb libraries (ldd of every library in it)
  libxcb1 libgl1 libegl1 libdrm2 libwayland-client0 libwayland-cursor0 libwayland-egl1
  # music: libVLC through python-vlc; without vlc-plugin-base vlc.Instance() is None. The volume: libpulse.
  libvlc5 vlc-plugin-base libpulse0
  # the bundled libmount and libblkid name sensible-pager (Priority: required, so on every system anyway)
  sensible-utils
)
for entry in "${system_libs[@]}"; do depends+=("${entry#*:}"); done

start=$(date +%s)
root=build/deb/coze-desktop
rm -rf "$root"
lib=$root/usr/lib/coze-desktop
share=$root/usr/share
doc=$share/doc/coze-desktop
mkdir -p "$lib" "$root/usr/bin" "$root/DEBIAN" "$share/applications" "$share/metainfo" "$doc" "$share/man/man1" \
  "$share/lintian/overrides"

cp -a "$bundle/." "$lib/"
# The tarball's own installer and its copies of the entry and metainfo: the package installs those itself.
rm -f "$lib/install.sh" "$lib/uninstall.sh" "$lib/$APP_ID.desktop" "$lib/$APP_ID.metainfo.xml"
for entry in "${system_libs[@]}"; do
  rm -f "$lib/_internal/${entry%%:*}"
done
# Debug symbols and build notes out of the libraries (a third of their size). Not the executable: PyInstaller's
# bootloader carries the bundle's archive appended to it, which strip would cut off.
find "$lib" -type f \( -name '*.so' -o -name '*.so.*' \) \
  -exec strip --strip-unneeded --remove-section=.comment --remove-section=.note {} +
ln -s ../lib/coze-desktop/CozeDesktop "$root/usr/bin/coze-desktop"

cp packaging/linux/$APP_ID.desktop "$share/applications/"  # Exec=coze-desktop: /usr/bin is on every PATH
cp packaging/linux/$APP_ID.metainfo.xml "$share/metainfo/"
icons=resources/icons
for size in 16 32 48 64 128 256 512; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$icons/coze-desktop-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$icons/coze-desktop.svg" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"

cp "$debian/copyright" "$doc/copyright"
gzip -9n < "$debian/changelog" > "$doc/changelog.Debian.gz"
gzip -9n < CHANGELOG.md > "$doc/changelog.gz"
gzip -9n < "$debian/coze-desktop.1" > "$share/man/man1/coze-desktop.1.gz"
cp "$debian/coze-desktop.lintian-overrides" "$share/lintian/overrides/coze-desktop"  # comments and all: the reasons

# Debian's modes: directories and the executable 0755, everything else (libraries too) 0644.
find "$root" -type d -exec chmod 0755 {} +
find "$root/usr" -type f -exec chmod 0644 {} +
chmod 0755 "$lib/CozeDesktop"

installed_size=$(du -sk --apparent-size "$root/usr" | cut -f1)
sed -e "s/@VERSION@/$debian_version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_size/" \
  -e "s/@DEPENDS@/$(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')/" "$debian/control" > "$root/DEBIAN/control"
(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

deb=dist/coze-desktop_${debian_version}_$arch.deb
# xz at level 2: ~40 s and 89 MB on 2 cores, where the default level 6 takes ~170 s for 2% less; zstd (2 s) is
# what lintian on bookworm still calls a malformed archive, gzip -9 is 29 s for 106 MB.
dpkg-deb --root-owner-group -Zxz -z2 --build "$root" "$deb" >/dev/null
echo "build-deb: $deb ($(du -h "$deb" | cut -f1), installed $((installed_size / 1024)) MB) in $(($(date +%s) - start)) s"
