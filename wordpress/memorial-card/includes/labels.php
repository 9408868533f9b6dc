<?php
/**
 * The words for the vocabulary's values, for the settings page and the block
 * editor. The values themselves come from memorial_card_vocabulary(): a
 * translatable label for each value the plugin knows, and the value itself
 * for one it does not (a theme the element gained later), so that a new
 * value is offered everywhere without an edit here.
 *
 * @package MemorialCard
 */

defined( 'ABSPATH' ) || exit;

/**
 * A language's own name ("Русский"), or its code when it has none.
 *
 * @param string $lang A language code.
 * @return string
 */
function memorial_card_lang_name( $lang ) {
	$vocabulary = memorial_card_vocabulary();
	return isset( $vocabulary['languages'][ $lang ] ) ? $vocabulary['languages'][ $lang ] : $lang;
}

/**
 * A theme's label: the same words on the settings page and in the block's sidebar.
 *
 * @param string $theme A theme of the vocabulary.
 * @return string
 */
function memorial_card_theme_label( $theme ) {
	$labels = array(
		'auto'  => __( 'Auto (follows the page and the reader)', 'memorial-card' ),
		'light' => __( 'Light', 'memorial-card' ),
		'dark'  => __( 'Dark', 'memorial-card' ),
	);
	return isset( $labels[ $theme ] ) ? $labels[ $theme ] : $theme;
}

/**
 * A layout's label.
 *
 * @param string $layout A layout of the vocabulary.
 * @return string
 */
function memorial_card_layout_label( $layout ) {
	$labels = array(
		'card'    => __( 'Card', 'memorial-card' ),
		'compact' => __( 'Compact (one line, for page headers)', 'memorial-card' ),
	);
	return isset( $labels[ $layout ] ) ? $labels[ $layout ] : $layout;
}

/**
 * Options for a select: each value with its label, in the vocabulary's order.
 *
 * @param string[] $values The values.
 * @param callable $label  The label of one value.
 * @return array<int, array{value: string, label: string}>
 */
function memorial_card_options( array $values, $label ) {
	$options = array();
	foreach ( $values as $value ) {
		$options[] = array(
			'value' => $value,
			'label' => call_user_func( $label, $value ),
		);
	}
	return $options;
}
