<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="71"/>
        <source>Desktop studio for MARS5 voice-cloning text-to-speech.</source>
        <translation>Desktop-Studio für MARS5-Sprachsynthese mit Stimmklonen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="76"/>
        <source>Save a PNG of the window after it first appears, then quit.</source>
        <translation>Nach dem ersten Anzeigen ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="77"/>
        <source>FILE.png</source>
        <translation>DATEI.png</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="79"/>
        <source>An audio file to open.</source>
        <translation>Eine zu öffnende Audiodatei.</translation>
    </message>
</context>
<context>
    <name>mars5::ui::AudioPanel</name>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="44"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="48"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="49"/>
        <source>stereo, shown and played as mono</source>
        <translation>stereo, als mono angezeigt und abgespielt</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="50"/>
        <source>%1 channels, mixed to mono</source>
        <translation>%1 Kanäle, zu mono gemischt</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="59"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="66"/>
        <source>Open an audio file (WAV, FLAC, OGG, MP3…); you can also drop one here</source>
        <translation>Eine Audiodatei öffnen (WAV, FLAC, OGG, MP3…); Sie können sie auch hierher ziehen</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="68"/>
        <source>No audio open</source>
        <translation>Keine Audiodatei geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="74"/>
        <source>Play position / clip length</source>
        <translation>Wiedergabeposition / Länge</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="88"/>
        <source>Click: set position · Wheel: zoom · Drag: scroll · Double-click: whole clip</source>
        <translation>Klick: Position setzen · Mausrad: Zoom · Ziehen: Verschieben · Doppelklick: ganze Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="149"/>
        <source>%1 · %2 Hz · %3 · %4, %5</source>
        <translation>%1 · %2 Hz · %3 · %4, %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="163"/>
        <source>Opened %1, but: %2</source>
        <translation>%1 geöffnet, aber: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="175"/>
        <source>Open audio</source>
        <translation>Audio öffnen</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="176"/>
        <source>Audio files (*.wav *.flac *.ogg *.oga *.opus *.mp3 *.aif *.aiff *.au *.caf);;All files (*)</source>
        <translation>Audiodateien (*.wav *.flac *.ogg *.oga *.opus *.mp3 *.aif *.aiff *.au *.caf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="187"/>
        <source>Nothing to play yet: open an audio file first.</source>
        <translation>Noch nichts abzuspielen: Öffnen Sie zuerst eine Audiodatei.</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="226"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="226"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="228"/>
        <source>Play or stop (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
</context>
<context>
    <name>mars5::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="48"/>
        <source>&amp;Open audio…</source>
        <translation>Audio &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="52"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="57"/>
        <source>&amp;Play/Stop</source>
        <translation>&amp;Abspielen/Stopp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="62"/>
        <source>&amp;About MARS5 Studio</source>
        <translation>Ü&amp;ber MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="66"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="72"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="80"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="86"/>
        <source>No MARS5 model loaded: audio can be opened and played; synthesis needs the model files</source>
        <translation>Kein MARS5-Modell geladen: Audio lässt sich öffnen und abspielen; für die Synthese werden die Modelldateien benötigt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>The sound device used for playback (the system default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="99"/>
        <source>No audio output device</source>
        <translation>Kein Audio-Ausgabegerät</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="99"/>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="104"/>
        <source>MARS5 Studio</source>
        <translation>MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="105"/>
        <source>%1 — MARS5 Studio</source>
        <translation>%1 — MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>About MARS5 Studio</source>
        <translation>Über MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="111"/>
        <source>&lt;h3&gt;MARS5 Studio %1&lt;/h3&gt;&lt;p&gt;A desktop studio for MARS5 voice-cloning text-to-speech: open a reference clip, listen to it, and (once a model is set up) synthesise speech in that voice.&lt;/p&gt;&lt;p&gt;Licensed under the GNU Affero General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QCustomPlot and PortAudio.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::PlaybackEngine</name>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="126"/>
        <source>The audio system could not start (PortAudio: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="144"/>
        <source>Nothing to play: open an audio file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="155"/>
        <source>No audio output device found. Connect speakers or headphones, or check that the sound server (PulseAudio or PipeWire) is running, then press Play again.</source>
        <translation>Kein Audio-Ausgabegerät gefunden. Schließen Sie Lautsprecher oder Kopfhörer an oder prüfen Sie, ob der Soundserver (PulseAudio oder PipeWire) läuft, und drücken Sie dann erneut auf Abspielen.</translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="162"/>
        <source>The audio device would not start playing (PortAudio: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="176"/>
        <source>The default audio device has no outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="195"/>
        <source>The audio device “%1” accepts neither %2 Hz nor %3 Hz playback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="206"/>
        <source>Could not convert the clip to %1 Hz for this device: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="224"/>
        <source>Could not open the audio device “%1” (PortAudio: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::WaveformView</name>
    <message>
        <location filename="../ui/widgets/waveform_view.cpp" line="86"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/waveform_view.cpp" line="96"/>
        <source>Open an audio file or drop one here</source>
        <translation>Audiodatei öffnen oder hierher ziehen</translation>
    </message>
</context>
</TS>
