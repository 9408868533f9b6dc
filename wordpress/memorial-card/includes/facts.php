<?php
/**
 * The card's facts as plain HTML, in each language: what a reader sees
 * before the script runs, without JavaScript and in feeds. The words are the
 * element's own (src/i18n/*.ts in the memorial-card package); the test suite
 * checks that they match.
 *
 * @package MemorialCard
 */

defined( 'ABSPATH' ) || exit;

/**
 * The facts in one language.
 *
 * @param string $lang az, en or ru.
 * @return array{title: string, date: string, figures: array<int, array{0: string, 1: string}>, source: string, source_date: string}
 */
function memorial_card_facts( $lang ) {
	$facts = array(
		'az' => array(
			'title'       => '20 Yanvar faciəsi',
			'date'        => '20 yanvar 1990',
			'figures'     => array(
				array( '147', 'nəfər həlak olub' ),
				array( '744', 'nəfər ağır yaralanıb' ),
				array( '841', 'nəfər qanunsuz həbs olunub' ),
				array( '200', 'yaşayış binası, ev və əmlak dağıdılıb' ),
			),
			'source'      => 'Mənbə: Trend agentliyi, %s',
			'source_date' => '20 yanvar 2026',
		),
		'en' => array(
			'title'       => 'The January 20 tragedy',
			'date'        => '20 January 1990',
			'figures'     => array(
				array( '147', 'people killed' ),
				array( '744', 'severely injured' ),
				array( '841', 'illegally arrested' ),
				array( '200', 'residential buildings, houses and properties destroyed' ),
			),
			'source'      => 'Source: Trend news agency, %s',
			'source_date' => '20 January 2026',
		),
		'ru' => array(
			'title'       => 'Трагедия 20 января',
			'date'        => '20 января 1990 г.',
			'figures'     => array(
				array( '147', 'человек погибли' ),
				array( '744', 'человека тяжело ранены' ),
				array( '841', 'человек незаконно арестован' ),
				array( '200', 'жилых зданий, домов и другого имущества разрушено' ),
			),
			'source'      => 'Источник: агентство Trend, %s',
			'source_date' => '20 января 2026 г.',
		),
	);
	return isset( $facts[ $lang ] ) ? $facts[ $lang ] : $facts['en'];
}

/**
 * The facts as HTML, on one line (wpautop finds no line to break).
 *
 * @param string $lang az, en or ru.
 * @return string
 */
function memorial_card_facts_html( $lang ) {
	$facts = memorial_card_facts( $lang );
	$lang  = esc_attr( $lang );
	$html  = '<p lang="' . $lang . '"><strong>' . esc_html( $facts['title'] ) . '</strong> · <time datetime="1990-01-20">' . esc_html( $facts['date'] ) . '</time></p>';
	$html .= '<ul lang="' . $lang . '">';
	foreach ( $facts['figures'] as $figure ) {
		$html .= '<li><b>' . esc_html( $figure[0] ) . '</b> ' . esc_html( $figure[1] ) . '</li>';
	}
	$html .= '</ul>';
	$date  = '<time datetime="2026-01-20">' . esc_html( $facts['source_date'] ) . '</time>';
	$html .= '<p lang="' . $lang . '">' . sprintf( esc_html( $facts['source'] ), $date ) . '</p>';
	return $html;
}
