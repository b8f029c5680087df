from pathlib import Path

import pytest

from groundwatch.errors import ConfigError
from groundwatch.settings import Settings


def test_defaults_load_from_the_shipped_file() -> None:
    s = Settings.load()
    assert s.model == "en_core_web_md"
    assert "en" in s.analyse_languages
    assert "figures.v1" in s.extractors


def test_user_file_overrides(tmp_path: Path) -> None:
    f = tmp_path / "gw.toml"
    f.write_text('[pipeline]\nbatch_size = 4\nanalyse_languages = ["en", "fr"]\n')
    s = Settings.load(f)
    assert s.batch_size == 4 and s.analyse_languages == ("en", "fr")


@pytest.mark.parametrize("body, message", [
    ("[pipeline]\nbatchsize = 4\n", "unknown key pipeline.batchsize"),
    ("[pipelines]\nbatch_size = 4\n", "unknown section"),
    ('[pipeline]\nbatch_size = "four"\n', "must be int"),
    ("[pipeline]\nbatch_size = 0\n", "at least 1"),
    ("[pipeline]\nextractors = \"figures.v1\"\n", "list of strings"),
    ("[pipeline\n", "cannot read"),
])
def test_bad_settings_are_rejected_with_a_specific_message(tmp_path: Path, body: str, message: str) -> None:
    f = tmp_path / "gw.toml"
    f.write_text(body)
    with pytest.raises(ConfigError, match=message):
        Settings.load(f)
