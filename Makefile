# Two commands for a fresh machine: `make run` (install everything, start the app) and `make test`.
.PHONY: run test setup lint translations screenshots bundle install-desktop wheel deb

VENV := .venv
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml .ci/setup.sh
	bash .ci/setup.sh
	touch $@

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/python -m coze_desktop

test: $(STAMP)
	bash .ci/test.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check .

# Re-extract the interface strings (translations already made are kept) and compile them for the app.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate coze_desktop/ui/*.py -ts resources/i18n/coze_desktop_zh_CN.ts resources/i18n/coze_desktop_en.ts -no-obsolete
	$(VENV)/bin/pyside6-lrelease resources/i18n/coze_desktop_zh_CN.ts resources/i18n/coze_desktop_en.ts

# The screenshots in docs/screenshots/, taken from the real app on a real X server (Xvfb).
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1280x800x24" $(VENV)/bin/python docs/make_screenshots.py en
	xvfb-run -a -s "-screen 0 1280x800x24" $(VENV)/bin/python docs/make_screenshots.py zh_CN

# The double-click bundle: dist/CozeDesktop/ and dist/CozeDesktop-<version>-linux-<arch>.tar.gz (PyInstaller, ~40 s).
bundle: $(STAMP)
	packaging/build.sh

# Installs the bundle for this user (~/.local, menu entry, icons); ~/.local/lib/coze-desktop/uninstall.sh removes it.
install-desktop: bundle
	packaging/linux/install.sh

# The wheel (pip, pipx, uv tool): dist/coze_desktop-<version>-py3-none-any.whl, translations and icons inside.
# build/lib goes first: setuptools would pack files left there by modules since deleted.
wheel: $(STAMP)
	rm -rf build/lib
	$(VENV)/bin/python -m pip wheel . --no-deps --no-build-isolation --disable-pip-version-check -q -w dist

# The Debian package dist/coze-desktop_<version>-<revision>_<arch>.deb, from the bundle (packaging/build-deb.sh);
# check it with: lintian dist/coze-desktop_*.deb
deb: bundle
	packaging/build-deb.sh
