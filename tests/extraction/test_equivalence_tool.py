"""The same-output check that speed changes must pass finds a changed figure and nothing else."""

import json

from bench import extract_equivalence as eq

ARTICLE = (
    "Air force: 40 drones downed overnight\n\n"
    "Russia launched 52 drones at Ukraine overnight, the air force said on Tuesday, adding that "
    "40 of them were shot down over the Kyiv and Sumy regions.\n"
)


def _inputs(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a.json").write_text(json.dumps({"published": "2024-12-03"}), encoding="utf-8")
    return [str(folder), "--generated", "2", "--fuzz", "3"]


def test_a_recording_compares_equal_to_itself(tmp_path, capsys):
    recording = tmp_path / "base.jsonl"
    assert eq.main(["record", str(recording), *_inputs(tmp_path)]) == 0
    assert eq.main(["compare", str(recording), *_inputs(tmp_path)]) == 0
    assert ": 0 differ" in capsys.readouterr().out


def test_a_changed_figure_is_reported(tmp_path, capsys):
    recording = tmp_path / "base.jsonl"
    eq.main(["record", str(recording), *_inputs(tmp_path)])
    rows = [json.loads(line) for line in recording.read_text(encoding="utf-8").splitlines()]
    rows[0]["out"]["strikes"][0]["drones_downed"] = 41
    recording.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert eq.main(["compare", str(recording), *_inputs(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "drones_downed: 41 != 40" in out and ": 1 differ" in out
