"""Where pages declare their dates: <meta> keys (lower case) in order of trust (data only)."""

# article:published_time is the OpenGraph standard; the others are CMS and analytics conventions.
DATES_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "datecreated",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "cxenseparse:recs:publishtime",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "date",
    "displaydate",
)

DATES_MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "article:updated_time",
    "datemodified",
    "og:updated_time",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
)

# Regions (ISO 3166 codes, from "en-US", "en_PH") whose pages print numeric dates month first:
# the United States with its territories and associated states, and the Philippines.
DATES_MONTH_FIRST_REGIONS = frozenset({"US", "PH", "PR", "GU", "VI", "AS", "MP", "UM", "FM", "MH", "PW"})
