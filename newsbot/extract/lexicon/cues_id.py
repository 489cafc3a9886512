"""Indonesian quote attribution: "kata X", "X mengatakan", "menurut X", and "-nya" forms ("jelasnya")."""

from newsbot.extract.lexicon.cues_types import QuoteCues

CUES = QuoteCues(
    verbs=("kata", "ujar", "ucap", "ungkap", "jelas", "tutur", "tegas", "terang", "imbuh", "tambah", "sebut",
           "papar", "lanjut", "tulis", "pungkas", "seru", "akui", "klaim", "mengatakan", "menyatakan",
           "menjelaskan", "menegaskan", "menambahkan", "mengungkapkan", "menuturkan", "menerangkan",
           "menyebut", "menyebutkan", "memaparkan", "melanjutkan", "menulis", "mengaku", "mengklaim",
           "berkata", "bertutur", "berujar", "bersabda", "menandaskan", "tandas", "beber", "sambung", "tukas",
           "kilah", "tanya", "imbau", "menyampaikan", "mengingatkan", "mengimbau", "memastikan",
           "membenarkan", "menuturkan", "mengungkap", "menukas", "bertanya", "menanyakan", "menilai"),
    self_verbs=("katanya", "ujarnya", "ucapnya", "ungkapnya", "jelasnya", "tuturnya", "tegasnya", "terangnya",
                "imbuhnya", "tambahnya", "sebutnya", "paparnya", "lanjutnya", "tulisnya", "pungkasnya",
                "serunya", "akunya", "klaimnya", "tandasnya", "bebernya", "sambungnya", "tukasnya", "kilahnya",
                "tanyanya", "imbaunya", "pesannya", "ucapnya", "tuturnya", "katanya", "nilainya"),
    according=("menurut",),
    pronouns=("dia", "ia", "beliau", "mereka"),
    titles=("presiden", "wakil presiden", "menteri", "wakil menteri", "menteri luar negeri", "menteri dalam negeri",
            "juru bicara", "jubir", "gubernur", "wakil gubernur", "bupati", "wali kota", "walikota", "ketua",
            "wakil ketua", "direktur", "kepala", "kapolri", "kapolda", "kapolres", "panglima", "sekretaris",
            "sekjen", "dirut", "direktur utama", "perdana menteri", "raja", "ratu", "pangeran", "hakim",
            "jaksa", "profesor", "prof.", "dr.", "bapak", "pak", "ibu", "bu", "saudara", "kanselir", "senator"),
    unnamed=("seorang", "salah", "para", "sejumlah", "pihak", "warga", "polisi"),
    title_objects=("luar", "dalam", "negeri", "perdagangan", "keuangan", "pertahanan", "kesehatan", "pendidikan",
                   "perindustrian", "pertanian", "perhubungan", "sosial", "agama", "hukum", "ham", "koordinator",
                   "bidang", "politik", "keamanan", "perekonomian", "energi", "sumber", "daya", "mineral",
                   "lingkungan", "hidup", "kehutanan", "kelautan", "perikanan", "pariwisata", "ekonomi",
                   "kreatif", "badan", "dinas", "kementerian", "komisi", "umum", "daerah", "provinsi",
                   "kabupaten", "kota", "pusat", "nasional", "republik", "indonesia", "humas", "divisi",
                   "bagian", "biro", "penerangan", "informasi", "komunikasi", "polda", "polres", "polresta",
                   "polsek", "satreskrim", "reskrim", "lalu", "lintas", "utama", "eksekutif", "bpbd", "bnpb",
                   "dpr", "dprd", "mpr", "kpk", "bi", "ojk", "bumn", "pupr", "kemenkes", "kemenlu", "ri"),
)
