#!/usr/bin/env bash
# Installs Debian's chromium package (/usr/bin/chromium) for the browser test
# (tests/browser/report.browser.test.ts), when it is absent. playwright-core drives it; no browser
# is ever downloaded by playwright. Idempotent: does nothing when /usr/bin/chromium exists.
# Needs apt-get with Debian's archive (Debian, or a Debian container in CI) and root or sudo.
# Exits non-zero when the browser cannot be installed, so CI never skips the browser test silently.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: apt-get not found; install Debian's chromium package so that $CHROMIUM exists" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-chromium: run as root (or install sudo) to install chromium" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# Ubuntu's "chromium" is a transitional package for the snap, which does not run in containers or
# CI; this script wants Debian's package. Check that the candidate is a real .deb build first.
candidate="$(apt-cache policy chromium 2>/dev/null | awk '/Candidate:/ {print $2}')"
if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then
  echo "install-chromium: no 'chromium' package in this system's apt sources (Debian's archive is needed; on GitHub Actions run the job in a Debian container such as node:20-bookworm)" >&2
  exit 1
fi
if apt-cache show "chromium=$candidate" 2>/dev/null | grep -qi '^Depends:.*snapd'; then
  echo "install-chromium: 'chromium' $candidate here is the snap transitional package, not Debian's build (run in a Debian container such as node:20-bookworm)" >&2
  exit 1
fi
$SUDO apt-get install -y -q chromium

if [ ! -x "$CHROMIUM" ]; then
  echo "install-chromium: chromium was installed but $CHROMIUM is missing" >&2
  exit 1
fi
echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
