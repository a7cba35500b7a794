"""Other names of regions that :func:`kimlib.regions.find` knows (hand-written).

The generated data files hold the decree's names only; names used elsewhere
go here, each mapped to a code with a comment naming its source. Matching is
insensitive to case, spacing and punctuation, so "Palangka Raya" would match
"Palangkaraya" anyway; it is listed because it is the city's usual spelling.

:data:`ALIASES` holds the names people use (an alias ranks its region first);
:data:`REPLACED_NAMES` the readings of the region data that kimlib corrected
(``regions/data/SOURCE.md``, "Names corrected"), so that a document or a
search that still uses them finds the region.
"""

from __future__ import annotations

__all__ = ["ALIASES", "REPLACED_NAMES"]

#: Alias -> dotted Kemendagri code.
ALIASES: dict[str, str] = {
    # Seed 002 (MMC Kalteng, 8 September 2021) and the city's usual spelling;
    # the decree annex writes "Kota Palangkaraya" (shared SOURCE.md, anomalies).
    "Palangka Raya": "62.71",
    # The decree's "Daerah Khusus Ibukota Jakarta", usually written "DKI Jakarta".
    "DKI Jakarta": "31",
    "DKI": "31",
    # UU 2/2024 renames province 31 "Daerah Khusus Jakarta" (shared SOURCE.md).
    "Daerah Khusus Jakarta": "31",
    # UU 13/2012 art. 1: "Daerah Istimewa Yogyakarta, selanjutnya disebut DIY".
    "DIY": "34",
    "DI Yogyakarta": "34",
    # The usual short names of the special region and of its city (the
    # province's own portal is jogjaprov.go.id, the city's jogjakota.go.id).
    "Jogja": "34",
    "Yogya": "34",
    "Jogjakarta": "34",
    "Kota Jogja": "34.71",
    "Kota Yogya": "34.71",
    # Surakarta is "Solo" in everyday use (its station, airport and press).
    "Solo": "33.72",
    "Kota Solo": "33.72",
    # Province abbreviations in everyday and official use, e.g. in the
    # provinces' own portal addresses (jabarprov.go.id, jatengprov.go.id,
    # jatimprov.go.id, sumutprov.go.id, sumbarprov.go.id, sumselprov.go.id,
    # sulselprov.go.id, sulutprov.go.id, sultengprov.go.id, sultraprov.go.id,
    # sulbarprov.go.id, kalbarprov.go.id, kalselprov.go.id, kaltimprov.go.id,
    # kaltaraprov.go.id, kalteng.go.id, ntbprov.go.id, nttprov.go.id,
    # babelprov.go.id, kepriprov.go.id, malutprov.go.id); seed 002 writes
    # "DiskominfoSantik Prov. Kalteng".
    "Jabar": "32",
    "Jateng": "33",
    "Jatim": "35",
    "Sumut": "12",
    "Sumbar": "13",
    "Sumsel": "16",
    "Sulsel": "73",
    "Sulut": "71",
    "Sulteng": "72",
    "Sultra": "74",
    "Sulbar": "76",
    "Kalbar": "61",
    "Kalsel": "63",
    "Kaltim": "64",
    "Kaltara": "65",
    "Kalteng": "62",
    "NTB": "52",
    "NTT": "53",
    "Babel": "19",
    "Kepri": "21",
    "Malut": "82",
    # The five cities of Jakarta, as the province and the press shorten them.
    "Jakpus": "31.71",
    "Jakut": "31.72",
    "Jakbar": "31.73",
    "Jaksel": "31.74",
    "Jaktim": "31.75",
    # UU 27/2000 forms the Provinsi Kepulauan Bangka Belitung, usually
    # written without "Kepulauan".
    "Bangka Belitung": "19",
    # Kota Tangerang Selatan's own short name (tangerangselatankota.go.id,
    # "Tangsel").
    "Tangsel": "36.74",
    # UU 15/2007 forms the Kabupaten Kepulauan Siau Tagulandang Biaro; the
    # regency calls itself "Sitaro" (sitarokab.go.id).
    "Sitaro": "71.09",
    # Former names. UU 18/2001 named province 11 "Nanggroe Aceh Darussalam"
    # (often "NAD"); UU 11/2006 calls it Aceh.
    "Nanggroe Aceh Darussalam": "11",
    "NAD": "11",
    # "Irian Jaya" became Papua under UU 21/2001 (Otonomi Khusus Papua).
    "Irian Jaya": "91",
    # "Irian Jaya Barat" became Papua Barat under PP 24/2007.
    "Irian Jaya Barat": "92",
    # PP 86/1999 restored the name Makassar to Kota Ujung Pandang.
    "Ujung Pandang": "73.71",
}

#: Dotted code -> the name the region data held before kimlib corrected it.
REPLACED_NAMES: dict[str, str] = {
    "71.09": "Kabupaten Kep. Siau Tagulandang Biaro",
    "11.07.14.2046": "Mesjid Gogos",
    "32.05.38": "Limbangan",
    "62.10.10.2008": "Tumbang Tuwe Hantapang",
    "62.11.02.2005": "Papuyu I Sei Pasaman",
    "63.01.02.2011": "Simpang Empat",
    "63.07.02.2011": "Baru Waki",
    "64.72.05.1004": "Sungai Siring Pelita",
    "73.26.03.1004": "Nanggala Sanpiak Satu",
    "95.04.44.2005": "Leragawi/Megagirakusk",
}
