<?php
/**
 * Settings → Memorial card: the site-wide banner (Settings API).
 *
 * @package MemorialCard
 */

defined( 'ABSPATH' ) || exit;

/**
 * The banner's settings, with defaults for what is missing.
 *
 * @return array{banner: bool, lang: string, theme: string, days: int}
 */
function memorial_card_settings() {
	$saved = get_option( 'memorial_card_settings', array() );
	return memorial_card_sanitize_settings( is_array( $saved ) ? $saved : array() );
}

/**
 * Sanitises the banner's settings (the Settings API's callback).
 *
 * @param mixed $input The submitted values.
 * @return array{banner: bool, lang: string, theme: string, days: int}
 */
function memorial_card_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$days  = memorial_card_sanitize_days( isset( $input['days'] ) ? $input['days'] : 1 );
	return array(
		'banner' => ! empty( $input['banner'] ),
		// '' follows the site's language.
		'lang'   => memorial_card_sanitize_lang( isset( $input['lang'] ) ? $input['lang'] : '' ),
		'theme'  => memorial_card_sanitize_theme( isset( $input['theme'] ) ? $input['theme'] : '' ),
		'days'   => null === $days ? 1 : $days,
	);
}

/**
 * The Settings API's callback: the values sanitised, and a notice for each
 * one that was changed on the way (a number of days out of range, a
 * language or theme the card does not have), so that "Settings saved" is
 * never said over a value that was not.
 *
 * @param mixed $input The submitted values.
 * @return array{banner: bool, lang: string, theme: string, days: int}
 */
function memorial_card_sanitize_settings_input( $input ) {
	$clean  = memorial_card_sanitize_settings( $input );
	$input  = is_array( $input ) ? $input : array();
	$before = memorial_card_settings();
	$typed  = isset( $input['days'] ) && is_scalar( $input['days'] ) ? trim( (string) $input['days'] ) : '';
	if ( isset( $input['days'] ) && $typed !== (string) $clean['days'] ) {
		$vocabulary = memorial_card_vocabulary();
		$clean['days'] = $before['days'];
		if ( preg_match( '/^\d+$/', $typed ) && (int) $typed > $vocabulary['days']['max'] ) {
			$clean['days'] = $vocabulary['days']['max'];
		}
		add_settings_error(
			'memorial_card_settings',
			'memorial_card_days',
			sprintf(
				/* translators: 1: what was typed, 2: the fewest days, 3: the most (a whole year), 4: the number kept. */
				__( 'Days before 20 January: “%1$s” is not a whole number from %2$d to %3$d, so %4$d was saved.', 'memorial-card' ),
				$typed,
				$vocabulary['days']['min'],
				$vocabulary['days']['max'],
				$clean['days']
			),
			'warning'
		);
	}
	foreach ( array( 'lang', 'theme' ) as $key ) {
		if ( isset( $input[ $key ] ) && (string) $input[ $key ] !== $clean[ $key ] ) {
			add_settings_error(
				'memorial_card_settings',
				'memorial_card_' . $key,
				/* translators: %s: what was asked for. */
				sprintf( __( '“%s” is not one of the card’s values: the default was saved.', 'memorial-card' ), is_scalar( $input[ $key ] ) ? (string) $input[ $key ] : '' ),
				'warning'
			);
		}
	}
	return $clean;
}

add_action( 'admin_init', 'memorial_card_register_settings' );

/**
 * Registers the setting, its section and its fields.
 */
function memorial_card_register_settings() {
	register_setting(
		'memorial_card',
		'memorial_card_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'memorial_card_sanitize_settings_input',
			'default'           => memorial_card_sanitize_settings( array() ),
			'show_in_rest'      => false,
		)
	);

	add_settings_section(
		'memorial_card_banner',
		__( 'Site-wide banner', 'memorial-card' ),
		'memorial_card_section_text',
		'memorial-card'
	);

	$fields = array(
		'banner' => __( 'Banner', 'memorial-card' ),
		'lang'   => __( 'Language', 'memorial-card' ),
		'theme'  => __( 'Theme', 'memorial-card' ),
		'days'   => __( 'Days before 20 January', 'memorial-card' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			'memorial_card_' . $key,
			$label,
			'memorial_card_field_' . $key,
			'memorial-card',
			'memorial_card_banner',
			array( 'label_for' => 'memorial_card_' . $key )
		);
	}
}

/**
 * The section's introduction.
 */
function memorial_card_section_text() {
	echo '<p>' . esc_html__( 'A slim memorial card for the January 20 tragedy at the top of every page of the site, in the days before 20 January and on the day itself. Outside that season it is not shown and takes no space. The block "Memorial card" and the shortcode [memorial_card] put the card in a post or page.', 'memorial-card' ) . '</p>';
}

/**
 * The on/off field.
 */
function memorial_card_field_banner() {
	$settings = memorial_card_settings();
	printf(
		'<label><input type="checkbox" id="memorial_card_banner" name="memorial_card_settings[banner]" value="1"%s> %s</label>',
		checked( $settings['banner'], true, false ),
		esc_html__( 'Show the banner at the top of every page', 'memorial-card' )
	);
}

/**
 * The language field.
 */
function memorial_card_field_lang() {
	$settings   = memorial_card_settings();
	$vocabulary = memorial_card_vocabulary();
	$options    = array(
		/* translators: %s: the name, in itself, of the language the site's language maps to. */
		''   => sprintf( __( 'The site’s language (%s)', 'memorial-card' ), memorial_card_lang_name( memorial_card_site_lang() ) ),
	) + $vocabulary['languages'];
	memorial_card_select( 'memorial_card_lang', 'memorial_card_settings[lang]', $options, $settings['lang'] );
}

/**
 * The theme field.
 */
function memorial_card_field_theme() {
	$settings   = memorial_card_settings();
	$vocabulary = memorial_card_vocabulary();
	$options    = array();
	foreach ( $vocabulary['themes'] as $theme ) {
		$options[ $theme ] = memorial_card_theme_label( $theme );
	}
	memorial_card_select( 'memorial_card_theme', 'memorial_card_settings[theme]', $options, $settings['theme'] );
}

/**
 * Prints a select.
 *
 * @param string               $id       Its id.
 * @param string               $name     Its name.
 * @param array<string,string> $options  Each value with its label.
 * @param string               $selected The value selected.
 */
function memorial_card_select( $id, $name, array $options, $selected ) {
	printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
	foreach ( $options as $value => $label ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( (string) $value ), selected( $selected, (string) $value, false ), esc_html( $label ) );
	}
	echo '</select>';
}

/**
 * The season field.
 */
function memorial_card_field_days() {
	$settings   = memorial_card_settings();
	$vocabulary = memorial_card_vocabulary();
	$days       = $vocabulary['days'];
	printf(
		'<input type="number" id="memorial_card_days" name="memorial_card_settings[days]" value="%s" min="%s" max="%s" step="1" class="small-text" aria-describedby="memorial_card_days_help"><p class="description" id="memorial_card_days_help">%s</p>',
		esc_attr( (string) $settings['days'] ),
		esc_attr( (string) $days['min'] ),
		esc_attr( (string) $days['max'] ),
		esc_html(
			sprintf(
				/* translators: 1: the fewest days, 2: the most (a whole year). */
				__( 'The banner is shown from this many days before 20 January through the day itself. %1$d: on 20 January only; %2$d: all year. The day changes at midnight in Baku.', 'memorial-card' ),
				$days['min'],
				$days['max']
			)
		)
	);
	if ( $settings['banner'] ) {
		memorial_card_banner_status( $settings['days'] );
	}
}

/**
 * Under the days field, once the banner is on: whether readers see it
 * today, and out of season a link that shows the site as on the season's
 * first day (?memorial_card_preview=, for users who can edit posts only).
 *
 * @param int $days The saved days before 20 January.
 */
function memorial_card_banner_status( $days ) {
	if ( memorial_card_in_season( $days, '' ) ) {
		echo '<p class="description" id="memorial_card_status">' . esc_html__( 'Today the banner is shown.', 'memorial-card' ) . '</p>';
		return;
	}
	$start = memorial_card_season_start( $days, '' );
	printf(
		'<p class="description" id="memorial_card_status">%s <a href="%s">%s</a></p>',
		esc_html(
			sprintf(
				/* translators: %s: the first day of the banner's season, such as 19 January 2027. */
				__( 'Today the banner is hidden: readers see it from %s through 20 January.', 'memorial-card' ),
				$start['label']
			)
		),
		esc_url( add_query_arg( 'memorial_card_preview', $start['date'], home_url( '/' ) ) ),
		esc_html(
			sprintf(
				/* translators: %s: a day, such as 18 January 2027. */
				__( 'Preview as on %s', 'memorial-card' ),
				$start['label']
			)
		)
	);
}

/**
 * Who may change the banner: manage_options unless the filter
 * memorial_card_capability says otherwise (a newsroom gives it to Editors
 * with 'edit_others_posts').
 *
 * @return string
 */
function memorial_card_capability() {
	$capability = apply_filters( 'memorial_card_capability', 'manage_options' );
	return is_string( $capability ) && '' !== $capability ? $capability : 'manage_options';
}

// options.php checks the same capability when the form is saved.
add_filter( 'option_page_capability_memorial_card', 'memorial_card_capability' );

add_action( 'admin_menu', 'memorial_card_admin_menu' );

/**
 * Settings → Memorial card.
 */
function memorial_card_admin_menu() {
	add_options_page(
		/* translators: the plugin's name: the settings page's title and its menu item. */
		__( 'Memorial card', 'memorial-card' ),
		__( 'Memorial card', 'memorial-card' ),
		memorial_card_capability(),
		'memorial-card',
		'memorial_card_settings_page'
	);
}

/**
 * The settings page.
 */
function memorial_card_settings_page() {
	if ( ! current_user_can( memorial_card_capability() ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'memorial_card' );
	do_settings_sections( 'memorial-card' );
	submit_button();
	echo '</form></div>';
}
