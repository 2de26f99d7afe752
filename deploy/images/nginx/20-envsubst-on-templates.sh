#!/bin/sh
# As in the official image: /etc/nginx/templates/*.template -> /etc/nginx/conf.d/*, substituting
# only the defined variables whose names match NGINX_ENVSUBST_FILTER, so nginx's $vars survive.
set -e
template_dir=${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}
suffix=${NGINX_ENVSUBST_TEMPLATE_SUFFIX:-.template}
output_dir=${NGINX_ENVSUBST_OUTPUT_DIR:-/etc/nginx/conf.d}
filter=${NGINX_ENVSUBST_FILTER:-}
[ -d "$template_dir" ] || exit 0
if [ ! -w "$output_dir" ]; then
	echo "$0: $output_dir is not writable, templates not rendered" >&2
	exit 0
fi
defined_envs=$(printf '${%s} ' $(awk "END { for (name in ENVIRON) { print ( name ~ /${filter}/ ) ? name : \"\" } }" </dev/null))
find "$template_dir" -follow -type f -name "*$suffix" -print | while read -r template; do
	relative=${template#"$template_dir/"}
	output="$output_dir/${relative%"$suffix"}"
	mkdir -p "$(dirname "$output")"
	echo "$0: rendering $template to $output"
	envsubst "$defined_envs" <"$template" >"$output"
done
