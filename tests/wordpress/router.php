<?php
/**
 * Router for PHP's built-in server in front of Debian's WordPress package:
 * /wp-content/ comes from /var/lib/wordpress/wp-content (Debian's content
 * folder, where the plugin is unzipped), files under /usr/share/wordpress
 * are served as they are, everything else goes to index.php. Another
 * WordPress: MEMORIAL_CARD_WP_ROOT and MEMORIAL_CARD_WP_CONTENT.
 */
$root    = getenv( 'MEMORIAL_CARD_WP_ROOT' ) ? getenv( 'MEMORIAL_CARD_WP_ROOT' ) : '/usr/share/wordpress';
$content = getenv( 'MEMORIAL_CARD_WP_CONTENT' ) ? getenv( 'MEMORIAL_CARD_WP_CONTENT' ) : '/var/lib/wordpress/wp-content';
$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( strpos( $path, '..' ) !== false ) {
	http_response_code( 400 );
	return true;
}
if ( strpos( $path, '/wp-content/' ) === 0 ) {
	$file = realpath( $content . substr( $path, strlen( '/wp-content' ) ) );
	if ( $file && is_file( $file ) && substr( $file, -4 ) !== '.php' ) {
		$types = array(
			'js'    => 'text/javascript',
			'mjs'   => 'text/javascript',
			'css'   => 'text/css',
			'json'  => 'application/json',
			'svg'   => 'image/svg+xml',
			'png'   => 'image/png',
			'jpg'   => 'image/jpeg',
			'webp'  => 'image/webp',
			'woff2' => 'font/woff2',
			'txt'   => 'text/plain',
		);
		$ext = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
		header( 'Content-Type: ' . ( isset( $types[ $ext ] ) ? $types[ $ext ] : 'application/octet-stream' ) );
		header( 'Content-Length: ' . filesize( $file ) );
		readfile( $file );
		return true;
	}
	http_response_code( 404 );
	return true;
}
$file = $root . $path;
if ( is_file( $file ) || ( is_dir( $file ) && is_file( rtrim( $file, '/' ) . '/index.php' ) ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
require $root . '/index.php';
