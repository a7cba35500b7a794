"""Messages of the ADINDA cycle and score: stage descriptions, rubric errors, reports.

The stage descriptions paraphrase Diskominfo Kapuas Hulu ("Tentang KIM"); the
quoted Indonesian sentences themselves live in :mod:`kimlib.adinda._stages`.
"""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

MESSAGES: dict[str, Text] = {
    # --- what each stage means (Diskominfo Kapuas Hulu) ---------------------
    "adinda.stage.akses.description": Text(
        id="KIM mencari informasi dari berbagai sumber: media cetak, elektronik "
        "maupun pemerintah daerah/nasional.",
        en="The KIM looks for information from many sources: print and "
        "electronic media and the local or national government.",
    ),
    "adinda.stage.diskusi.description": Text(
        id="Informasi yang diperoleh didiskusikan bersama anggota dan masyarakat "
        "tentang manfaatnya bagi kelompok dan masyarakat.",
        en="The information obtained is discussed with members and the "
        "community: what use it is to the group and the community.",
    ),
    "adinda.stage.implementasi.description": Text(
        id="Informasi yang telah didiskusikan diterapkan agar memberi manfaat "
        "atau meningkatkan produktivitas masyarakat.",
        en="The information discussed is put to use so that it benefits the "
        "community or raises its productivity.",
    ),
    "adinda.stage.implementasi.example": Text(
        id="Di desa yang sebagian besar warganya petani, KIM mengakses informasi "
        "untuk meningkatkan produktivitas pertanian atau akses penjualan hasil "
        "panen; setelah diolah dan didiskusikan, masyarakat menerapkannya agar "
        "memberi nilai tambah bagi desanya.",
        en="In a village of mostly farmers, the KIM gathers information on "
        "raising farm productivity or on selling the harvest; once processed "
        "and discussed, the community applies it to add value in its village.",
    ),
    "adinda.stage.networking.description": Text(
        id="KIM membangun jaringan informasi dengan berbagai pihak, antara lain "
        "Dinas Kominfo sebagai OPD pengelola informasi, dan media sosial khusus "
        "KIM tingkat lokal maupun nasional.",
        en="The KIM builds an information network with many parties, among "
        "them the Dinas Kominfo (the office in charge of information) and the "
        "KIM social-media groups, local and national.",
    ),
    "adinda.stage.diseminasi.description": Text(
        id="KIM mencerdaskan masyarakat dengan literasi media dan, sebagai mitra "
        "pemerintah, menyebarkan program pemerintah daerah dan pusat.",
        en="The KIM educates its community through media literacy and, as a "
        "partner of government, passes on local and national government "
        "programmes.",
    ),
    "adinda.stage.aspirasi.description": Text(
        id="KIM menyampaikan kebutuhan masyarakat kepada pengambil kebijakan "
        "agar diakomodasi pemerintah daerah.",
        en="The KIM carries the community's needs to policy makers so that the "
        "local government can accommodate them.",
    ),
    # --- rubric validation -------------------------------------------------
    "adinda.rubric.not_a_number": Text(id="harus berupa angka", en="must be a number"),
    "adinda.rubric.not_finite": Text(
        id="harus angka terhingga (bukan NaN atau tak hingga)",
        en="must be a finite number (not NaN or infinity)",
    ),
    "adinda.rubric.not_positive": Text(
        id="harus lebih dari nol", en="must be greater than zero"
    ),
    "adinda.rubric.all_zero": Text(
        id="setidaknya satu bobot tahap harus lebih dari nol",
        en="at least one stage weight must be greater than zero",
    ),
    "adinda.rubric.share_range": Text(
        id="harus paling sedikit 0 dan kurang dari 1",
        en="must be at least 0 and less than 1",
    ),
    "adinda.rubric.not_a_mapping": Text(
        id="harus pemetaan (kunci ke angka)",
        en="must be a mapping (keys to numbers)",
    ),
    # --- explanation of a report ---------------------------------------------
    "adinda.explain.title": Text(
        id="Skor ADINDA {period}: {total} dari 100",
        en="ADINDA score for {period}: {total} out of 100",
    ),
    "adinda.explain.rubric_default": Text(
        id="Rubrik bawaan kimlib: buatan kimlib sendiri, bukan standar resmi.",
        en="kimlib's default rubric: kimlib's own, not an official standard.",
    ),
    "adinda.explain.rubric_custom": Text(id="Rubrik: {name}.", en="Rubric: {name}."),
    "adinda.explain.stage": Text(
        id="- {stage}: {points} dari {cap} poin (kegiatan: {count}; bobot efektif "
        "{effective} dari target {target})",
        en="- {stage}: {points} of {cap} points (activities: {count}; effective "
        "{effective} of a target of {target})",
    ),
    "adinda.explain.cycles": Text(
        id="- Siklus topik: {points} dari {cap} poin (siklus lengkap: {complete}; "
        "target {target})",
        en="- Topic cycles: {points} of {cap} points (complete cycles: {complete}; "
        "a target of {target})",
    ),
    "adinda.explain.partial_cycle": Text(
        id="  Topik \u201c{topic}\u201d belum lengkap; tahap yang belum ada: {missing}",
        en="  Topic \u201c{topic}\u201d is not complete; missing: {missing}",
    ),
    "adinda.explain.unordered_cycle": Text(
        id="  Topik \u201c{topic}\u201d sudah memiliki keenam tahap, tetapi belum "
        "ada akses, lalu diskusi, lalu implementasi secara berurutan",
        en="  Topic \u201c{topic}\u201d has all six stages but no akses followed "
        "by a diskusi followed by an implementasi",
    ),
    "adinda.explain.missing": Text(
        id="Tahap tanpa kegiatan: {stages}.",
        en="Stages without activity: {stages}.",
    ),
    "adinda.explain.no_activity": Text(
        id="Tidak ada kegiatan dalam periode ini.",
        en="No activity in this period.",
    ),
    "adinda.explain.next_title": Text(
        id="Langkah berikutnya yang paling meningkatkan skor:",
        en="Next steps that raise the score most:",
    ),
    "adinda.explain.next": Text(
        id="- satu kegiatan {form} untuk tahap {stage}: +{gain} poin",
        en="- one {form} activity for the {stage} stage: +{gain} points",
    ),
    "adinda.explain.next_cycle": Text(
        id="- satu kegiatan {form} untuk tahap {stage} bertopik \u201c{topic}\u201d "
        "(melengkapi siklusnya): +{gain} poin",
        en="- one {form} activity for the {stage} stage on \u201c{topic}\u201d "
        "(completes its cycle): +{gain} points",
    ),
    "adinda.explain.none": Text(id="tidak ada", en="none"),
}
