<?php
/**
 * Plugin Name:       Memorial card
 * Plugin URI:        https://www.npmjs.com/package/memorial-card
 * Description:       A memorial card for the January 20 tragedy (Baku, 1990): a block, a shortcode and a site-wide banner for the days around 20 January, in Azerbaijani, English and Russian. Nothing is loaded from a third party.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            memorial-card contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       memorial-card
 *
 * The plugin is GPL-2.0-or-later. The bundled assets/memorial-card.js is the
 * memorial-card package's build (MIT, with Lit, BSD-3-Clause), both
 * GPL-compatible.
 *
 * @package MemorialCard
 */

defined( 'ABSPATH' ) || exit;

define( 'MEMORIAL_CARD_VERSION', '0.1.0' );
define( 'MEMORIAL_CARD_FILE', __FILE__ );

require_once __DIR__ . '/includes/facts.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/banner.php';

add_action( 'init', 'memorial_card_init' );

/**
 * Registers the element's script, the block and the shortcode.
 */
function memorial_card_init() {
	$url = plugins_url( 'assets/memorial-card.js', MEMORIAL_CARD_FILE );
	if ( function_exists( 'wp_register_script_module' ) ) {
		// WordPress 6.5 and later: a real script module, printed once.
		wp_register_script_module( 'memorial-card', $url, array(), MEMORIAL_CARD_VERSION );
	} else {
		// WordPress 6.1 to 6.4: a footer script turned into a module by memorial_card_module_tag().
		wp_register_script( 'memorial-card', $url, array(), MEMORIAL_CARD_VERSION, true );
		add_filter( 'script_loader_tag', 'memorial_card_module_tag', 10, 3 );
	}

	wp_register_script(
		'memorial-card-editor',
		plugins_url( 'assets/editor.js', MEMORIAL_CARD_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		MEMORIAL_CARD_VERSION,
		true
	);
	wp_set_script_translations( 'memorial-card-editor', 'memorial-card' );
	wp_add_inline_script(
		'memorial-card-editor',
		'window.memorialCardEditor = ' . wp_json_encode(
			array(
				'scriptUrl'   => add_query_arg( 'ver', MEMORIAL_CARD_VERSION, $url ),
				'defaultLang' => memorial_card_site_lang(),
			)
		) . ';',
		'before'
	);

	register_block_type(
		__DIR__ . '/block.json',
		array( 'render_callback' => 'memorial_card_render_block' )
	);

	add_shortcode( 'memorial_card', 'memorial_card_shortcode' );
}

/**
 * Prints the element's script as a module (WordPress before 6.5).
 *
 * @param string $tag    The script tag WordPress built.
 * @param string $handle The script's handle.
 * @param string $src    The script's address.
 * @return string
 */
function memorial_card_module_tag( $tag, $handle, $src ) {
	if ( 'memorial-card' !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="memorial-card-js"></script>' . "\n";
}

/**
 * Asks for the element's script on this page: called by every card that is
 * printed, it loads once, in the footer (or the head for block themes on 6.5+).
 */
function memorial_card_enqueue_script() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'memorial-card' );
	} else {
		wp_enqueue_script( 'memorial-card' );
	}
}

/**
 * The block's output.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function memorial_card_render_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$card       = memorial_card_markup(
		array(
			'lang'             => isset( $attributes['lang'] ) ? $attributes['lang'] : '',
			'theme'            => isset( $attributes['theme'] ) ? $attributes['theme'] : '',
			'layout'           => isset( $attributes['layout'] ) ? $attributes['layout'] : '',
			'time_zone'        => isset( $attributes['timeZone'] ) ? $attributes['timeZone'] : '',
			'show_days_before' => isset( $attributes['showDaysBefore'] ) ? $attributes['showDaysBefore'] : '',
		)
	);
	// The full card is at most 40rem wide: so is its block, which the theme's layout then places like its other blocks.
	$extra = array();
	if ( 'compact' !== memorial_card_sanitize_layout( isset( $attributes['layout'] ) ? $attributes['layout'] : '' ) && empty( $attributes['align'] ) ) {
		$extra['style'] = 'max-width:var(--memorial-card-max-width,40rem)';
	}
	return '<div ' . get_block_wrapper_attributes( $extra ) . '>' . $card . '</div>';
}

/**
 * The shortcode [memorial_card lang="az" theme="dark" layout="compact" time_zone="Asia/Baku" show_days_before="3"].
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function memorial_card_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'lang'             => '',
			'theme'            => '',
			'layout'           => '',
			'time_zone'        => '',
			'show_days_before' => '',
		),
		is_array( $atts ) ? $atts : array(),
		'memorial_card'
	);
	return memorial_card_markup( $atts );
}

add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'memorial_card_action_links' );

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param array $links The plugin's links.
 * @return array
 */
function memorial_card_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=memorial-card' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'memorial-card' ) . '</a>' );
	return $links;
}
