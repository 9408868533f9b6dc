<?php
/**
 * The block's render file (block.json "render"): WordPress includes it with
 * $attributes, $content and $block.
 *
 * @package MemorialCard
 */

defined( 'ABSPATH' ) || exit;

echo memorial_card_kses( memorial_card_render_block( isset( $attributes ) ? $attributes : array() ) );
