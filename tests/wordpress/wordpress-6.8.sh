#!/usr/bin/env bash
# WordPress 6.8 with Twenty Twenty-Five, from Debian 13 (trixie)'s packages,
# unpacked into DIR without installing them or changing the machine's apt
# sources (a private apt directory; see ../shared/TOOLCHAIN.md):
#
#   tests/wordpress/wordpress-6.8.sh DIR    prints DIR/root/usr/share/wordpress
#
# The four libjs/php-getid3 packages fill the symlinks wp-includes points
# at; wordpress-l10n brings the core's ru_RU translations (there are none
# for az). tests/wordpress/run.js writes the wp-config.php and uses the
# unpacked wp-content (with Twenty Twenty-Five in it). Run again, it reuses
# the downloaded packages.
set -euo pipefail
dir=$(mkdir -p "$1" && cd "$1" && pwd)
mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p;s/^deb \(\[[^]]*\] \)\?\(http[^ ]*debian\) .*/\2/p' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | head -1 || true)
mirror=${mirror:-http://deb.debian.org/debian}
mkdir -p "$dir/apt/lists/partial" "$dir/apt/cache/archives/partial" "$dir/debs"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" > "$dir/apt/sources.list"
apt_opts=(-o "Dir::Etc::SourceList=$dir/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
  -o "Dir::State::Lists=$dir/apt/lists" -o "Dir::Cache=$dir/apt/cache" -o APT::Sandbox::User=root)
packages=(wordpress wordpress-theme-twentytwentyfive wordpress-l10n libjs-underscore libjs-lodash libjs-cropper php-getid3)
if [ "$(ls "$dir/debs" | wc -l)" -lt "${#packages[@]}" ]; then
  apt-get "${apt_opts[@]}" update -qq
  (cd "$dir/debs" && apt-get "${apt_opts[@]}" download -qq "${packages[@]}")
fi
rm -rf "$dir/root"
for deb in "$dir"/debs/*.deb; do dpkg -x "$deb" "$dir/root"; done
wp="$dir/root/usr/share/wordpress"
# Debian's wp-config.php reads /etc/wordpress: run.js writes its own.
rm -f "$wp/wp-config.php" "$wp/.htaccess"
grep -q "wp_version = '6\.8" "$wp/wp-includes/version.php"
test -f "$wp/wp-content/themes/twentytwentyfive/theme.json"
echo "$wp"
