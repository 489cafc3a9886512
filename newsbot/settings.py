"""Scrapy project settings: a polite, bounded crawler by default. NEWSBOT_* settings configure newsbot's parts."""

import os

from newsbot import __version__

BOT_NAME = "newsbot"
SPIDER_MODULES = ["newsbot.spiders"]
NEWSPIDER_MODULE = "newsbot.spiders"

# An honest user agent that says what we are. Whoever runs a crawl should add a way to reach them:
# NEWSBOT_CONTACT="https://your.site/bot or you@example.org" is appended to it.
NEWSBOT_CONTACT = os.environ.get("NEWSBOT_CONTACT", "")
USER_AGENT = f"newsbot/{__version__} (news crawler{'; +' + NEWSBOT_CONTACT if NEWSBOT_CONTACT else ''})"

# Politeness
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4

# Bounded downloads: a news page over 20 MB is not an article; give up on slow hosts after 30 s.
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]

HTTPCACHE_ENABLED = False
COOKIES_ENABLED = False

# Scrapy's default of 100 runs ~100 asyncio tasks per response; one article per response needs few.
CONCURRENT_ITEMS = 4
# The check re-parses every callback's source with ast on first use; our callbacks are plain generators.
WARN_ON_GENERATOR_RETURN_VALUE = False

# Extensions a batch crawler does not need: an interactive console and an HTTP code-execution endpoint.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
EXTENSIONS = {
    "newsbot.warc_writer.WarcWriterExtension": 500,
    "newsbot.resume.ResumeStatusExtension": 510,
    "newsbot.dupefilter.FilteredRequestStats": 520,  # requests the dupefilter removed: counted drops in the summary
    "newsbot.gc_tuning.GcThresholdExtension": 530,  # fewer garbage-collector passes over the crawler's heap
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
    "scrapy.extensions.memdebug.MemoryDebugger": None,
}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# The incremental parts and the WARC writer switch themselves off (NotConfigured) unless their setting is set.
ITEM_PIPELINES = {
    "newsbot.pipelines.ValidatePipeline": 100,
    "newsbot.pipelines.DedupePipeline": 200,
    "newsbot.incremental.IncrementalPipeline": 300,
    "newsbot.pipelines.JsonlWriterPipeline": 900,
    "newsbot.incremental.SeenStoreRecordPipeline": 950,  # after the line is written: a kill re-fetches, never loses
}
# Refuses private, loopback and link-local hosts for spiders fetching user-listed URLs (newsbot/netguard.py).
DOWNLOADER_MIDDLEWARES = {
    "newsbot.netguard.PrivateAddressGuardMiddleware": 50,
    # the same meta-refresh redirects, without decoding every whole page to read its head
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "newsbot.middlewares.HeadMetaRefreshMiddleware": 580,
}
SPIDER_MIDDLEWARES = {
    "newsbot.incremental.SeenStoreSpiderMiddleware": 950,
}

# newsbot's own settings
NEWSBOT_OUTPUT_DIR = "output"  # runs go to <dir>/<spider>/<UTC timestamp>.jsonl
NEWSBOT_OUTPUT_FILE = None  # an explicit file instead (the CLI's -o)
NEWSBOT_FOLLOW_MAX_PAGES = 100  # followed pages per run when a spider runs with -a follow=1
NEWSBOT_FOLLOW_MAX_DEPTH = 3  # link hops from a start page when following
NEWSBOT_NETGUARD_ENABLED = True  # private-address guard (newsbot/netguard.py)
NEWSBOT_NETGUARD_SPIDERS = ["article"]  # spiders it guards ("*": all)
NEWSBOT_NETGUARD_ALLOW: list[str] = []  # hosts or networks let through ("127.0.0.1", "10.0.0.0/8")
NEWSBOT_SITEMAP_MAX_BYTES = 50 * 1024 * 1024  # decompressed sitemap cap (the sitemaps.org limit)
LOG_FORMATTER = "newsbot.pipelines.ShortDropLogFormatter"
NEWSBOT_STATE_DIR = os.environ.get("NEWSBOT_STATE_DIR") or None  # seen-store for incremental runs (off when unset)
NEWSBOT_WARC_DIR = None  # archive every response as <dir>/<spider>-<UTC time>-<pid>.warc.gz (off when unset)
NEWSBOT_WARC_FILE = None  # an explicit WARC file instead
NEWSBOT_REDIS_URL = os.environ.get("NEWSBOT_REDIS_URL") or None  # distributed mode (see newsbot/distributed.py)
NEWSBOT_GC_THRESHOLD = 50_000  # gc generation-0 threshold during a crawl (newsbot/gc_tuning.py); 0: Python's 700
NEWSBOT_RESUME_DIR = None  # set by `newsbot crawl --resume DIR` (newsbot/resume.py)
