#!/usr/bin/env bash
# Runs a command beside a private user-mode PulseAudio with a null speaker (ci_speaker, whose monitor tests record)
# and a virtual microphone (ci_mic, fed by playing into the ci_mic_feed sink), so the voice tests record and play
# real audio on a machine without a sound card. Leaves no daemon and no temp dir behind; passes the exit code.
#
# Traps found on the way (PulseAudio 16.1, Debian 12, in a container, as root):
# * As root PulseAudio prints "This program is not intended to be run as root (unless --system is specified)"
#   and then works in user mode; --system is not wanted (it needs a pulse user and disables module loading).
# * Without -n it loads /etc/pulse/default.pa, which probes udev/ALSA cards, dbus and X11 (all absent here);
#   with -n only our -F script runs. --use-pid-file=no and our own XDG_RUNTIME_DIR/HOME keep it from meeting a
#   daemon of the user's desktop, and autospawn=no keeps clients from starting a stray one if ours is not up.
# * --realtime=no / --high-priority=no: otherwise it asks rtkit over a (missing) system dbus and logs errors.
# * auth-anonymous=1 on the socket: no cookie to find (clients read it from $HOME, which we replace).
# * PortAudio reaches PulseAudio through ALSA's pulse plugin (libasound2-plugins, /etc/alsa/conf.d/99-pulse.conf):
#   ALSA's "default" device becomes PulseAudio only when a daemon answers at the moment ALSA reads its
#   configuration, so the daemon must be up before the command starts (hence the wait on `pactl info`).
# * The virtual microphone (ci_mic) is a remap of the ci_mic_feed sink's monitor, 16 kHz mono like what the
#   recorder asks for. An idle null sink renders in 2 s chunks (its latency when no stream asks for less), so its
#   monitor, and the microphone, would deliver nothing for up to 2 s and then a burst: a real microphone delivers
#   blocks all the time, and the recorder rightly gives up when none arrive. A loopback from a silent null source
#   into ci_mic_feed (30 ms latency) keeps the sink rendering in small chunks: the microphone then delivers
#   silence continuously, with what paplay plays into ci_mic_feed mixed in. The same for ci_speaker, so its monitor
#   is captured like a sound card's output (steadily, not in 2 s bursts). Each sink has already rendered 2 s
#   ahead by the time the loopback lowers its latency (and a null sink does not rewind), so it is suspended and
#   resumed once, which restarts its clock at "now".
set -euo pipefail
tmp=$(mktemp -d)
pa_pid="" cmd_pid=""
cleanup() {
  if [ -n "$cmd_pid" ]; then kill "$cmd_pid" 2>/dev/null || true; wait "$cmd_pid" 2>/dev/null || true; fi
  if [ -n "$pa_pid" ]; then kill "$pa_pid" 2>/dev/null || true; wait "$pa_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
export HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/run XDG_CONFIG_HOME=$tmp/home/.config
mkdir -p "$HOME" "$XDG_CONFIG_HOME/pulse"; install -d -m 700 "$XDG_RUNTIME_DIR"
export PULSE_RUNTIME_PATH=$XDG_RUNTIME_DIR/pulse PULSE_STATE_PATH=$tmp/state
export PULSE_SERVER=unix:$PULSE_RUNTIME_PATH/native
printf 'autospawn = no\n' > "$XDG_CONFIG_HOME/pulse/client.conf"
# ALSA's default device is PulseAudio only if the pulse hook finds a daemon; on a PipeWire desktop it is PipeWire's
# plugin instead, which would look for a PipeWire in our empty XDG_RUNTIME_DIR. ~/.asoundrc (our HOME) wins over
# both, so PortAudio's default always reaches the daemon below.
printf 'pcm.!default pulse\nctl.!default pulse\n' > "$HOME/.asoundrc"
cat > "$tmp/ci.pa" <<'EOF'
load-module module-native-protocol-unix auth-anonymous=1
load-module module-null-sink sink_name=ci_speaker sink_properties=device.description=CI-speaker
load-module module-null-sink sink_name=ci_mic_feed rate=16000 channels=1 sink_properties=device.description=CI-microphone-feed
load-module module-null-source source_name=ci_silence rate=16000 channels=1
load-module module-loopback source=ci_silence sink=ci_mic_feed latency_msec=30 source_dont_move=true sink_dont_move=true
load-module module-loopback source=ci_silence sink=ci_speaker latency_msec=30 source_dont_move=true sink_dont_move=true
load-module module-remap-source master=ci_mic_feed.monitor source_name=ci_mic source_properties=device.description=CI-microphone
set-default-sink ci_speaker
set-default-source ci_mic
suspend-sink ci_mic_feed 1
suspend-sink ci_mic_feed 0
suspend-sink ci_speaker 1
suspend-sink ci_speaker 0
EOF
pulseaudio -n -F "$tmp/ci.pa" --daemonize=no --exit-idle-time=-1 --use-pid-file=no --realtime=no \
  --high-priority=no --log-target=file:"$tmp/pulseaudio.log" &
pa_pid=$!
for _ in $(seq 100); do   # up to 5 s for the socket to answer
  pactl info >/dev/null 2>&1 && break
  kill -0 "$pa_pid" 2>/dev/null || break
  sleep 0.05
done
if ! pactl info >/dev/null 2>&1; then
  echo "with-audio: PulseAudio did not start; its log:" >&2
  cat "$tmp/pulseaudio.log" >&2 || true
  exit 1
fi
export CI_AUDIO=1
# Not exec: exec would drop the EXIT trap, leaving the daemon and $tmp behind. In the background and waited for:
# bash runs a trap only after the foreground command ends, so a TERM (a CI timeout) would wait for the whole test
# run; `wait` is interrupted at once, and cleanup stops the command. `<&0` keeps its stdin (a background command
# would get /dev/null).
"$@" <&0 &
cmd_pid=$!
set +e; wait "$cmd_pid"; rc=$?; set -e
cmd_pid=""
exit $rc
