"""A plugin module that quits the interpreter when imported: loading it must not quit the app."""

import sys

sys.exit("this plugin refuses to load")
