"""The public surface stays small and deliberate (as httpx's test_exported_members)."""

import groundwatch


def test_exported_members() -> None:
    assert sorted(groundwatch.__all__) == [
        "Article", "GroundwatchError", "Report", "Settings", "export", "ingest", "run",
    ]
    for name in groundwatch.__all__:
        assert getattr(groundwatch, name) is not None


def test_version_is_a_string() -> None:
    assert isinstance(groundwatch.__version__, str) and groundwatch.__version__.count(".") == 2
