<?php
/**
 * WordPress chores for the test, run with the PHP CLI:
 *   php wp.php install URL     installs WordPress (the database must be empty)
 *   php wp.php setup URL       activates the plugin, creates an Author and the posts; prints JSON
 *   php wp.php content URL     prints the_content of the text on standard input
 *   php wp.php theme URL SLUG  switches to theme SLUG; prints JSON
 *   php wp.php locale URL LOC  sets the site's language (WPLANG; '' for English); prints JSON
 *   php wp.php option URL NAME [VALUE]  sets option NAME to VALUE, or deletes it; prints JSON
 *   php wp.php reset-templates URL  deletes the Site Editor's saved templates and template parts; prints JSON
 *   php wp.php uninstall URL   deactivates and uninstalls the plugin; prints JSON
 */
$command = isset( $argv[1] ) ? $argv[1] : '';
$url     = isset( $argv[2] ) ? $argv[2] : 'http://127.0.0.1:8089';
$parts   = parse_url( $url );

$_SERVER['HTTP_HOST']   = $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PORT'] = isset( $parts['port'] ) ? $parts['port'] : 80;

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require ( getenv( 'MEMORIAL_CARD_WP_ROOT' ) ? getenv( 'MEMORIAL_CARD_WP_ROOT' ) : '/usr/share/wordpress' ) . '/wp-load.php';

function out( $value ) {
	echo wp_json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( 'Memorial card test', 'admin', 'admin@example.test', false, '', 'admin-password-1' );
		out( array( 'user_id' => $result['user_id'] ) );
		break;

	case 'setup':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$activated = activate_plugin( 'memorial-card/memorial-card.php' );
		if ( is_wp_error( $activated ) ) {
			fwrite( STDERR, $activated->get_error_message() . "\n" );
			exit( 1 );
		}
		$author = wp_insert_user(
			array(
				'user_login' => 'author',
				'user_pass'  => 'author-password-1',
				'user_email' => 'author@example.test',
				'role'       => 'author',
			)
		);
		if ( is_wp_error( $author ) ) {
			fwrite( STDERR, $author->get_error_message() . "\n" );
			exit( 1 );
		}
		$editor = wp_insert_user(
			array(
				'user_login' => 'editor',
				'user_pass'  => 'editor-password-1',
				'user_email' => 'editor@example.test',
				'role'       => 'editor',
			)
		);
		if ( is_wp_error( $editor ) ) {
			fwrite( STDERR, $editor->get_error_message() . "\n" );
			exit( 1 );
		}
		foreach ( array( 1, $author, $editor ) as $user ) {
			// No welcome guide in the block editor.
			update_user_meta( $user, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
		}
		$posts = array(
			// As the Author: KSES filters the content as it would in the editor.
			'block'     => array(
				$author,
				'A post with the block',
				"<!-- wp:paragraph -->\n<p>The card below is the Memorial card block.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:memorial-card/card {\"lang\":\"ru\",\"layout\":\"compact\",\"timeZone\":\"Europe/Moscow\"} /-->\n\n<!-- wp:paragraph -->\n<p>Text after the block.</p>\n<!-- /wp:paragraph -->",
			),
			'shortcode' => array(
				$author,
				'A post with the shortcode',
				"The card below is the shortcode, in classic content.\n\n[memorial_card lang=\"az\" theme=\"dark\"]\n\nText after the shortcode.",
			),
			'two'       => array(
				$author,
				'Two cards on one page',
				"<!-- wp:memorial-card/card {\"lang\":\"en\",\"theme\":\"light\"} /-->\n\n<!-- wp:shortcode -->\n[memorial_card lang=\"ru\" layout=\"compact\"]\n<!-- /wp:shortcode -->",
			),
			'season'    => array(
				$author,
				'A card with a season',
				'<!-- wp:memorial-card/card {"lang":"en","layout":"compact","showDaysBefore":2} /-->',
			),
			// A shortcode in running text: in a Paragraph block, and in classic content.
			'inline_block'   => array(
				$author,
				'A shortcode inside a paragraph',
				"<!-- wp:paragraph -->\n<p>Before [memorial_card layout=\"compact\"] after.</p>\n<!-- /wp:paragraph -->",
			),
			'inline_classic' => array(
				$author,
				'A shortcode inside classic text',
				"Inline [memorial_card] text.\n\nThe next paragraph.",
			),
			'wide'           => array(
				$author,
				'A wide card',
				"<!-- wp:paragraph -->\n<p>A wide card below.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:memorial-card/card {\"lang\":\"en\",\"align\":\"wide\"} /-->",
			),
			'full'           => array(
				$author,
				'A full-width card',
				"<!-- wp:paragraph -->\n<p>A full-width card below.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:memorial-card/card {\"lang\":\"en\",\"align\":\"full\"} /-->",
			),
			'bad'       => array(
				$author,
				'Bad shortcode values by the Author',
				"[memorial_card lang=\"<script>\" theme=\"dark&quot; onload=&quot;alert(1)\" layout=\"wide\" time_zone=\"Mars/Olympus\" show_days_before=\"400\"]",
			),
			// As the administrator (unfiltered_html): the values reach the shortcode as typed.
			'bad_admin' => array(
				1,
				'Bad shortcode values by the Administrator',
				"[memorial_card lang=\"<script>\" theme='\"><img src=x onerror=alert(1)>' layout=\"wide\" time_zone=\"Mars/Olympus\" show_days_before=\"-1\"]",
			),
		);
		$result = array( 'author' => $author );
		foreach ( $posts as $key => $post ) {
			wp_set_current_user( $post[0] );
			kses_init();
			$id = wp_insert_post(
				array(
					'post_title'   => $post[1],
					'post_content' => $post[2],
					'post_status'  => 'publish',
					'post_author'  => $post[0],
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				fwrite( STDERR, $id->get_error_message() . "\n" );
				exit( 1 );
			}
			$result['posts'][ $key ] = array(
				'id'      => $id,
				'url'     => get_permalink( $id ),
				'content' => get_post_field( 'post_content', $id ),
			);
		}
		$result['author_can_unfiltered_html'] = user_can( $author, 'unfiltered_html' );
		out( $result );
		break;

	case 'theme':
		$before = get_stylesheet();
		switch_theme( isset( $argv[3] ) ? $argv[3] : WP_DEFAULT_THEME );
		out( array( 'before' => $before, 'now' => get_stylesheet() ) );
		break;

	case 'locale':
		// WordPress keeps only a language whose core translation is installed;
		// Debian has none for az (a site gets it from translate.wordpress.org):
		// the plugin's own translations are what is tested.
		add_filter(
			'sanitize_option_WPLANG',
			function ( $value, $option, $original ) {
				return $original;
			},
			20,
			3
		);
		update_option( 'WPLANG', isset( $argv[3] ) ? $argv[3] : '' );
		// The editor's remembered panels (a narrow window closes the sidebar) start afresh.
		foreach ( get_users( array( 'fields' => 'ID' ) ) as $user ) {
			update_user_meta( $user, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
		}
		out( array( 'locale' => get_option( 'WPLANG' ) ) );
		break;

	case 'option':
		if ( isset( $argv[4] ) ) {
			update_option( $argv[3], $argv[4] );
		} else {
			delete_option( $argv[3] );
		}
		out( array( $argv[3] => get_option( $argv[3], null ) ) );
		break;

	case 'reset-templates':
		$ids = get_posts(
			array(
				'post_type'   => array( 'wp_template', 'wp_template_part' ),
				'post_status' => 'any',
				'numberposts' => -1,
				'fields'      => 'ids',
			)
		);
		foreach ( $ids as $id ) {
			wp_delete_post( $id, true );
		}
		out( array( 'deleted' => count( $ids ) ) );
		break;

	case 'content':
		echo apply_filters( 'the_content', stream_get_contents( STDIN ) );
		break;

	case 'uninstall':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		update_option( 'memorial_card_settings', array( 'banner' => true ) );
		$before = get_option( 'memorial_card_settings', 'missing' );
		deactivate_plugins( 'memorial-card/memorial-card.php' );
		uninstall_plugin( 'memorial-card/memorial-card.php' );
		wp_cache_flush();
		out(
			array(
				'before' => false !== $before && 'missing' !== $before,
				'after'  => get_option( 'memorial_card_settings', 'missing' ),
			)
		);
		break;

	default:
		fwrite( STDERR, "unknown command\n" );
		exit( 2 );
}
