#!/bin/sh
# A secret of its own for every container (the cookie encryption key), as the official image
# makes at first start; Debian's package-time one was removed from the image.
set -e
secret=/var/lib/phpmyadmin/blowfish_secret
if [ ! -s "$secret" ]; then
	(umask 027 && head -c 24 /dev/urandom | base64 >"$secret")
	chgrp www-data "$secret" 2>/dev/null || true
fi
exec "$@"
