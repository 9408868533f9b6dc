<?php
/**
 * Plugin Name:       Memorial card
 * Plugin URI:        https://www.npmjs.com/package/memorial-card
 * Description:       A memorial card for the January 20 tragedy (Baku, 1990): a block, a shortcode and a site-wide banner for the days around 20 January, in {{languages and}}. Nothing is loaded from a third party.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            memorial-card contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       memorial-card
 * Domain Path:       /languages
 *
 * The plugin is GPL-2.0-or-later. The bundled assets/memorial-card.js is the
 * memorial-card package's build (MIT, with Lit, BSD-3-Clause), both
 * GPL-compatible.
 *
 * This folder is the plugin's source: scripts/build-wordpress.js (npm run
 * build) makes the installable plugin, dist/memorial-card-wordpress.zip,
 * adding the scripts and the files generated from the element's vocabulary
 * and templates (includes/vocabulary.php, includes/facts.php, block.json's
 * allowed values).
 *
 * @package MemorialCard
 */

defined( 'ABSPATH' ) || exit;

define( 'MEMORIAL_CARD_VERSION', '0.1.0' );
define( 'MEMORIAL_CARD_FILE', __FILE__ );

require_once __DIR__ . '/includes/vocabulary.php';
require_once __DIR__ . '/includes/facts.php';
require_once __DIR__ . '/includes/labels.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/banner.php';

add_action( 'init', 'memorial_card_init' );

/**
 * Registers the element's script, the block and the shortcode.
 */
function memorial_card_init() {
	load_plugin_textdomain( 'memorial-card', false, dirname( plugin_basename( MEMORIAL_CARD_FILE ) ) . '/languages' );
	$url = plugins_url( 'assets/memorial-card.js', MEMORIAL_CARD_FILE );
	if ( function_exists( 'wp_register_script_module' ) ) {
		// WordPress 6.5 and later: a real script module, printed once.
		wp_register_script_module( 'memorial-card', $url, array(), MEMORIAL_CARD_VERSION );
	} else {
		// WordPress 6.1 to 6.4: a footer script turned into a module by memorial_card_module_tag().
		wp_register_script( 'memorial-card', $url, array(), MEMORIAL_CARD_VERSION, true );
		add_filter( 'script_loader_tag', 'memorial_card_module_tag', 10, 3 );
	}

	// block.json registers the editor's script (assets/editor.js, its
	// dependencies in assets/editor.asset.php); the configuration it reads
	// is printed before it.
	register_block_type( __DIR__ . '/block.json' );
	$editor = generate_block_asset_handle( 'memorial-card/card', 'editorScript' );
	// The plugin's own translations (languages/), for sites that do not get
	// them from translate.wordpress.org; a language pack there wins.
	wp_set_script_translations( $editor, 'memorial-card', plugin_dir_path( MEMORIAL_CARD_FILE ) . 'languages' );
	wp_add_inline_script(
		$editor,
		'window.memorialCardEditor = ' . wp_json_encode( memorial_card_editor_config( add_query_arg( 'ver', MEMORIAL_CARD_VERSION, $url ) ) ) . ';',
		'before'
	);

	add_shortcode( 'memorial_card', 'memorial_card_shortcode' );
}

/**
 * What the block editor's script needs from the server: the element's
 * script, the site's language, and the card's vocabulary with its labels,
 * so that the sidebar lists what the element takes.
 *
 * @param string $script_url The address of memorial-card.js.
 * @return array{scriptUrl: string, defaultLang: string, languages: array<int, array{code: string, name: string}>, themes: array<int, array{value: string, label: string}>, defaultTheme: string, layouts: array<int, array{value: string, label: string}>, defaultLayout: string, days: array{min: int, max: int}, blockClasses: array<string, string>}
 */
function memorial_card_editor_config( $script_url ) {
	$vocabulary = memorial_card_vocabulary();
	$languages  = array();
	foreach ( $vocabulary['languages'] as $code => $name ) {
		$languages[] = array(
			'code' => (string) $code,
			'name' => $name,
		);
	}
	return array(
		'scriptUrl'     => $script_url,
		'defaultLang'   => memorial_card_site_lang(),
		'languages'     => $languages,
		'themes'        => memorial_card_options( $vocabulary['themes'], 'memorial_card_theme_label' ),
		'defaultTheme'  => $vocabulary['default_theme'],
		'layouts'       => memorial_card_options( $vocabulary['layouts'], 'memorial_card_layout_label' ),
		'defaultLayout' => $vocabulary['default_layout'],
		'days'          => $vocabulary['days'],
		'blockClasses'  => array_combine( $vocabulary['layouts'], array_map( 'memorial_card_block_class', $vocabulary['layouts'] ) ),
	);
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
 * The block's output (block.json's render file, includes/block.php, calls it).
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function memorial_card_render_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$layout     = memorial_card_sanitize_layout( isset( $attributes['layout'] ) ? $attributes['layout'] : '' );
	$card       = memorial_card_markup(
		array(
			'lang'             => isset( $attributes['lang'] ) ? $attributes['lang'] : '',
			'theme'            => isset( $attributes['theme'] ) ? $attributes['theme'] : '',
			'layout'           => $layout,
			'time_zone'        => isset( $attributes['timeZone'] ) ? $attributes['timeZone'] : '',
			'show_days_before' => isset( $attributes['showDaysBefore'] ) ? $attributes['showDaysBefore'] : '',
		)
	);
	// The box's width is assets/block.css's (no style attribute).
	return '<div ' . get_block_wrapper_attributes( array( 'class' => memorial_card_block_class( $layout ) ) ) . '>' . $card . '</div>';
}

/**
 * The block's class for its layout, for assets/block.css: the one-line
 * compact card fills the width, the full card is at most 40rem wide.
 *
 * @param string $layout A layout of the vocabulary.
 * @return string
 */
function memorial_card_block_class( $layout ) {
	return 'compact' === $layout ? 'memorial-card-block-compact' : '';
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
			// Set by memorial_card_mark_inline_shortcodes().
			'_context'         => '',
		),
		is_array( $atts ) ? $atts : array(),
		'memorial_card'
	);
	$atts['phrasing'] = 'phrasing' === $atts['_context'];
	if ( $atts['phrasing'] && '' === $atts['layout'] ) {
		// In running text the one-line card, unless another layout is asked for.
		$atts['layout'] = 'compact';
	}
	return memorial_card_markup( $atts );
}

add_filter( 'the_content', 'memorial_card_mark_inline_shortcodes', 10 );
add_filter( 'widget_text_content', 'memorial_card_mark_inline_shortcodes', 10 );

/**
 * Before the shortcodes run (priority 11), after wpautop and the blocks:
 * a [memorial_card] alone in its paragraph loses the paragraph (the full
 * card is not valid inside a <p>), and one inside running text (text beside
 * it, or inside a paragraph, heading or other element that takes only
 * phrasing content) is marked, so that it prints phrasing content only.
 *
 * @param string $content The content.
 * @return string
 */
function memorial_card_mark_inline_shortcodes( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '[memorial_card' ) ) {
		return $content;
	}
	$pattern = get_shortcode_regex( array( 'memorial_card' ) );
	$content = preg_replace( '#<p>\s*((?:' . str_replace( '#', '\\#', $pattern ) . '))\s*</p>#s', '$1', $content );
	if ( ! preg_match_all( '/' . $pattern . '/', $content, $matches, PREG_SET_ORDER | PREG_OFFSET_CAPTURE ) ) {
		return $content;
	}
	$phrasing = 'p|h[1-6]|pre|dt|summary|legend|caption|span|a|em|strong|b|i|u|s|small|mark|label|q|cite|code|sub|sup|abbr|time|bdi|button';
	foreach ( array_reverse( $matches ) as $match ) {
		list( $whole, $offset ) = $match[0];
		if ( isset( $match[6] ) && '[' === $match[1][0] && ']' === $match[6][0] ) {
			continue; // [[memorial_card]]: escaped, printed as text.
		}
		$before = substr( $content, 0, $offset );
		$after  = substr( $content, $offset + strlen( $whole ) );
		$gt     = strrpos( $before, '>' );
		$lt     = strrpos( $before, '<' );
		if ( false !== $lt && ( false === $gt || $lt > $gt ) ) {
			continue; // Inside a tag.
		}
		$text_before = false === $gt ? $before : substr( $before, $gt + 1 );
		$text_after  = false === strpos( $after, '<' ) ? $after : substr( $after, 0, strpos( $after, '<' ) );
		$inline      = '' !== trim( $text_before ) || '' !== trim( $text_after );
		if ( ! $inline && preg_match_all( '#<(/?)(' . $phrasing . ')\b[^>]*>#i', $before, $tags, PREG_SET_ORDER ) ) {
			// Inside an element of phrasing content: one opened and not closed since.
			$open = array();
			foreach ( $tags as $tag ) {
				$name = strtolower( $tag[2] );
				if ( '' === $tag[1] ) {
					$open[] = $name;
				} elseif ( false !== ( $at = array_search( $name, array_reverse( $open, true ), true ) ) ) {
					array_splice( $open, $at );
				}
			}
			$inline = ! empty( $open );
		}
		if ( $inline ) {
			$marked  = preg_replace( '/^\[memorial_card/', '[memorial_card _context="phrasing"', $whole );
			$content = $before . $marked . $after;
		}
	}
	return $content;
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
