"""newsbot spiders: article (given URLs), sitemap (robots.txt -> sitemaps), feed (RSS/Atom)."""
