"""dump(kim, redact=True) and ``kimlib redact``: a registry without personal data."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

from kimlib import assess, cli
from kimlib.errors import InvalidArgument
from kimlib.io import dump, load_kim, load_kims, sample_path
from kimlib.strategies import kims

ON = ("2024-01-01", "2025-04-17")


@given(kims())
def test_redacted_document_loads_and_gets_the_same_verdict(kim):
    """Redaction leaves what the rules read: the same outcome and statuses."""
    redacted = load_kim(dump(kim, redact=True))
    for on in ON:
        before, after = assess(kim, on=on), assess(redacted, on=on)
        assert before.outcome == after.outcome
        assert before.is_kim == after.is_kim
        assert [f.status for f in before.findings] == [f.status for f in after.findings]


@given(kims())
def test_redacted_document_holds_no_name_nik_or_affiliation_name(kim):
    """No member name, NIK or organisation name survives redaction."""
    document = dump(kim, redact=True)
    text = json.dumps(document, ensure_ascii=False)
    for member, written in zip(kim.members, document["members"], strict=True):
        assert "name" not in written
        assert "nik" not in written
        if member.nik is not None:
            assert member.nik.reveal() not in text
        for field in ("party_affiliation", "ngo_affiliation"):
            value = getattr(member, field)
            expected = True if isinstance(value, str) else value
            assert expected == written.get(field)


def test_redact_is_only_for_a_kim():
    """redact=True of anything but a Kim is InvalidArgument."""
    with pytest.raises(InvalidArgument):
        dump(object(), redact=True)


def test_redact_command_writes_every_sample_without_names(tmp_path, capsys):
    """``kimlib redact`` writes each sample document, loadable, without names."""
    out = tmp_path / "shared.jsonl"
    assert 0 == cli.main(["redact", str(sample_path()), "-o", str(out)])
    originals = list(load_kims(sample_path()))
    redacted = list(load_kims(out))
    assert len(originals) == len(redacted)
    for kim in redacted:
        assert all(m.name is None and m.nik is None for m in kim.members)
    assert "14 document(s) written without personal data, 0 invalid" in (
        capsys.readouterr().err
    )


def test_redact_command_reports_invalid_documents_without_writing_them(
    tmp_path, capsys
):
    """An invalid line is reported by path, in the chosen language, not written."""
    source = tmp_path / "kims.jsonl"
    good = {
        "name": "KIM A",
        "region": "36.73",
        "members": [{"name": "Sari Zq", "role": "ketua"}],
    }
    bad = {
        "name": "KIM B",
        "region": "99.99",
        "members": [{"name": "Budi Zq", "role": "ketua"}],
    }
    source.write_text(f"{json.dumps(good)}\n{json.dumps(bad)}\n", encoding="utf-8")
    assert 1 == cli.main(["redact", "--lang", "id", str(source)])
    captured = capsys.readouterr()
    assert 1 == len(captured.out.splitlines())
    assert "Zq" not in captured.out + captured.err
    assert "baris 2: region" in captured.err
    assert "1 dokumen ditulis tanpa data pribadi, 1 tidak sesuai format" in captured.err
