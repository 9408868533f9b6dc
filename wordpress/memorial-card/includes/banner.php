<?php
/**
 * The site-wide banner: the compact card at the top of every front-end
 * page, printed once, shown by the element only in its season.
 *
 * @package MemorialCard
 */

defined( 'ABSPATH' ) || exit;

add_action( 'wp_enqueue_scripts', 'memorial_card_banner_enqueue' );
add_action( 'wp_body_open', 'memorial_card_banner_body_open', 1 );
add_action( 'wp_footer', 'memorial_card_banner_footer', 1 );

/**
 * Days around the season in which the banner (and the element's script) is
 * printed although the element may show nothing yet: a page kept by a page
 * cache for up to this long still carries the banner when its season
 * begins, and the element decides the day in the reader's browser.
 */
define( 'MEMORIAL_CARD_BANNER_MARGIN_DAYS', 2 );

/**
 * Whether today, in the banner's zone (the element's default, Asia/Baku),
 * is in or near the banner's season: from the settings' days (plus the
 * margin) before 20 January through 20 January (plus the margin). The
 * preview date counts as today.
 *
 * @param int $days The settings' days before 20 January.
 * @return bool
 */
function memorial_card_banner_near_season( $days ) {
	$distance = memorial_card_anniversary_distance( '' );
	return $distance['until'] <= $days + MEMORIAL_CARD_BANNER_MARGIN_DAYS || $distance['since'] <= MEMORIAL_CARD_BANNER_MARGIN_DAYS;
}

/**
 * Whether this request shows the banner: switched on, on the front end, in
 * or near its season. Out of it nothing is printed: no markup, no script,
 * no stylesheet.
 *
 * @return bool
 */
function memorial_card_banner_wanted() {
	if ( is_admin() || is_feed() || is_embed() || wp_doing_ajax() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
		return false;
	}
	$settings = memorial_card_settings();
	return $settings['banner'] && memorial_card_banner_near_season( $settings['days'] );
}

/**
 * Asks for the script early, so that it is in the head where a block theme
 * prints script modules (WordPress 6.5+).
 */
function memorial_card_banner_enqueue() {
	if ( memorial_card_banner_wanted() ) {
		memorial_card_enqueue_script();
		// The banner's box (full width, no gap), also for readers without
		// JavaScript: a stylesheet rather than a style attribute, which a
		// Content-Security-Policy without 'unsafe-inline' would drop.
		wp_enqueue_style( 'memorial-card-banner', plugins_url( 'assets/banner.css', MEMORIAL_CARD_FILE ), array(), MEMORIAL_CARD_VERSION );
	}
}

/**
 * The banner's markup.
 *
 * @return string
 */
function memorial_card_banner_html() {
	$settings = memorial_card_settings();
	$card     = memorial_card_markup(
		array(
			'lang'             => $settings['lang'],
			'theme'            => $settings['theme'],
			'layout'           => 'compact',
			'show_days_before' => $settings['days'],
			'banner'           => true,
		)
	);
	// In the page's flow (never fixed), so it sits below a logged-in user's admin bar.
	return '<div id="memorial-card-banner" class="memorial-card-banner">' . $card . '</div>';
}

/**
 * Prints the banner once.
 *
 * @param bool $moved Whether it is printed at the end of the page and moved to its top.
 */
function memorial_card_banner_print( $moved ) {
	static $printed = false;
	if ( $printed || ! memorial_card_banner_wanted() ) {
		return;
	}
	$printed = true;
	echo memorial_card_kses( memorial_card_banner_html() );
	if ( $moved ) {
		// A script file, printed with the footer's scripts (after the banner),
		// not an inline script: a Content-Security-Policy without
		// 'unsafe-inline' allows it under script-src 'self'.
		wp_enqueue_script( 'memorial-card-banner-top', plugins_url( 'assets/banner-top.js', MEMORIAL_CARD_FILE ), array(), MEMORIAL_CARD_VERSION, true );
	}
}

/**
 * At the top of the page, where the theme supports it.
 */
function memorial_card_banner_body_open() {
	memorial_card_banner_print( false );
}

/**
 * Themes without wp_body_open: printed in the footer and moved to the top.
 */
function memorial_card_banner_footer() {
	memorial_card_banner_print( true );
}
