"""The error raised when the bundled region data is not what was shipped."""

from __future__ import annotations

from kimlib.errors import KimlibError

__all__ = ["RegionDataDamaged"]


class RegionDataDamaged(KimlibError):
    """kimlib's own region data is damaged (truncated, flipped, emptied or edited).

    Raised on the first read of a data file whose SHA-256 differs from the
    manifest shipped beside it, or that cannot be read as the table it should
    be. The fault lies with the installation, not with the caller's input:
    reinstalling kimlib mends it.

    >>> error = RegionDataDamaged.of("region.data_damaged", file="villages.csv.gz")
    >>> print(error)
    kimlib's region data is damaged; reinstall kimlib (villages.csv.gz)
    >>> print(error.message("id"))
    data wilayah kimlib rusak; pasang ulang kimlib (villages.csv.gz)
    """
