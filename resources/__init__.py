"""The app's translations and icons, installed as the package ``coze_desktop.resources`` (see pyproject.toml)."""

from importlib.resources import files
from pathlib import Path


def resources_dir() -> Path:
    """This folder wherever the app runs from: the checkout (editable install), a wheel, or the bundle."""
    return Path(str(files(__name__)))
