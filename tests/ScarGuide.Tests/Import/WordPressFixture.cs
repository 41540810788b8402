namespace ScarGuide.Tests.Import;

/// <summary>
/// A small WordPress export written for these tests: two authors, a classic-editor post and a block-editor post,
/// a draft, a page, an attachment, a revision and a menu item, with the mess real exports have (a raw '&amp;', an HTML
/// entity outside CDATA, an undeclared namespace prefix, CDATA inside CDATA).
/// </summary>
internal static class WordPressFixture
{
    public const string Export = """
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0"
        	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
        	xmlns:content="http://purl.org/rss/1.0/modules/content/"
        	xmlns:dc="http://purl.org/dc/elements/1.1/"
        	xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
        	<title>Riverside Skin Clinic</title>
        	<link>https://clinic.example</link>
        	<description>Plain answers about scars and skin from the Riverside dermatology team.</description>
        	<language>en-US</language>
        	<wp:wxr_version>1.2</wp:wxr_version>
        	<wp:base_site_url>https://clinic.example</wp:base_site_url>
        	<wp:base_blog_url>https://clinic.example</wp:base_blog_url>
        	<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[anna]]></wp:author_login><wp:author_display_name><![CDATA[Anna Berg]]></wp:author_display_name></wp:author>
        	<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[drlee]]></wp:author_login><wp:author_display_name><![CDATA[Ana Lee]]></wp:author_display_name></wp:author>
        	<item>
        		<title>Sun, scars &amp; you&nbsp;today</title>
        		<link>https://clinic.example/2024/03/sun-and-scars/?ref=feed&src=rss</link>
        		<dc:creator><![CDATA[anna]]></dc:creator>
        		<guid isPermaLink="false">https://clinic.example/?p=10</guid>
        		<content:encoded><![CDATA[A new scar burns more easily than the skin around it. Cover it or use sunscreen for the first year.

        [caption id="attachment_30" align="alignnone" width="300"]<img src="https://clinic.example/wp-content/uploads/2024/03/gel-300x200.jpg" alt="Clear gel on a fingertip" width="300" height="200" /> Silicone gel is thin and dries in minutes.[/caption]

        <!--more-->
        Read about <a href="https://clinic.example/2024/04/silicone-gel/">silicone gel</a> next.
        Missing: <img src="https://clinic.example/wp-content/uploads/2024/03/not-there-1024x768.jpg?w=640" alt="A missing photo" />

        [contact-form-7 id="12" title="Ask us"]

        <iframe title="How to apply sunscreen" src="https://www.youtube.com/embed/abc123" width="560" height="315"></iframe>

        <table><tr><th>Month</th><th>What to do</th></tr><tr><td>1-6</td><td>Cover the scar</td></tr></table>

        <h2>Frequently Asked Questions</h2>
        <h3>Can I use any sunscreen?</h3>
        <p>Use a broad-spectrum sunscreen with SPF 30 or more.</p>
        <h3>Does sun make scars darker?</h3>
        <p>Yes, sun on a new scar can darken it for good.</p>

        Medically reviewed by Dr Ana Lee, MD, on March 20, 2024]]></content:encoded>
        		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
        		<wp:post_id>10</wp:post_id>
        		<wp:post_date><![CDATA[2024-03-12 09:00:00]]></wp:post_date>
        		<wp:post_modified><![CDATA[2024-03-20 10:00:00]]></wp:post_modified>
        		<wp:post_name><![CDATA[sun-and-scars]]></wp:post_name>
        		<wp:status><![CDATA[publish]]></wp:status>
        		<wp:post_type><![CDATA[post]]></wp:post_type>
        		<yoast:primary_category>3</yoast:primary_category>
        		<category domain="category" nicename="aftercare"><![CDATA[Aftercare]]></category>
        		<category domain="post_tag" nicename="sun"><![CDATA[sun]]></category>
        		<wp:postmeta><wp:meta_key><![CDATA[_yoast_wpseo_metadesc]]></wp:meta_key><wp:meta_value><![CDATA[Why a new scar needs sun protection for a year, and which sunscreen to choose.]]></wp:meta_value></wp:postmeta>
        		<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[30]]></wp:meta_value></wp:postmeta>
        		<wp:postmeta><wp:meta_key><![CDATA[_odd_note]]></wp:meta_key><wp:meta_value><![CDATA[Before <![CDATA[ inner ]]> after]]></wp:meta_value></wp:postmeta>
        	</item>
        	<item>
        		<title><![CDATA[Silicone gel for scars]]></title>
        		<link>https://clinic.example/2024/04/silicone-gel/</link>
        		<dc:creator><![CDATA[drlee]]></dc:creator>
        		<content:encoded><![CDATA[<!-- wp:paragraph -->
        <p>Silicone gel keeps a healing scar moist, which can help it become flatter and softer over a few months of daily use.</p>
        <!-- /wp:paragraph -->

        <!-- wp:heading -->
        <h2 class="wp-block-heading">How to use it</h2>
        <!-- /wp:heading -->

        <!-- wp:list -->
        <ul><li>Clean and dry the skin.</li><li>Spread a <strong>thin</strong> layer.</li></ul>
        <!-- /wp:list -->

        <!-- wp:kadence/image {"id":30} -->
        <figure class="wp-block-kadence-image"><img src="https://clinic.example/wp-content/uploads/2024/03/gel.jpg?w=800" alt="Clear gel on a fingertip"/></figure>
        <!-- /wp:kadence/image -->

        <!-- wp:yoast/faq-block -->
        <div class="schema-faq wp-block-yoast-faq-block"><div class="schema-faq-section"><strong class="schema-faq-question">How long should I use it?</strong> <p class="schema-faq-answer">Most people use it for two to three months.</p></div></div>
        <!-- /wp:yoast/faq-block -->

        <!-- wp:latest-posts /-->]]></content:encoded>
        		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
        		<wp:post_id>11</wp:post_id>
        		<wp:post_date><![CDATA[2024-04-02 08:00:00]]></wp:post_date>
        		<wp:post_name><![CDATA[silicone-gel]]></wp:post_name>
        		<wp:status><![CDATA[publish]]></wp:status>
        		<wp:post_type><![CDATA[post]]></wp:post_type>
        		<category domain="category" nicename="treatments"><![CDATA[Treatments]]></category>
        	</item>
        	<item>
        		<title><![CDATA[Laser for acne scars]]></title>
        		<link>https://clinic.example/?p=12</link>
        		<dc:creator><![CDATA[anna]]></dc:creator>
        		<content:encoded><![CDATA[Still being written.]]></content:encoded>
        		<wp:post_id>12</wp:post_id>
        		<wp:post_date><![CDATA[2024-05-01 08:00:00]]></wp:post_date>
        		<wp:post_name><![CDATA[]]></wp:post_name>
        		<wp:status><![CDATA[draft]]></wp:status>
        		<wp:post_type><![CDATA[post]]></wp:post_type>
        	</item>
        	<item>
        		<title><![CDATA[About the clinic]]></title>
        		<link>https://clinic.example/about-us/</link>
        		<dc:creator><![CDATA[anna]]></dc:creator>
        		<content:encoded><![CDATA[We are a small dermatology clinic by the river. Our doctors see adults and children with scars of every kind.]]></content:encoded>
        		<wp:post_id>20</wp:post_id>
        		<wp:post_date><![CDATA[2023-01-01 08:00:00]]></wp:post_date>
        		<wp:post_name><![CDATA[about-us]]></wp:post_name>
        		<wp:status><![CDATA[publish]]></wp:status>
        		<wp:post_type><![CDATA[page]]></wp:post_type>
        		<wp:postmeta><wp:meta_key><![CDATA[rank_math_description]]></wp:meta_key><wp:meta_value><![CDATA[Who we are: a small dermatology clinic by the river that treats scars in adults and children.]]></wp:meta_value></wp:postmeta>
        	</item>
        	<item>
        		<title><![CDATA[gel]]></title>
        		<wp:post_id>30</wp:post_id>
        		<wp:post_type><![CDATA[attachment]]></wp:post_type>
        		<wp:status><![CDATA[inherit]]></wp:status>
        		<wp:attachment_url><![CDATA[https://clinic.example/wp-content/uploads/2024/03/gel.jpg]]></wp:attachment_url>
        		<wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[Clear gel on a fingertip]]></wp:meta_value></wp:postmeta>
        	</item>
        	<item>
        		<title><![CDATA[Sun, scars and you]]></title>
        		<wp:post_id>13</wp:post_id>
        		<wp:post_type><![CDATA[revision]]></wp:post_type>
        		<wp:status><![CDATA[inherit]]></wp:status>
        	</item>
        	<item>
        		<title><![CDATA[Home]]></title>
        		<wp:post_id>14</wp:post_id>
        		<wp:post_type><![CDATA[nav_menu_item]]></wp:post_type>
        		<wp:status><![CDATA[publish]]></wp:status>
        	</item>
        </channel>
        </rss>
        """;
}
