"""newsbot: a Scrapy news crawler with a pure, Scrapy-free extraction core."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"

from newsbot.extract import extract  # noqa: E402  (re-export after the version constants it uses)

__all__ = ["extract", "__version__", "SCHEMA_VERSION"]
