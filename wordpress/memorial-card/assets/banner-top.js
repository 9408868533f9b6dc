/*
 * Themes without wp_body_open (includes/banner.php): the banner is printed at
 * the end of the page, and this moves it to the top. A file, not an inline
 * script, so that a Content-Security-Policy without 'unsafe-inline' runs it.
 */
( function ( banner ) {
	if ( banner && document.body ) {
		document.body.insertBefore( banner, document.body.firstChild );
	}
} )( document.getElementById( 'memorial-card-banner' ) );
