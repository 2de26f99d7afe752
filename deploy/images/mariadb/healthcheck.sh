#!/bin/bash
# The official image's healthcheck.sh, for the two tests Compose files use: --connect and
# --innodb_initialized both hold once the server answers on its socket (an access-denied
# answer counts: the server is up, which is all ping tells).
set -eu
exec mariadb-admin --no-defaults --socket=/run/mysqld/mysqld.sock ping >/dev/null 2>&1
