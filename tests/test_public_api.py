"""The public surface stays small and deliberate (as httpx's test_exported_members)."""

from types import ModuleType

import groundwatch


def test_all_public_members_are_exported() -> None:
    # Compared with what the package really holds, not with a literal list: a public name added to
    # __init__ without __all__ (or the reverse) fails. Submodules are reachable, not exported.
    public = sorted(name for name, value in vars(groundwatch).items()
                    if not name.startswith("_") and not isinstance(value, ModuleType))
    assert groundwatch.__all__ == public
    for name in groundwatch.__all__:
        assert getattr(groundwatch, name) is not None


def test_version_is_a_string() -> None:
    assert isinstance(groundwatch.__version__, str) and groundwatch.__version__.count(".") == 2
