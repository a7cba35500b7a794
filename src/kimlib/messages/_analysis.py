"""Messages of the analysis helpers: indicators, KIM mapping and vocabulary.

Keys start with ``indicator.`` (success indicators, :mod:`kimlib.indicators`),
``mapping.`` (KIM mapping, :mod:`kimlib.stakeholders`) or ``vocabulary.``
(the sources' vocabulary, :mod:`kimlib.terms`). The Indonesian text of a
quoted item follows the source's wording with its typing errors corrected; the
verbatim quote is kept next to the code that uses it.
"""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

_INDICATORS: dict[str, Text] = {
    # Diskominfosatik Banten: "indikator keberhasilan dari eksistensi KIM yaitu ...".
    "indicator.statement.kesadaran_isu": Text(
        id="Meningkatnya kesadaran masyarakat tentang isu-isu penting",
        en="Greater public awareness of important issues",
    ),
    "indicator.statement.aksesibilitas_informasi": Text(
        id="Peningkatan aksesibilitas informasi",
        en="Better accessibility of information",
    ),
    "indicator.statement.partisipasi_keputusan": Text(
        id="Meningkatnya partisipasi masyarakat dalam pengambilan keputusan",
        en="Greater public participation in decision-making",
    ),
    "indicator.statement.kualitas_hidup": Text(
        id="Perbaikan kualitas hidup masyarakat",
        en="Improvement in the community's quality of life",
    ),
    "indicator.statement.kemampuan_informasi": Text(
        id="Meningkatnya kemampuan masyarakat dalam mengakses dan memanfaatkan"
        " informasi",
        en="Greater ability of the community to access and use information",
    ),
    "indicator.not_finite": Text(
        id="harus berupa angka terhingga", en="must be a finite number"
    ),
    "indicator.not_a_date": Text(
        id="harus berupa tanggal (YYYY-MM-DD)", en="must be an ISO date (YYYY-MM-DD)"
    ),
    "indicator.not_an_indicator": Text(
        id="bukan indikator keberhasilan; pilihan: {allowed}",
        en="not a success indicator; choose one of: {allowed}",
    ),
    "indicator.progress.improving": Text(
        id="{indicator}: membaik, dari {before} menjadi {after} ({change})",
        en="{indicator}: improving, from {before} to {after} ({change})",
    ),
    "indicator.progress.flat": Text(
        id="{indicator}: tetap, dari {before} menjadi {after} ({change},"
        " dalam ambang {threshold})",
        en="{indicator}: flat, from {before} to {after} ({change},"
        " within the threshold {threshold})",
    ),
    "indicator.progress.declining": Text(
        id="{indicator}: menurun, dari {before} menjadi {after} ({change})",
        en="{indicator}: declining, from {before} to {after} ({change})",
    ),
    "indicator.progress.no_data": Text(
        id="{indicator}: tidak ada data untuk {missing}",
        en="{indicator}: no data for {missing}",
    ),
    "indicator.period.before": Text(id="periode awal", en="the first period"),
    "indicator.period.after": Text(id="periode akhir", en="the second period"),
    "indicator.period.both": Text(id="kedua periode", en="either period"),
    "indicator.summary": Text(
        id="{improving} membaik, {flat} tetap, {declining} menurun,"
        " {without_data} tanpa data",
        en="{improving} improving, {flat} flat, {declining} declining,"
        " {without_data} without data",
    ),
}

_MAPPING: dict[str, Text] = {
    "mapping.score_range": Text(
        id="harus angka antara 0 dan 1", en="must be a number between 0 and 1"
    ),
    "mapping.threshold_range": Text(
        id="ambang harus lebih dari 0 dan paling besar 1",
        en="a threshold must be above 0 and at most 1",
    ),
    "mapping.scale_range": Text(
        id="skor harus antara {low} dan {high}",
        en="the score must be between {low} and {high}",
    ),
    "mapping.placement": Text(
        id="{subject}: {engagement} — {recommendation}",
        en="{subject}: {engagement} — {recommendation}",
    ),
    # kimlib's own recommendations, one per cell: the letters are the levels of
    # interest (ketertarikan), influence (pengaruh) and power (kekuatan).
    "mapping.cell.hhh": Text(
        id="mitra utama: libatkan dalam perencanaan",
        en="key partner: involve in planning",
    ),
    "mapping.cell.hhl": Text(
        id="libatkan dalam diskusi dan pelaksanaan; perkuat sumber dayanya",
        en="involve in discussion and implementation; strengthen its resources",
    ),
    "mapping.cell.hlh": Text(
        id="libatkan dan beri peran yang terlihat agar pengaruhnya tumbuh",
        en="involve and give it a visible role so that its influence grows",
    ),
    "mapping.cell.lhh": Text(
        id="jaga kepuasan: sampaikan keputusan penting dan tumbuhkan minatnya",
        en="keep satisfied: share key decisions and build its interest",
    ),
    "mapping.cell.lhl": Text(
        id="jaga kepuasan: mintai pendapat pada isu yang menyangkutnya",
        en="keep satisfied: ask its view on the issues that concern it",
    ),
    "mapping.cell.llh": Text(
        id="jaga kepuasan: laporkan kegiatan secara berkala",
        en="keep satisfied: report on activities regularly",
    ),
    "mapping.cell.hll": Text(
        id="informasikan secara rutin dan undang ke kegiatan",
        en="keep informed and invite to activities",
    ),
    "mapping.cell.lll": Text(id="pantau perkembangannya", en="monitor for changes"),
}

_FUNCTIONS: dict[str, Text] = {
    # Diskominfo Kota Serang: "Adapun fungsi KIM, antara lain ...".
    "vocabulary.function.wahana_informasi": Text(
        id="Sebagai wahana informasi", en="A vehicle for information"
    ),
    "vocabulary.function.mitra_dialog": Text(
        id="Sebagai mitra dialog dengan Pemerintah Provinsi maupun Kota dalam"
        " merumuskan kebijakan publik",
        en="A dialogue partner of the provincial and city governments in"
        " formulating public policy",
    ),
    "vocabulary.function.peningkatan_literasi": Text(
        id="Sebagai peningkatan literasi masyarakat di bidang informasi dan media"
        " massa serta teknologi informasi dan komunikasi di kalangan anggota KIM"
        " dan masyarakat",
        en="A means of raising literacy in information, the mass media and"
        " information and communication technology among KIM members and the"
        " community",
    ),
    "vocabulary.function.nilai_ekonomi": Text(
        id="Sebagai lembaga yang memiliki nilai ekonomi",
        en="An institution with economic value",
    ),
    # Diskominfo Kota Serang: the KIM vision.
    "vocabulary.vision": Text(
        id="Terwujudnya KIM yang inovatif dalam meningkatkan nilai tambah bagi"
        " masyarakat melalui pendayagunaan informasi dan komunikasi dalam rangka"
        " mencapai masyarakat informasi yang sejahtera",
        en="Innovative KIMs that add value for the community by making use of"
        " information and communication, towards a prosperous information"
        " society",
    ),
}

_MISSIONS: dict[str, Text] = {
    # Diskominfo Kota Serang: "Untuk mewujudkan Visi tersebut, KIM ...".
    "vocabulary.mission.tumbuh_mandiri": Text(
        id="Mendorong tumbuh dan berkembangnya KIM secara mandiri sebagai wahana"
        " informasi dalam masyarakat",
        en="Encourage KIMs to grow and develop independently as vehicles for"
        " information in the community",
    ),
    "vocabulary.mission.arus_informasi": Text(
        id="Meningkatkan peranan KIM dalam memperlancar arus informasi antara"
        " Pemerintah dengan masyarakat dan antargolongan masyarakat",
        en="Strengthen the role of KIMs in easing the flow of information between"
        " the government and the community and among community groups",
    ),
    "vocabulary.mission.literasi_informasi": Text(
        id="Meningkatkan kemampuan anggota KIM dalam mengakses dan mengelola"
        " informasi untuk meningkatkan literasi informasi dan mengatasi"
        " kesenjangan informasi",
        en="Improve KIM members' ability to access and manage information, to"
        " raise information literacy and close the information gap",
    ),
    "vocabulary.mission.nilai_tambah": Text(
        id="Mengembangkan aktivitas KIM dalam mendayagunakan informasi guna"
        " meningkatkan nilai tambah masyarakat",
        en="Develop KIM activities that make use of information to add value for"
        " the community",
    ),
    "vocabulary.mission.aspirasi": Text(
        id="Meningkatkan aktivitas KIM dalam menyerap dan menyalurkan aspirasi"
        " masyarakat",
        en="Increase KIM activity in gathering and channelling the community's"
        " aspirations",
    ),
}

_PURPOSES: dict[str, Text] = {
    # MMC Kalteng: "KIM dibentuk untuk ...".
    "vocabulary.purpose.menemukan_masalah": Text(
        id="Menemukan masalah bersama melalui diskusi dengan anggota kelompok",
        en="Find shared problems through discussion among the group's members",
    ),
    "vocabulary.purpose.mengenali_pemecahan": Text(
        id="Mengenali cara pemecahan masalah", en="Identify ways to solve problems"
    ),
    "vocabulary.purpose.keputusan_bersama": Text(
        id="Membuat keputusan bersama", en="Make decisions together"
    ),
    "vocabulary.purpose.melaksanakan_keputusan": Text(
        id="Melaksanakan keputusan dengan kerja sama",
        en="Carry out decisions cooperatively",
    ),
    "vocabulary.purpose.jaringan_informasi": Text(
        id="Mengembangkan jaringan informasi untuk memecahkan masalah dan memenuhi"
        " kebutuhan",
        en="Build information networks to solve problems and meet needs",
    ),
}

_TECHNIQUES: dict[str, Text] = {
    # kaltengtoday.com: the empowerment techniques.
    "vocabulary.technique.workshop": Text(id="Workshop", en="Workshop"),
    "vocabulary.technique.temu_wicara": Text(
        id="Temu wicara", en="Public hearing (temu wicara)"
    ),
    "vocabulary.technique.sarasehan": Text(
        id="Sarasehan", en="Community gathering (sarasehan)"
    ),
    "vocabulary.technique.lokakarya": Text(id="Lokakarya", en="Workshop (lokakarya)"),
    "vocabulary.technique.anjangsana": Text(id="Anjangsana", en="Visit (anjangsana)"),
    "vocabulary.technique.diskusi": Text(id="Diskusi", en="Discussion"),
    "vocabulary.technique.dialog": Text(id="Dialog", en="Dialogue"),
    "vocabulary.technique.widyawisata": Text(id="Widyawisata", en="Study trip"),
    "vocabulary.technique.pendidikan_pelatihan": Text(
        id="Pendidikan dan latihan", en="Education and training"
    ),
    "vocabulary.technique.advokasi": Text(
        id="Advokasi (litigasi, paralegal)",
        en="Advocacy (litigation, paralegal aid)",
    ),
    "vocabulary.technique.mediasi": Text(id="Mediasi", en="Mediation"),
    "vocabulary.technique.konsultasi": Text(
        id="Konsultasi atau konseling", en="Consultation or counselling"
    ),
    # Diskominfosatik Banten: the capacity-building forms.
    "vocabulary.capacity.bimbingan_teknis": Text(
        id="Bimbingan teknis", en="Technical guidance"
    ),
    "vocabulary.capacity.workshop_lokakarya": Text(
        id="Workshop/lokakarya", en="Workshop"
    ),
    "vocabulary.capacity.sarasehan": Text(
        id="Sarasehan", en="Community gathering (sarasehan)"
    ),
    "vocabulary.capacity.forum_diskusi": Text(
        id="Forum diskusi", en="Discussion forum"
    ),
    "vocabulary.capacity.media_sosial": Text(
        id="Pemanfaatan media sosial", en="Use of social media"
    ),
    "vocabulary.capacity.pesan_instan": Text(
        id="Media pengiriman pesan instan", en="Instant messaging"
    ),
    "vocabulary.capacity.tatap_muka": Text(
        id="Komunikasi tatap muka", en="Face-to-face communication"
    ),
}

_ROLES_AND_MEDIA: dict[str, Text] = {
    # MMC Kalteng: who gives guidance (pembinaan) to KIMs.
    "vocabulary.guidance.kementerian": Text(
        id="Kementerian Kominfo, terutama Direktorat Jenderal Informasi dan"
        " Komunikasi Publik, membina KIM di tingkat Pemerintah Pusat",
        en="The Ministry of Communication and Informatics, chiefly its Directorate"
        " General of Public Information and Communication, guides KIMs for the"
        " central government",
    ),
    "vocabulary.guidance.dinas": Text(
        id="Dinas yang menangani bidang komunikasi dan informatika (provinsi dan"
        " kabupaten/kota) membina KIM di tingkat Pemerintah Daerah",
        en="The provincial and regency/city offices for communication and"
        " informatics guide KIMs for the regional governments",
    ),
    "vocabulary.guidance.unit_pelaksana_teknis": Text(
        id="Unit pelaksana teknis di daerah juga dapat membina KIM, terutama"
        " dengan bimbingan teknis di bidang Dinas tersebut",
        en="Regional technical units may also guide KIMs, chiefly with technical"
        " guidance in their office's field",
    ),
    # MMC Kalteng: the dissemination media of Permen Kominfo 17/2009.
    "vocabulary.media.media_massa": Text(
        id="Media massa: surat kabar, majalah, tabloid, radio dan televisi",
        en="Mass media: newspapers, magazines, tabloids, radio and television",
    ),
    "vocabulary.media.media_digital": Text(
        id="Media digital: media online dan media sosial",
        en="Digital media: online media and social media",
    ),
    "vocabulary.media.media_tradisional": Text(
        id="Media tradisional: kesenian rakyat, pentas budaya, pertunjukan rakyat",
        en="Traditional media: folk art, cultural performances, folk shows",
    ),
    # Diskominfo Kota Serang: the ADINDA acronym.
    "vocabulary.adinda": Text(
        id="ADINDA: Akses informasi, Diskusi, Implementasi, Networking,"
        " Diseminasi, Aspirasi",
        en="ADINDA: Access to information, Discussion, Implementation,"
        " Networking, Dissemination, Aspirations",
    ),
}

MESSAGES: dict[str, Text] = {
    **_INDICATORS,
    **_MAPPING,
    **_FUNCTIONS,
    **_MISSIONS,
    **_PURPOSES,
    **_TECHNIQUES,
    **_ROLES_AND_MEDIA,
}

# The document's mapping and readings, and the questions kimlib answers on them.
MESSAGES.update(
    {
        "mapping.scale_invalid": Text(
            id="skala harus bilangan bulat dari 2 sampai {most}",
            en="the scale must be a whole number from 2 to {most}",
        ),
        "mapping.kim_placement": Text(
            id="{subject} pada {on}: {recommendation}"
            " (menurut pemetaan {source} tanggal {assessed_on})",
            en="{subject} on {on}: {recommendation}"
            " (from the mapping by {source} on {assessed_on})",
        ),
        "indicator.progress_third": Text(
            id="argumen ketiga hanya diterima bersama sebuah Kim:"
            " progress(kim, sebelum, sesudah)",
            en="a third argument is only taken with a Kim:"
            " progress(kim, before, after)",
        ),
        "indicator.period_invalid": Text(
            id="{name}={value} bukan periode; tulis 2025, 2025Q1, 2025-03,"
            " 2025-01-01/2025-03-31 atau pasangan (awal, akhir)",
            en="{name}={value} is not a period; write 2025, 2025Q1, 2025-03,"
            " 2025-01-01/2025-03-31 or a (start, end) pair",
        ),
    }
)
