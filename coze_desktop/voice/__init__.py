"""Voice: the microphone recorder, the speech speaker (music ducks while it talks), and reading answers aloud.

No Qt here. Names load with their submodule on first use: importing the package pulls in neither PortAudio
nor libVLC.
"""

from ..lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "read_aloud": ("ReadAloud",),
    "recorder": ("Recorder", "RecorderError"),
    "speakable": ("SentenceSplitter", "speakable"),
    "speaker": ("Speaker", "SpeakerError"),
})
