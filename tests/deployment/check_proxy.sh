#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The shipped reverse-proxy configurations, checked by the proxies themselves:
#   check_proxy.sh caddy PATH/TO/Caddyfile       caddy validate (no certificate is requested)
#   check_proxy.sh nginx PATH/TO/besuk-web.conf  nginx -t, in a throw-away prefix with a self-signed certificate
# Both also check that the configuration passes requests to besuk-web's default loopback address.
set -euo pipefail
tool=$1 config=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check_proxy: $*" >&2; exit 1; }
grep -q '127\.0\.0\.1:8080' "$config" || fail "$config does not pass requests to 127.0.0.1:8080"

case $tool in
caddy)
  # Caddy keeps its state under HOME / XDG folders: keep them out of the real ones.
  if ! HOME=$work XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config \
    caddy validate --adapter caddyfile --config "$config" >"$work/out" 2>&1 ||
    ! grep -q 'Valid configuration' "$work/out"; then
    cat "$work/out" >&2
    fail "caddy validate"
  fi
  grep -q 'Strict-Transport-Security' "$config" || fail "no HSTS header in $config"
  ;;
nginx)
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=besuk.example.org" \
    -keyout "$work/privkey.pem" -out "$work/fullchain.pem" >/dev/null 2>&1 ||
    fail "openssl could not make a certificate"
  mkdir -p "$work/logs"
  sed -e "s|/etc/letsencrypt/live/besuk.example.org/|$work/|" "$config" >"$work/besuk-web.conf"
  grep -q "$work/fullchain.pem" "$work/besuk-web.conf" || fail "no certificate path to replace in $config"
  cat >"$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log stderr;
events {}
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    access_log off;
    include $work/besuk-web.conf;
}
CONF
  nginx -t -q -e stderr -p "$work" -c "$work/nginx.conf" 2>"$work/out" || { cat "$work/out" >&2; fail "nginx -t"; }
  for directive in client_body_timeout send_timeout client_max_body_size limit_req 'X-Forwarded-For' \
    'Strict-Transport-Security'; do
    grep -q "$directive" "$config" || fail "$config has no $directive"
  done
  ;;
*) fail "unknown proxy $tool (caddy or nginx)" ;;
esac
echo "check_proxy: $tool accepts $(basename "$config")"
