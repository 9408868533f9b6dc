<?php
/**
 * Removes the plugin's options when it is deleted.
 *
 * @package MemorialCard
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $memorial_card_site ) {
		switch_to_blog( $memorial_card_site );
		delete_option( 'memorial_card_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'memorial_card_settings' );
}
