<?php
/**
 * Validation of the card's options and the element's markup.
 *
 * Every option is checked against the card's vocabulary
 * (memorial_card_vocabulary(), generated from the element's own) on the way
 * in, and escaped on the way out; a bad value falls back as the element
 * would (an unknown theme or layout to the default one, a bad time zone to
 * the event's, a bad number of days to "always shown"), and an unknown
 * language to the site's.
 *
 * @package MemorialCard
 */

defined( 'ABSPATH' ) || exit;

/**
 * The site's language mapped to one of the card's (its language part, such
 * as ru for ru_RU), else the card's default language.
 *
 * @return string
 */
function memorial_card_site_lang() {
	$lang = memorial_card_sanitize_lang( get_locale() );
	if ( '' !== $lang ) {
		return $lang;
	}
	$vocabulary = memorial_card_vocabulary();
	return $vocabulary['default_language'];
}

/**
 * A bundled language (a region or script after it is dropped: az-Latn-AZ is
 * az, ru_RU is ru), or ''.
 *
 * @param mixed $value The value asked for.
 * @return string
 */
function memorial_card_sanitize_lang( $value ) {
	if ( ! is_string( $value ) || ! preg_match( '/^([a-z]{2,8})(?:[-_][a-z0-9]{1,8})*$/', strtolower( trim( $value ) ), $m ) ) {
		return '';
	}
	$vocabulary = memorial_card_vocabulary();
	return isset( $vocabulary['languages'][ $m[1] ] ) ? $m[1] : '';
}

/**
 * A theme of the vocabulary; anything else is the default theme.
 *
 * @param mixed $value The value asked for.
 * @return string
 */
function memorial_card_sanitize_theme( $value ) {
	$vocabulary = memorial_card_vocabulary();
	return is_string( $value ) && in_array( $value, $vocabulary['themes'], true ) ? $value : $vocabulary['default_theme'];
}

/**
 * A layout of the vocabulary; anything else is the default layout.
 *
 * @param mixed $value The value asked for.
 * @return string
 */
function memorial_card_sanitize_layout( $value ) {
	$vocabulary = memorial_card_vocabulary();
	return is_string( $value ) && in_array( $value, $vocabulary['layouts'], true ) ? $value : $vocabulary['default_layout'];
}

/**
 * An IANA time zone that PHP knows and the element accepts (not a file of
 * the tz database such as "localtime"), or '' (the event's own, Asia/Baku).
 *
 * @param mixed $value The value asked for.
 * @return string
 */
function memorial_card_sanitize_time_zone( $value ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	$value = trim( $value );
	if ( '' === $value || strlen( $value ) > 64 ) {
		return '';
	}
	// As the element (Intl) reads it: any case, written back as the zone is named.
	$vocabulary = memorial_card_vocabulary();
	foreach ( DateTimeZone::listIdentifiers( DateTimeZone::ALL_WITH_BC ) as $zone ) {
		if ( 0 === strcasecmp( $zone, $value ) ) {
			return in_array( $zone, $vocabulary['not_time_zones'], true ) ? '' : $zone;
		}
	}
	return '';
}

/**
 * A whole number of days in the vocabulary's range, as a number or its
 * digits (spaces around them allowed), as the element reads
 * show-days-before; else null (always shown).
 *
 * @param mixed $value The value asked for.
 * @return int|null
 */
function memorial_card_sanitize_days( $value ) {
	if ( is_int( $value ) || ( is_float( $value ) && floor( $value ) === $value ) ) {
		$days = $value;
	} elseif ( is_string( $value ) && preg_match( '/^\s*\d+\s*$/', $value ) ) {
		// Many digits become PHP_INT_MAX, which is out of range.
		$days = (int) trim( $value );
	} else {
		return null;
	}
	$vocabulary = memorial_card_vocabulary();
	return ( $days >= $vocabulary['days']['min'] && $days <= $vocabulary['days']['max'] ) ? (int) $days : null;
}

/**
 * The preview date, ?memorial_card_preview=YYYY-MM-DD: honoured only for a
 * user who can edit posts (an Author, an Editor, an admin), so that readers
 * never see another day's card; '' otherwise. Every card on the page and
 * the banner are shown as on that day (the element's `now`).
 *
 * @return string
 */
function memorial_card_preview_date() {
	// A read-only view of the page, as ?preview=true is: no nonce.
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended
	if ( ! isset( $_GET['memorial_card_preview'] ) || ! is_string( $_GET['memorial_card_preview'] ) || ! is_user_logged_in() || ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended
	$value = sanitize_text_field( wp_unslash( $_GET['memorial_card_preview'] ) );
	if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) || ! checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ) {
		return '';
	}
	return $value;
}

/**
 * Where today is, in a zone, between two 20 Januaries (or the preview day).
 *
 * @param string $time_zone The card's zone ('' for Asia/Baku, the element's default).
 * @return array{until: int, since: int, next: DateTimeImmutable} Days to the next 20 January (0 on the day), days since the last one, and the next one.
 */
function memorial_card_anniversary_distance( $time_zone ) {
	$zone    = new DateTimeZone( '' === $time_zone ? 'Asia/Baku' : $time_zone );
	$preview = memorial_card_preview_date();
	$today   = new DateTimeImmutable( '' === $preview ? 'today' : $preview, $zone );
	$next    = new DateTimeImmutable( $today->format( 'Y' ) . '-01-20', $zone );
	if ( $next < $today ) {
		$next = $next->modify( '+1 year' );
	}
	$last = $next->modify( '-1 year' );
	return array(
		'until' => (int) $today->diff( $next )->days,
		'since' => (int) $last->diff( $today )->days,
		'next'  => $next,
	);
}

/**
 * Whether today (or the preview day), in the card's time zone, is in the
 * season: from $days days before 20 January through 20 January.
 *
 * @param int    $days      Days before the anniversary.
 * @param string $time_zone The card's zone ('' for Asia/Baku).
 * @return bool
 */
function memorial_card_in_season( $days, $time_zone ) {
	try {
		$distance = memorial_card_anniversary_distance( $time_zone );
		return $distance['until'] <= $days;
	} catch ( Exception $e ) {
		return true;
	}
}

/**
 * The first day of the season that ends on the next 20 January, such as
 * 18 January for 2 days, as a date (Y-m-d) and in the site's words.
 *
 * @param int    $days      Days before the anniversary.
 * @param string $time_zone The card's zone ('' for Asia/Baku).
 * @return array{date: string, label: string}
 */
function memorial_card_season_start( $days, $time_zone ) {
	$distance = memorial_card_anniversary_distance( $time_zone );
	$start    = $distance['next']->modify( '-' . (int) $days . ' days' );
	return array(
		'date'  => $start->format( 'Y-m-d' ),
		'label' => wp_date( 'j F Y', $start->setTime( 12, 0 )->getTimestamp(), $start->getTimezone() ),
	);
}

/**
 * For a user who can edit posts, out of season: a line under a seasonal
 * card saying why readers see nothing today, with a link to preview it in
 * its season. Phrasing content (a span), so that it may stand in a
 * paragraph. Readers (and anyone who cannot edit posts) get ''.
 *
 * @param int    $days      Days before the anniversary.
 * @param string $time_zone The card's zone.
 * @return string
 */
function memorial_card_season_hint( $days, $time_zone ) {
	if ( '' !== memorial_card_preview_date() || ! is_user_logged_in() || ! current_user_can( 'edit_posts' ) || is_admin() ) {
		return '';
	}
	$start = memorial_card_season_start( $days, $time_zone );
	$url   = add_query_arg( 'memorial_card_preview', $start['date'] );
	return '<span class="memorial-card-hint">' . esc_html(
		sprintf(
			/* translators: %s: the first day of the card's season, such as 18 January 2027. */
			__( 'Only you see this note: readers see the memorial card here from %s through 20 January; today it is hidden.', 'memorial-card' ),
			$start['label']
		)
	) . ' <a href="' . esc_url( $url ) . '">' . esc_html(
		sprintf(
			/* translators: %s: a day, such as 18 January 2027. */
			__( 'Preview as on %s', 'memorial-card' ),
			$start['label']
		)
	) . '</a></span>';
}

/**
 * The element with its attributes and the plain facts inside, on one line,
 * and the element's script asked for on this page.
 *
 * @param array $options lang, theme, layout, time_zone, show_days_before: any values; they are validated here.
 *                       phrasing: true for a card inside running text (the plain facts as spans).
 *                       banner: true for the banner (no note for editors under it: the settings page says it).
 * @return string
 */
function memorial_card_markup( array $options ) {
	$lang      = memorial_card_sanitize_lang( isset( $options['lang'] ) ? $options['lang'] : '' );
	$lang      = '' === $lang ? memorial_card_site_lang() : $lang;
	$theme     = memorial_card_sanitize_theme( isset( $options['theme'] ) ? $options['theme'] : '' );
	$layout    = memorial_card_sanitize_layout( isset( $options['layout'] ) ? $options['layout'] : '' );
	$time_zone = memorial_card_sanitize_time_zone( isset( $options['time_zone'] ) ? $options['time_zone'] : '' );
	$days      = memorial_card_sanitize_days( isset( $options['show_days_before'] ) ? $options['show_days_before'] : null );

	$html = '<memorial-card lang="' . esc_attr( $lang ) . '" theme="' . esc_attr( $theme ) . '" layout="' . esc_attr( $layout ) . '"';
	if ( '' !== $time_zone ) {
		$html .= ' time-zone="' . esc_attr( $time_zone ) . '"';
	}
	if ( null !== $days ) {
		$html .= ' show-days-before="' . esc_attr( (string) $days ) . '"';
	}
	$preview = memorial_card_preview_date();
	if ( '' !== $preview ) {
		// A day only: the element reads it in the card's zone.
		$html .= ' now="' . esc_attr( $preview ) . '"';
	}
	$html .= '>';
	// Out of season the card is hidden: the plain facts are left out too, so
	// that readers without JavaScript do not see it all year. The element
	// decides again in the reader's browser, at the reader's midnight.
	if ( null === $days || memorial_card_in_season( $days, $time_zone ) ) {
		$html .= memorial_card_facts_html( $lang, ! empty( $options['phrasing'] ) );
	}
	$html .= '</memorial-card>';
	if ( null !== $days && empty( $options['banner'] ) && ! memorial_card_in_season( $days, $time_zone ) ) {
		$html .= memorial_card_season_hint( $days, $time_zone );
	}

	memorial_card_enqueue_script();
	return $html;
}

/**
 * The plugin's own markup, escaped where it is printed: only the element,
 * its attributes and the tags of the plain facts pass.
 *
 * @param string $html Markup from memorial_card_markup() and the block or banner around it.
 * @return string
 */
function memorial_card_kses( $html ) {
	$lang = array( 'lang' => true );
	return wp_kses(
		$html,
		array(
			'memorial-card' => array(
				'lang'             => true,
				'theme'            => true,
				'layout'           => true,
				'time-zone'        => true,
				'show-days-before' => true,
				'now'              => true,
			),
			'div'           => array(
				'id'    => true,
				'class' => true,
			),
			'p'             => $lang,
			'ul'            => $lang,
			'li'            => array(),
			'span'          => array(
				'lang'  => true,
				'class' => true,
			),
			'strong'        => array( 'dir' => true ),
			'b'             => array(),
			'bdi'           => array(),
			'time'          => array( 'datetime' => true ),
			'a'             => array( 'href' => true ),
		)
	);
}
