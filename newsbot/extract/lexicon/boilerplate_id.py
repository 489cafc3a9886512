"""Indonesian boilerplate: Blogger/portal comment widgets, "Baca juga" links, UU ITE policy text."""

from newsbot.extract.lexicon.boilerplate_types import BoilerplatePhrases

PHRASES = BoilerplatePhrases(
    lines=(
        "iklan", "advertorial", "bagikan", "bagikan artikel", "bagikan artikel ini", "kembali ke atas",
        "beranda", "posting lebih baru", "posting lama", "posting lebih lama", "buka komentar",
        "tutup komentar", "write komentar", "tulis komentar", "komentar", "no comments", "tidak ada komentar",
        "gulir untuk melanjutkan", "scroll untuk melanjutkan", "scroll to continue with content",
        "scroll to continue", "lanjutkan membaca", "tag", "topik", "topik terkait", "berita terkait",
        "selengkapnya", "halaman selanjutnya", "halaman berikutnya", "(*)",
    ),
    prefixes=(
        "baca juga", "baca:", "lihat juga", "simak juga", "simak video", "tonton juga", "artikel terkait",
        "berita terkait", "ikuti berita", "ikuti kami", "dapatkan update berita", "follow juga",
        # Syndication notes of the portal networks and editor's-pick links ("Pilihan Editor: ...").
        "artikel ini telah tayang di", "artikel ini sudah tayang di", "artikel ini telah terbit di", "pilihan editor:",
        # App, channel and video pitches of the portals.
        "simak breaking news", "download aplikasi", "unduh aplikasi", "lihat video:", "klik di sini untuk",
    ),
    patterns=(
        r"\buu ite\b",
        r"\bsiapapun boleh berkomentar\b",
        r"\bkomentar sepenuhnya menjadi tanggung jawab\b",
        r"\bhak cipta\b.{0,40}\bdilindungi\b",
        r"^\(?\s*foto\s*:\s*[^)]{1,60}\)?$",
        r"^\[gambas:[^\]]{1,80}\]$",  # an embed placeholder left in the text: "[Gambas:Video CNN]"
        r"\b(?:ikuti|baca|cek|simak|follow)\b.{0,80}\bgoogle news\b",  # "Baca berita lainnya di Google News"
        r"^halaman\s*:?\s*(?:\d+\s*)+$",  # a page-number row: "Halaman: 1 2 3"
    ),
    end_markers=("buka komentar", "tutup komentar", "no comments", "write komentar", "posting lebih baru", "posting lama"),
    tag_labels=("topik", "tag", "tags", "topik terkait", "kata kunci"),
)
