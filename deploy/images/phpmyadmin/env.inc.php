<?php
// The official image's environment variables, read at each request (Debian's config.inc.php
// includes /etc/phpmyadmin/conf.d/*.php). Server 1 is the only one unless PMA_HOSTS lists more.
$cfg['blowfish_secret'] = trim((string) @file_get_contents('/var/lib/phpmyadmin/blowfish_secret'));

$hosts = getenv('PMA_HOSTS') ? array_map('trim', explode(',', getenv('PMA_HOSTS'))) : [getenv('PMA_HOST') ?: 'db'];
$verboses = getenv('PMA_VERBOSES') ? array_map('trim', explode(',', getenv('PMA_VERBOSES'))) : [getenv('PMA_VERBOSE') ?: ''];
$ports = getenv('PMA_PORTS') ? array_map('trim', explode(',', getenv('PMA_PORTS'))) : [getenv('PMA_PORT') ?: ''];

foreach ($hosts as $index => $host) {
    $i = $index + 1;
    $cfg['Servers'][$i]['host'] = $host;
    $cfg['Servers'][$i]['verbose'] = $verboses[$index] ?? '';
    $cfg['Servers'][$i]['port'] = $ports[$index] ?? '';
    $cfg['Servers'][$i]['compress'] = false;
    $cfg['Servers'][$i]['AllowNoPassword'] = true;
    if (getenv('PMA_USER')) {
        $cfg['Servers'][$i]['auth_type'] = 'config';
        $cfg['Servers'][$i]['user'] = getenv('PMA_USER');
        $cfg['Servers'][$i]['password'] = (string) getenv('PMA_PASSWORD');
    } else {
        $cfg['Servers'][$i]['auth_type'] = 'cookie';
    }
}

$cfg['AllowArbitraryServer'] = getenv('PMA_ARBITRARY') === '1';
if (getenv('PMA_ABSOLUTE_URI')) {
    $cfg['PmaAbsoluteUri'] = getenv('PMA_ABSOLUTE_URI');
}
