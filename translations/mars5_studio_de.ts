<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="47"/>
        <source>%1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="48"/>
        <source>%1 min %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="49"/>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="85"/>
        <source>%n session(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="86"/>
        <source>%n merged into existing sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="87"/>
        <source>%n judgement(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="88"/>
        <source>%n already present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="90"/>
        <source>%n differed from the judgement already stored (kept the stored one)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="119"/>
        <location filename="../ui/takes/take_store.cpp" line="221"/>
        <source>%1: %2 failed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="127"/>
        <source>Cannot create the folder %1 for the ratings database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="130"/>
        <source>Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite); ratings cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="137"/>
        <source>Cannot open the ratings database %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="148"/>
        <source>%1 is not a readable MARS5 ratings database (%2). It was left untouched; move it aside (or choose another file) to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="158"/>
        <source>it is a different kind of SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="162"/>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="168"/>
        <source>%1 was written by a newer MARS5 Studio (schema %2; this one knows %3). Update the studio to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="176"/>
        <source>switching to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="183"/>
        <location filename="../ui/rating/rating_store.cpp" line="187"/>
        <source>creating the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="186"/>
        <source>marking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="192"/>
        <location filename="../ui/rating/rating_store.cpp" line="266"/>
        <location filename="../ui/rating/rating_store.cpp" line="276"/>
        <location filename="../ui/rating/rating_store.cpp" line="287"/>
        <location filename="../ui/rating/rating_store.cpp" line="314"/>
        <location filename="../ui/rating/rating_store.cpp" line="325"/>
        <location filename="../ui/rating/rating_store.cpp" line="350"/>
        <location filename="../ui/rating/rating_store.cpp" line="371"/>
        <location filename="../ui/rating/rating_store.cpp" line="473"/>
        <source>The ratings database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="194"/>
        <source>The session “%1” has no comparisons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="212"/>
        <location filename="../ui/rating/rating_store.cpp" line="232"/>
        <source>creating the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="230"/>
        <source>storing the trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="269"/>
        <source>listing the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="280"/>
        <source>reading the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="282"/>
        <source>There is no session %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="294"/>
        <source>reading the trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="320"/>
        <source>deleting the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="327"/>
        <source>Strength %1 is outside -3…+3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="330"/>
        <source>starting the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="344"/>
        <location filename="../ui/rating/rating_store.cpp" line="345"/>
        <source>saving the judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="355"/>
        <source>reading a judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="357"/>
        <source>Trial %1 has no judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="378"/>
        <source>reading the judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="409"/>
        <location filename="../ui/rating/rating_store.cpp" line="411"/>
        <location filename="../ui/rating/session_synthesis.cpp" line="226"/>
        <source>Cannot write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="475"/>
        <location filename="../ui/rating/session_sources.cpp" line="71"/>
        <source>Cannot read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="483"/>
        <source>importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="508"/>
        <source>%1: trial %2 (%3) does not match trial %2 of the session already in the database; the file belongs to a different session with the same id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="538"/>
        <source>%1: session “%2” has trial %3 twice; is a row doubled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="555"/>
        <source>%1: not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="558"/>
        <source>%1: not a MARS5 rating session export (no &quot;format&quot;: &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="560"/>
        <source>%1: written by a newer MARS5 Studio (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="574"/>
        <source>%1: the session needs a uuid, a name and a seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="588"/>
        <source>%1: trial %2 lacks its position, item or systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="594"/>
        <source>%1: trial %2 has the unknown choice “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="607"/>
        <source>%1: the session has no trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="614"/>
        <source>%1: the file has a header but no judgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="633"/>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="28"/>
        <source>Choose at least two folders to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="32"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="35"/>
        <source>Every folder needs its own system name (“%1” is empty or used twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="38"/>
        <source>%1 holds no audio files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/session_sources.cpp" line="55"/>
        <source>%n file(s) in %1 have no partner with the same name in every other folder and were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="59"/>
        <source>No file name appears in every folder: the folders are paired by name (e.g. a/0001.wav with b/0001.wav).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="65"/>
        <source>The dataset folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="93"/>
        <source>%1: the header names a speaker column but no transcript (or text) column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="100"/>
        <source>%1 line %2: expected “id|transcript” (LJSpeech format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="120"/>
        <source>%1 lists %2 item(s) but none of their WAV files is in %3 or wavs/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="148"/>
        <source>%1 has neither a metadata.csv (LJSpeech) nor name.wav + name.txt pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="156"/>
        <source>The takes folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="158"/>
        <source>The takes need a name other than “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/session_sources.cpp" line="176"/>
        <source>%n dataset item(s) have no take named after them in %1 and were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="179"/>
        <source>None of the %1 dataset items has a take in %2 (takes are matched by item id, e.g. LJ001-0001.wav).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_synthesis.cpp" line="56"/>
        <source>%1 has an empty transcript and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/session_synthesis.cpp" line="77"/>
        <source>%n item(s) were left out because their speaker has no other clip to lend the voice: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/session_synthesis.cpp" line="82"/>
        <source>Nothing to synthesize: every item needs another clip of the same speaker as its reference voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_synthesis.cpp" line="131"/>
        <source>%1: the reference clip %2 could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_synthesis.cpp" line="157"/>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_synthesis.cpp" line="160"/>
        <source>%1: the model produced no audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/settings_diff.cpp" line="9"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/settings_diff.cpp" line="9"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/settings_diff.cpp" line="18"/>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/take_history_model.cpp" line="18"/>
        <source>Delete %n take(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="229"/>
        <source>Cannot create the folder %1 for the takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="232"/>
        <source>Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite); takes cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="240"/>
        <source>Cannot open the takes database %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="259"/>
        <source>%1 is not a readable takes database (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="264"/>
        <source>%1 was written by a newer MARS5 Studio (takes schema %2; this one reads up to %3). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="273"/>
        <source>starting the schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="275"/>
        <source>upgrading the schema to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="277"/>
        <source>recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="278"/>
        <source>committing the schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="285"/>
        <source>a take without audio is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="320"/>
        <source>Cannot create the folder %1 for the take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="333"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="383"/>
        <source>storing the take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="385"/>
        <source>committing the take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="392"/>
        <source>reading the takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="402"/>
        <source>reading a take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="403"/>
        <location filename="../ui/takes/take_store.cpp" line="417"/>
        <source>There is no take %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="425"/>
        <source>renaming a take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="430"/>
        <source>starring a take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="435"/>
        <source>deleting a take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="445"/>
        <source>finding deleted takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="455"/>
        <location filename="../ui/takes/take_store.cpp" line="456"/>
        <source>removing deleted takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="559"/>
        <source>The take&apos;s reference audio is missing (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SynthesisPanel</name>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="29"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="29"/>
        <source>AR tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="30"/>
        <source>NAR steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="30"/>
        <source>Vocoder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>mars5</name>
    <message>
        <location filename="../ui/studio/presets.cpp" line="56"/>
        <source>unknown setting &quot;%1&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="65"/>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui</name>
    <message>
        <location filename="../ui/studio/presets.cpp" line="25"/>
        <source>Reference defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="32"/>
        <source>README recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="57"/>
        <source>No reference audio: open, drop or record a clip of 2 to 12 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="89"/>
        <source>Too short: MARS5 needs at least 2 s of voice; about 6 s works best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="91"/>
        <source>Longer than 12 s: only the last 12 s are used. Select the best 6 s and trim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="93"/>
        <source>Usable length; about 6 s usually clones best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="95"/>
        <source>Good length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="98"/>
        <source>The clip is silent: there is no voice to clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="101"/>
        <source>Clipping: %1 samples hit full scale, so the voice is distorted and the clone will copy the distortion. Record again with lower input gain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="105"/>
        <source>Very quiet (peak below −30 dBFS): record closer to the microphone or with more gain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="111"/>
        <source>Quiet overall (RMS below −40 dBFS); the clone may come out soft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="116"/>
        <source>Noisy: the background is nearly as loud as the voice (SNR %1 dB). MARS5 clones the room and the hiss too; use a quieter recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="120"/>
        <source>Some background noise (floor %1 dBFS, SNR %2 dB); a cleaner clip clones better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/take_export.cpp" line="117"/>
        <source>There is no audio to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/take_export.cpp" line="120"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/take_export.cpp" line="125"/>
        <source>The WAV could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/take_export.cpp" line="128"/>
        <source>The audio was saved, but its provenance file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::AudioPanel</name>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="45"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="49"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="50"/>
        <source>stereo, shown and played as mono</source>
        <translation>stereo, als mono angezeigt und abgespielt</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="51"/>
        <source>%1 channels, mixed to mono</source>
        <translation>%1 Kanäle, zu mono gemischt</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="60"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="67"/>
        <source>Open an audio file (WAV, FLAC, OGG, MP3…); you can also drop one here</source>
        <translation>Eine Audiodatei öffnen (WAV, FLAC, OGG, MP3…); Sie können sie auch hierher ziehen</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="69"/>
        <location filename="../ui/panels/audio_panel.cpp" line="208"/>
        <source>No audio open</source>
        <translation>Keine Audiodatei geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="75"/>
        <source>Play position / clip length</source>
        <translation>Wiedergabeposition / Länge</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="90"/>
        <source>Click: position · Shift+drag: select · Wheel: zoom · Drag: scroll · Double-click: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click: set position · Wheel: zoom · Drag: scroll · Double-click: whole clip</source>
        <translation type="vanished">Klick: Position setzen · Mausrad: Zoom · Ziehen: Verschieben · Doppelklick: ganze Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="154"/>
        <source>%1 · %2 Hz · %3 · %4, %5</source>
        <translation>%1 · %2 Hz · %3 · %4, %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="168"/>
        <source>Opened %1, but: %2</source>
        <translation>%1 geöffnet, aber: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="189"/>
        <source>%1 · %2 Hz · mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="224"/>
        <source>Open audio</source>
        <translation>Audio öffnen</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="225"/>
        <source>Audio files (*.wav *.flac *.ogg *.oga *.opus *.mp3 *.aif *.aiff *.au *.caf);;All files (*)</source>
        <translation>Audiodateien (*.wav *.flac *.ogg *.oga *.opus *.mp3 *.aif *.aiff *.au *.caf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="236"/>
        <source>Nothing to play yet: open an audio file first.</source>
        <translation>Noch nichts abzuspielen: Öffnen Sie zuerst eine Audiodatei.</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="275"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="275"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="277"/>
        <source>Play or stop (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
</context>
<context>
    <name>mars5::ui::AudioRecorder</name>
    <message>
        <location filename="../ui/audio/audio_recorder.cpp" line="77"/>
        <source>The audio system could not start (PortAudio: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/audio_recorder.cpp" line="107"/>
        <source>No microphone or other input device found. Connect one, or check that the sound server (PulseAudio or PipeWire) is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/audio_recorder.cpp" line="140"/>
        <source>The input device %1 could not be opened (PortAudio: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/audio_recorder.cpp" line="146"/>
        <source>Recording could not start (PortAudio: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::MainWindow</name>
    <message>
        <source>&amp;Open audio…</source>
        <translation type="vanished">Audio &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="81"/>
        <source>Reference voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="82"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="83"/>
        <location filename="../ui/main_window.cpp" line="320"/>
        <source>Synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="91"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="111"/>
        <source>Loading the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="160"/>
        <source>Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="204"/>
        <source>Load the model first (File ▸ Set up model…) to render a take again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="223"/>
        <source>&amp;Open reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224"/>
        <source>&amp;Record reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="226"/>
        <source>&amp;Export take…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="227"/>
        <source>Set up &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="228"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="231"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="233"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="235"/>
        <source>&amp;Keep selection (trim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>&amp;Delete selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="239"/>
        <source>&amp;Play/Stop</source>
        <translation>&amp;Abspielen/Stopp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="240"/>
        <source>Play/Stop &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243"/>
        <source>&amp;Synthesize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="245"/>
        <source>S&amp;top (keep what exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>&amp;Cancel (discard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>Roll a new &amp;seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248"/>
        <source>Go to the &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="251"/>
        <source>&amp;About MARS5 Studio</source>
        <translation>Ü&amp;ber MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="253"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="255"/>
        <source>Blind A/B &amp;rating sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="268"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>&amp;Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="283"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="292"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="296"/>
        <source>&amp;Synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="304"/>
        <source>Take &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source>&amp;Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="312"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="319"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="321"/>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="322"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="439"/>
        <source>&lt;h3&gt;MARS5 Studio %1&lt;/h3&gt;&lt;p&gt;A desktop studio for MARS5 voice-cloning text-to-speech: open or record a reference clip, type what the voice should say, tune every setting and synthesise, then export the take with a record of how it was made.&lt;/p&gt;&lt;p&gt;Licensed under the GNU Affero General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QCustomPlot and PortAudio.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MARS5 model loaded: audio can be opened and played; synthesis needs the model files</source>
        <translation type="vanished">Kein MARS5-Modell geladen: Audio lässt sich öffnen und abspielen; für die Synthese werden die Modelldateien benötigt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="331"/>
        <source>The sound device used for playback (the system default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="344"/>
        <source>Model loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="350"/>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351"/>
        <source>Loading the MARS5 model in the background; everything else works meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="354"/>
        <source>No MARS5 model loaded: audio can be opened, recorded and played; synthesis needs the model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="356"/>
        <source>&lt;b&gt;No model loaded.&lt;/b&gt; Synthesis needs the MARS5 AR and NAR checkpoints, Encodec and Vocos. &lt;a href=&apos;setup&apos;&gt;Set up the model…&lt;/a&gt; (Ctrl+M) or get them with File ▸ Models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="359"/>
        <source>Last attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="367"/>
        <source>No audio output device</source>
        <translation>Kein Audio-Ausgabegerät</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="367"/>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="372"/>
        <source>MARS5 Studio</source>
        <translation>MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="372"/>
        <source>%1 — MARS5 Studio</source>
        <translation>%1 — MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="388"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="389"/>
        <source>No model is loaded yet: File ▸ Set up model… (Ctrl+M) points the studio at the MARS5 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="394"/>
        <source>There is no reference voice yet: open, drop or record a clip of 2–12 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="398"/>
        <source>Type the text to speak first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="438"/>
        <source>About MARS5 Studio</source>
        <translation>Über MARS5 Studio</translation>
    </message>
</context>
<context>
    <name>mars5::ui::ModelSetupDialog</name>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="36"/>
        <source>Set up the MARS5 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="39"/>
        <source>MARS5 needs four files: the &lt;b&gt;AR&lt;/b&gt; and &lt;b&gt;NAR&lt;/b&gt; checkpoints (mars5_ar.safetensors, mars5_nar.safetensors), &lt;b&gt;Encodec 24 kHz&lt;/b&gt; (encodec_24khz-d7cc33bc.th) and &lt;b&gt;Vocos&lt;/b&gt; (pytorch_model.bin with its config.yaml). Choose a folder that holds them, or each file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="47"/>
        <source>A folder with the model files (subfolders encodec/ and vocos/ are searched too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="48"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="49"/>
        <source>Look in the usual places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="50"/>
        <source>The Hugging Face cache, torch hub&apos;s checkpoints and the studio&apos;s own models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="57"/>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="221"/>
        <source>MARS5 AR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="57"/>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="221"/>
        <source>MARS5 NAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="57"/>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="221"/>
        <source>Encodec 24 kHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="57"/>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="221"/>
        <source>Vocos weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="57"/>
        <source>Vocos config (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="58"/>
        <source>Checkpoints (*.safetensors *.pt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="59"/>
        <source>Encodec (*.th *.safetensors *.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="59"/>
        <source>Vocos (*.bin *.safetensors);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="60"/>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="65"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="79"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="79"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="79"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="95"/>
        <source>Check and load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="109"/>
        <source>Folder with the model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="126"/>
        <source>A model is loaded. Choose other files and press “Check and load” to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="130"/>
        <source>No model loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="168"/>
        <source>Found all four files in %1. Press “Check and load”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="204"/>
        <source>Found every file in the usual places. Press “Check and load”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="209"/>
        <source>Not found in the usual places: %1. Looked in: %2. Use Models… to download them, or choose the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="224"/>
        <source>Still missing: %1. Choose a folder or each file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="228"/>
        <source>Wait until the running synthesis finishes (or cancel it), then load again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="231"/>
        <source>Checking the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="239"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="239"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="262"/>
        <source>Loaded in %1 s. AR: %2. NAR: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="271"/>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="279"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::ModelsDialog</name>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="69"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="87"/>
        <source>MARS5 needs five files (about 2.4 GB). Files already downloaded by other tools (Hugging Face, torch hub) are found and used where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="95"/>
        <source>Model / file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="95"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="95"/>
        <source>sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="95"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="95"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="115"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="116"/>
        <source>Look for model files in a folder of your choice (and its subfolders such as vocos/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="118"/>
        <source>Verify sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="119"/>
        <source>Compute the sha256 of every file found (once; the values are cached) and compare them with the published ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="128"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="130"/>
        <location filename="../ui/models/models_dialog.cpp" line="296"/>
        <source>Download missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="132"/>
        <location filename="../ui/models/models_dialog.cpp" line="403"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="133"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="146"/>
        <source>Nothing downloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="149"/>
        <source>published servers (Hugging Face, GitHub, Meta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="150"/>
        <source>Base URL of a mirror that reproduces the servers&apos; paths, e.g. a company proxy or http://127.0.0.1:8000 serving a local copy. Leave empty for the published servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="152"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="162"/>
        <source>Mirror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="175"/>
        <source>%1 is set to %2 and takes precedence over this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="186"/>
        <source>Computing sha256 values (a 1.5 GB file takes a few seconds)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="186"/>
        <source>Looking for model files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="227"/>
        <source>usable, flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="227"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="234"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="234"/>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="236"/>
        <source>download %1 (%2) from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="250"/>
        <source>not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="250"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="252"/>
        <source>none published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="253"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="254"/>
        <source>earlier upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="255"/>
        <source>differs!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="259"/>
        <source> (cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="261"/>
        <source>valid, unrecognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="276"/>
        <source>why: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="276"/>
        <source>note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="289"/>
        <source>All five files are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/models_dialog.cpp" line="290"/>
        <source>%n file(s) missing or unusable.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/models_dialog.cpp" line="294"/>
        <source>%n file(s) differ from the published ones and can be downloaded again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="296"/>
        <source>Download missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="299"/>
        <source>Studio folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="300"/>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="301"/>
        <source>Hugging Face cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="302"/>
        <source>torch hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="303"/>
        <source>Looked in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="323"/>
        <source>Nothing to download: every file is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="339"/>
        <source>%1 (%2 of %3): connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="345"/>
        <source>%1 (%2 of %3): %4 of %5 · %6/s · %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="349"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="354"/>
        <source>%1: checking sha256…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="356"/>
        <source>%1: paused (the partial download is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="360"/>
        <source>%1: attempt %2 failed (%3); retrying in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="368"/>
        <source>All downloads finished and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="378"/>
        <source>Folder with model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="392"/>
        <source>Downloads use the published servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="393"/>
        <source>Downloads use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="403"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::PlaybackEngine</name>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="97"/>
        <source>The audio system could not start (PortAudio: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="115"/>
        <source>Nothing to play: open an audio file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="126"/>
        <source>No audio output device found. Connect speakers or headphones, or check that the sound server (PulseAudio or PipeWire) is running, then press Play again.</source>
        <translation>Kein Audio-Ausgabegerät gefunden. Schließen Sie Lautsprecher oder Kopfhörer an oder prüfen Sie, ob der Soundserver (PulseAudio oder PipeWire) läuft, und drücken Sie dann erneut auf Abspielen.</translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="133"/>
        <source>The audio device would not start playing (PortAudio: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="147"/>
        <source>The default audio device has no outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="166"/>
        <source>The audio device “%1” accepts neither %2 Hz nor %3 Hz playback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="177"/>
        <source>Could not convert the clip to %1 Hz for this device: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="195"/>
        <source>Could not open the audio device “%1” (PortAudio: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::PresetStore</name>
    <message>
        <location filename="../ui/studio/presets.cpp" line="106"/>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="112"/>
        <source>%1: not a preset (JSON error: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="117"/>
        <source>%1: not a MARS5 Studio preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="123"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="134"/>
        <source>A preset needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="137"/>
        <source>The presets folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="144"/>
        <location filename="../ui/studio/presets.cpp" line="146"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::ReferenceAnalysis</name>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="42"/>
        <source>%1 s · peak %2 dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="43"/>
        <source> (%1 clipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="44"/>
        <source> · RMS %1 dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="46"/>
        <source> · silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="48"/>
        <source> · noise floor %1 dBFS (SNR %2 dB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::ReferencePanel</name>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="94"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="94"/>
        <source>Reference clips opened recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="98"/>
        <location filename="../ui/studio/reference_panel.cpp" line="361"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="99"/>
        <source>Record a reference through the selected input (Ctrl+Shift+R); stops by itself at 12 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="104"/>
        <source>Open, drop or record a reference clip (2–12 s, about 6 s is best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="108"/>
        <source>Input: the device to record from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="113"/>
        <source>count-in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="114"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="115"/>
        <source>Seconds to wait after pressing Record, so you can get ready (0: start at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="124"/>
        <source>Input level while recording (keep the loudest parts below the end of the bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="129"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="129"/>
        <source>Trim the clip to the selected region (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="130"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="130"/>
        <source>Cut the selected region out (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="131"/>
        <location filename="../ui/studio/reference_panel.cpp" line="180"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="131"/>
        <source>Undo the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="132"/>
        <location filename="../ui/studio/reference_panel.cpp" line="182"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="140"/>
        <source>Selection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="180"/>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="182"/>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="188"/>
        <source>● %1 / 12 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="218"/>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="219"/>
        <source>%1 (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="261"/>
        <source>open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="278"/>
        <source>trim to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="294"/>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="300"/>
        <source>Nothing was recorded: the input delivered no audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="306"/>
        <source>Recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="307"/>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="330"/>
        <source>Recording in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="351"/>
        <source>%1 — default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="354"/>
        <source>No input device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="361"/>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="361"/>
        <source>Cancel count-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="377"/>
        <source>&lt;span style=&apos;color:#6b7280&apos;&gt;Analyser: no reference yet. MARS5 wants 2–12 s of clean speech, about 6 s is best.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="387"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="388"/>
        <source>peak %1 dBFS, %2 clipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="389"/>
        <source>peak %1 dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="390"/>
        <source>RMS %1 dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="391"/>
        <source>silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="392"/>
        <source>noise floor %1 dBFS, SNR %2 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="394"/>
        <source>&lt;b&gt;Analyser&lt;/b&gt;&amp;nbsp; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="395"/>
        <source>Duration against the 2–12 s guidance (about 6 s is best), peak level and clipped samples, overall loudness, and the background level estimated from the quietest 20 ms frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="430"/>
        <source>No recent clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="432"/>
        <source>Refresh input devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::SettingsPanel</name>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="34"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="35"/>
        <source>Top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="36"/>
        <source>Top-p (nucleus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="37"/>
        <source>Typical-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="38"/>
        <source>Frequency penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="39"/>
        <source>Presence penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="40"/>
        <source>Penalty window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="41"/>
        <source>Early-end decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="42"/>
        <source>Early-end penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="43"/>
        <source>Length factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="44"/>
        <source>Timesteps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="45"/>
        <source>x₀ temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="46"/>
        <source>L0 override below t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="47"/>
        <source>Guidance weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="48"/>
        <source>Diffusion steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="49"/>
        <source>RePaint jump length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="50"/>
        <source>RePaint resamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="51"/>
        <source>Max reference (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="52"/>
        <source>Max length (ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="53"/>
        <source>Deep clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="54"/>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="55"/>
        <source>Trim threshold (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="56"/>
        <source>Beam width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="57"/>
        <source>Reference pad (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="58"/>
        <source>Vocos bandwidth id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="59"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="95"/>
        <source>Built-in presets and your own; choosing one sets every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="99"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="101"/>
        <source>Save the current settings as a preset of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="103"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="104"/>
        <source>Delete the selected preset of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="106"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="107"/>
        <source>Every field back to the reference default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="123"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="141"/>
        <location filename="../ui/studio/settings_panel.cpp" line="149"/>
        <location filename="../ui/studio/settings_panel.cpp" line="151"/>
        <location filename="../ui/studio/settings_panel.cpp" line="161"/>
        <location filename="../ui/studio/settings_panel.cpp" line="177"/>
        <source>Not used by MARS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="162"/>
        <source>Kept so presets from the reference load unchanged, but they change nothing: the reference ignores timesteps (the step count is “Diffusion steps”) and supports only beam width 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="209"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;)&lt;br&gt;%3&lt;br&gt;Range %4 · default %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="235"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="236"/>
        <source>2000 (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="262"/>
        <source>Roll a new seed (Ctrl+D): the same seed, text and settings give the same take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="265"/>
        <source>Random each run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="266"/>
        <source>Seed −1: a fresh seed for every synthesis (the seed used is saved with each take)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="282"/>
        <source>Back to the default, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="364"/>
        <source>“L0 override below t” (%1) is above the diffusion steps (%2): the engine refuses this. Lower it to at most %2, or raise the steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="402"/>
        <source>“%1” is a built-in preset; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="421"/>
        <source>Some presets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="426"/>
        <source>Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="426"/>
        <source>Name of the preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="430"/>
        <source>Preset not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="437"/>
        <source>Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="437"/>
        <source>Delete the preset “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::ShortcutOverlay</name>
    <message>
        <location filename="../ui/studio/shortcut_overlay.cpp" line="78"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/shortcut_overlay.cpp" line="81"/>
        <source>F1 or any key closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::SynthesisController</name>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="42"/>
        <source>The synthesis could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="43"/>
        <source>A file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="44"/>
        <source>A file is not what was expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="45"/>
        <source>This is not supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="46"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="48"/>
        <source>Something went wrong inside the engine: %1. Your texts and settings are kept; try again, and report this if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="80"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="82"/>
        <source>no file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="98"/>
        <source>The model could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="101"/>
        <source>Loading the models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="113"/>
        <source>The model could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="120"/>
        <source>Fingerprinting %1 (sha256, once per file)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="127"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="175"/>
        <source>The synthesis produced no audio (it was stopped before any speech was generated, or the trim removed everything). Try again, or lower the trim threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="182"/>
        <source>Something went wrong inside the engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::SynthesisPanel</name>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="38"/>
        <location filename="../ui/studio/synthesis_panel.cpp" line="253"/>
        <source>Synthesize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="39"/>
        <location filename="../ui/studio/synthesis_panel.cpp" line="265"/>
        <source>Speak the text in the reference voice (Ctrl+Return). While one runs, more wait in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="44"/>
        <source>Stop</source>
        <translation type="unfinished">Stopp</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="45"/>
        <source>Stop and keep (Esc): end the token stage now, then refine and vocode what exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="46"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="47"/>
        <source>Cancel and discard (Shift+Esc): end the run and throw it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="65"/>
        <source>Waiting syntheses; Delete removes the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="76"/>
        <source>The synthesized take appears here and plays at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="77"/>
        <location filename="../ui/studio/synthesis_panel.cpp" line="260"/>
        <source>Play take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="78"/>
        <source>Play or stop the take (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="79"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="80"/>
        <source>Save the take as a WAV with a JSON provenance file beside it (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="133"/>
        <source>&lt;span style=&apos;color:#6b7280&apos;&gt;Reference → AR tokens → NAR steps → Vocoder&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="149"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="170"/>
        <source>AR %1 / ~%2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="175"/>
        <source>NAR step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="180"/>
        <source>Encoding the reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="180"/>
        <source>Vocoding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="191"/>
        <source>Cancelled: nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="199"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="202"/>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;The synthesis failed; your text and settings are kept.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="208"/>
        <source>Stopped early: kept what was generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="208"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="216"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · seed %2 · %3 AR tokens (%4) · took %5 s (AR %6, NAR %7, vocoder %8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="220"/>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="242"/>
        <source>Waiting: “%1” (double-click to remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="245"/>
        <source>Queue: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="245"/>
        <source>Queue: %1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="253"/>
        <source>Queue synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="260"/>
        <source>Stop take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="263"/>
        <source>Synthesis needs a MARS5 model: File ▸ Set up model… (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="280"/>
        <source>There is no take to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="287"/>
        <source>Exported to %1 (+ .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="293"/>
        <source>WAV, 16-bit PCM (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="294"/>
        <source>WAV, 32-bit float (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="301"/>
        <source>Export take</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::TextPanel</name>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="29"/>
        <source>What is said in the reference clip, word for word (optional: enables deep clone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="30"/>
        <source>The reference transcript. With it, MARS5 can deep clone: it continues the reference as if the speaker went on talking, which usually matches the voice more closely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="33"/>
        <source>Type what the cloned voice should say…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="33"/>
        <source>The text to speak (Ctrl+Return synthesizes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="37"/>
        <source>Deep clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="39"/>
        <source>Use the transcript to condition on the reference (slower, usually closer to the voice). Without a transcript MARS5 uses shallow clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="49"/>
        <source>&lt;b&gt;Reference transcript&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="59"/>
        <source>&lt;b&gt;Text to speak&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="93"/>
        <source>No text yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/text_panel.cpp" line="95"/>
        <source>%n character(s) · about %1 s of speech · the model expects about %2 tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="99"/>
        <source>shallow clone will be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="101"/>
        <source>no transcript: shallow clone will be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="103"/>
        <source>deep clone will be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::WaveformView</name>
    <message>
        <location filename="../ui/widgets/waveform_view.cpp" line="89"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/waveform_view.cpp" line="100"/>
        <source>Open an audio file or drop one here</source>
        <translation>Audiodatei öffnen oder hierher ziehen</translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::AbPlayer</name>
    <message>
        <location filename="../ui/rating/ab_player.cpp" line="69"/>
        <source>One of the two clips is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/ab_player.cpp" line="138"/>
        <source>The audio system could not start (PortAudio: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/ab_player.cpp" line="147"/>
        <source>No audio output device found. Connect headphones (recommended for judging) or check that the sound server is running, then press A or B again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/ab_player.cpp" line="158"/>
        <source>The audio device does not accept %1 Hz mono playback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/ab_player.cpp" line="167"/>
        <source>The audio device would not play (PortAudio: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/ab_player.cpp" line="186"/>
        <source>Nothing to play.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::NewSessionDialog</name>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="31"/>
        <source>New blind rating session</source>
        <translation>Neue blinde Bewertungssitzung</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="36"/>
        <source>Listening test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="38"/>
        <source>who is listening (one rater per session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="40"/>
        <source>Take vs take — two folders, files paired by name</source>
        <translation>Aufnahme gegen Aufnahme — zwei Ordner, Dateien nach Namen gepaart</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="41"/>
        <source>Tournament — several folders (takes, presets, seeds)</source>
        <translation>Turnier — mehrere Ordner (Aufnahmen, Presets, Seeds)</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="42"/>
        <source>Ground truth vs takes — a dataset folder and a folder of takes</source>
        <translation>Originalaufnahme gegen Aufnahmen — ein Datensatzordner und ein Ordner mit Aufnahmen</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="43"/>
        <location filename="../ui/rating/new_session_dialog.cpp" line="412"/>
        <source>Ground truth vs MARS5 — synthesize each transcript now from another clip of the same speaker</source>
        <translation>Originalaufnahme gegen MARS5 — jedes Transkript jetzt aus einem anderen Clip derselben Person synthetisieren</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="44"/>
        <source>Session name:</source>
        <translation>Name der Sitzung:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="45"/>
        <source>Rater:</source>
        <translation>Bewertende Person:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="46"/>
        <source>Compare:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="52"/>
        <source>folder with metadata.csv (LJSpeech) or name.wav + name.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="53"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="56"/>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="58"/>
        <source>Dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="63"/>
        <source>System name (hidden while judging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="63"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="69"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="70"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="76"/>
        <source>Folders:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="81"/>
        <source>every pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="82"/>
        <source>Tournament: comparisons per item. The pairs rotate over the items so every system gets the same exposure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="83"/>
        <source>Pairs per item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="84"/>
        <source>Offer “no preference” (otherwise forced choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="86"/>
        <source>Ask for the strength of the preference (−3 … +3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="93"/>
        <source> LUFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="94"/>
        <source>Both sides of every comparison are matched to this EBU R128 integrated loudness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="95"/>
        <source>Loudness:</source>
        <translation>Lautheit:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="97"/>
        <source>The trial order and the A/B sides follow from this number; the same seed gives the same session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="98"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="120"/>
        <source>Synthesizing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="136"/>
        <source>Failed (the others go on):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="145"/>
        <location filename="../ui/rating/new_session_dialog.cpp" line="440"/>
        <source>Create session</source>
        <translation>Sitzung anlegen</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="181"/>
        <source>Load a model first: File ▸ Set up model…</source>
        <translation>Zuerst ein Modell laden: Datei ▸ Modell einrichten…</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="194"/>
        <source>Cancelling… (the item being made ends at its next step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="244"/>
        <source>Preparing %n take(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="247"/>
        <source>Cancel synthesis</source>
        <translation>Synthese abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="251"/>
        <source>The synthesis could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="256"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="278"/>
        <source>Cancelled: no session was made and no take was kept.</source>
        <translation>Abgebrochen: Es wurde keine Sitzung angelegt und keine Aufnahme behalten.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="279"/>
        <source>No take could be made, so no session was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="287"/>
        <source>%n item(s) could not be synthesized and were left out: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="289"/>
        <source>%n take(s) synthesized into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="329"/>
        <source>Folder of renderings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="349"/>
        <source>Take vs take compares exactly two folders (%1 chosen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="353"/>
        <source>A tournament needs three or more folders; for two, choose take vs take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="357"/>
        <source>Choose the dataset folder and exactly one folder of takes named after its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="361"/>
        <source>The takes are synthesized when you press “Create session”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="367"/>
        <location filename="../ui/rating/new_session_dialog.cpp" line="423"/>
        <source>Give the session a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="368"/>
        <location filename="../ui/rating/new_session_dialog.cpp" line="424"/>
        <source>Enter the rater&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="371"/>
        <location filename="../ui/rating/new_session_dialog.cpp" line="425"/>
        <source>The seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="382"/>
        <source>dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="385"/>
        <source>MARS5 = takes synthesized into %1 (seeds per item in synthesis.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="415"/>
        <source>Uses the studio&apos;s loaded model and its current settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="429"/>
        <source>%n take(s) will be synthesized with the studio&apos;s current settings, each from the next clip of the same speaker, then compared with the real recordings in random order with random A/B sides.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="437"/>
        <source>Synthesize and create session</source>
        <translation>Synthetisieren und Sitzung anlegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="450"/>
        <source>%n item(s) found, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="451"/>
        <source>%n comparison(s) in random order with random A/B sides.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::RatingStatsView</name>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="67"/>
        <source>Sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="89"/>
        <source>Bradley–Terry ranking (95% bootstrap interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="92"/>
        <source>Pairwise preference, preferred system first (Wilson 95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="98"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="98"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="98"/>
        <source>BT score (95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="98"/>
        <location filename="../ui/rating/rating_stats_view.cpp" line="99"/>
        <source>W–L–T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="98"/>
        <source>Win rate (Wilson 95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="99"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="99"/>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="99"/>
        <source>First wins (Wilson 95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="99"/>
        <source>Sign p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="100"/>
        <source>Bradley–Terry log-strength with its bootstrap interval; wins–losses–ties; ties are not counted in the win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="101"/>
        <source>Wins, losses and ties of the first system; the two-sided sign test leaves ties out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="128"/>
        <source>All sessions, all raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_stats_view.cpp" line="135"/>
        <source>%1 — %n raters merged (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="141"/>
        <source>%1 — %2 (%3 of %4 judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="164"/>
        <source>Side bias: A was chosen %1 times and B %2 times (sign test p = %3); the randomised sides keep the ranking fair, but check the playback set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="169"/>
        <source>%1 judgements · %2 decisive · %3 ties (reported, not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="212"/>
        <source>significant at the 5% level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="242"/>
        <source>log-strength (0 = average; +1 ≈ preferred 73% of the time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="288"/>
        <source>% of decisive judgements won by the first system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::RatingView</name>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="99"/>
        <source>Play side %1 (key %1); while playing, switch at the same position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="125"/>
        <source>A is better   [1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="125"/>
        <source>No preference   [0]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="125"/>
        <source>B is better   [2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="142"/>
        <source>A much better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="156"/>
        <source>B much better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="168"/>
        <source>Comment (optional) — press C to write, Escape to return, Enter to save the judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="176"/>
        <source>Save and next   [Enter]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="184"/>
        <source>Keys: A / B play a side · T toggle · Space play/pause · [ ] loop · L clear loop · 1 / 2 / 0 choose · C comment · Enter save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="223"/>
        <source>Judging stopped; every judgement so far is saved. Open the session again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="275"/>
        <source>Side %1 cannot be played: %2. Press S to skip this trial (it stays unjudged), or fix the file and reopen the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="288"/>
        <source>The loudness of this pair could not be measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="309"/>
        <location filename="../ui/rating/rating_view.cpp" line="381"/>
        <source>Listen to both A and B, then choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_view.cpp" line="321"/>
        <source>%n trial(s) were skipped because their audio could not be played; they stay unjudged and come back when the session is reopened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_view.cpp" line="325"/>
        <source>Session complete: all %n judgement(s) are saved. Open the statistics to see the result.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="334"/>
        <source>No session open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="335"/>
        <source>%1 · rater %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="339"/>
        <source>Trial %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="340"/>
        <source>%1 of %2 judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_view.cpp" line="347"/>
        <source>✓ heard (%n×)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="348"/>
        <source>not heard yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="353"/>
        <source>❚❚ Pause   [Space]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="353"/>
        <source>▶ Play   [Space]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="360"/>
        <source>Loop %1 – %2 (L clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="361"/>
        <source>Loop from %1 — press ] at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="362"/>
        <source>No loop: [ and ] set one at the play position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="375"/>
        <source>%1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="382"/>
        <source>Now listen to %1 as well; answering opens once both sides were heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="386"/>
        <source>Which sounds better? 1 = A, 2 = B, 0 = no preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="387"/>
        <source>Which sounds better? 1 = A, 2 = B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="390"/>
        <source>Enter saves this judgement and moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="466"/>
        <location filename="../ui/rating/rating_view.cpp" line="485"/>
        <source>Listen to both A and B before answering (press A, then B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="467"/>
        <location filename="../ui/rating/rating_view.cpp" line="486"/>
        <source>This trial&apos;s audio cannot be played; press S to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="487"/>
        <source>Choose first: 1 = A is better, 2 = B is better%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="488"/>
        <source>, 0 = no preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="506"/>
        <source>The judgement was NOT saved: %1. It is still on screen; press Enter to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::RatingWindow</name>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="30"/>
        <source>Blind A/B rating — MARS5 Studio</source>
        <translation>Blinder A/B-Vergleich — MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="36"/>
        <source>&lt;b&gt;Rating sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bewertungssitzungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="56"/>
        <source>New session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="57"/>
        <source>Judge selected</source>
        <translation>Ausgewählte bewerten</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="58"/>
        <source>Statistics of selected</source>
        <translation>Statistik der ausgewählten</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="59"/>
        <source>Export CSV (all sessions)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="60"/>
        <source>Export selected as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="61"/>
        <source>Import CSV or JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="62"/>
        <source>Delete selected…</source>
        <translation>Ausgewählte löschen…</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="80"/>
        <source>Statistics are hidden while a session is being judged: they would tell the rater which system is which. They come back when the session is finished, or when you stop judging (every judgement so far is saved).</source>
        <translation>Die Statistik ist ausgeblendet, solange eine Sitzung bewertet wird: Sie würde verraten, welches System welches ist. Sie erscheint wieder, wenn die Sitzung beendet ist oder die Bewertung beendet wird (alle bisherigen Urteile sind gespeichert).</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="85"/>
        <source>Stop judging</source>
        <translation>Bewertung beenden</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="96"/>
        <source>Judge</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="97"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="121"/>
        <source>Ratings are saved as you go in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="170"/>
        <source>Hidden while a session is being judged (blind test)</source>
        <translation>Ausgeblendet, während eine Sitzung bewertet wird (Blindtest)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="181"/>
        <source>Statistics are hidden while a session is being judged. Finish it or press “Stop judging” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="210"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="234"/>
        <source>Import rating sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="235"/>
        <source>Rating exports (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="240"/>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="245"/>
        <source>Export judgements as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="246"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="250"/>
        <source>Exported every judgement to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="255"/>
        <source>Select a session to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="256"/>
        <source>Export the session as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="257"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="261"/>
        <source>Exported the session, its randomisation and its judgements to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="268"/>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="269"/>
        <source>Delete “%1” by %2 with its %3 judgement(s)? Export it first to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::SessionListModel</name>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="37"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="42"/>
        <source>%1
seed %2 · loudness matched to %3 LUFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="52"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="53"/>
        <source>Rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="54"/>
        <source>Judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="55"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="56"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::HistoryPanel</name>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="46"/>
        <source>Search names and texts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="49"/>
        <source>Show the takes made with one preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="50"/>
        <source>★ only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="51"/>
        <source>Show starred takes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="82"/>
        <source>Play</source>
        <translation type="unfinished">Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="83"/>
        <source>Play the selected take (double-click a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="84"/>
        <source>Render again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="85"/>
        <source>Queue the take again with its stored text, reference, settings and seed: the same models on the same device give the identical take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="87"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="88"/>
        <source>Delete the selected takes (Del); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="89"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="91"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="92"/>
        <source>Export the selected takes: a WAV and a provenance .json each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="103"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="139"/>
        <source>Inside the take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="164"/>
        <source>Takes are not kept this session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="184"/>
        <source>Every preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="221"/>
        <source>%1 — seed %2, %3 AR tokens, made in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="228"/>
        <source>The codes of this take cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="237"/>
        <source>Deleted %n take(s). Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="243"/>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="256"/>
        <source>The take&apos;s audio cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="283"/>
        <source>Exported %n take(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="291"/>
        <source>Export the selected takes to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::TakeHistoryModel</name>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="52"/>
        <location filename="../ui/takes/take_history_model.cpp" line="60"/>
        <source>(custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="59"/>
        <source>%1

“%2”
Preset: %3 · seed %4 · %5 · %6 AR tokens · %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="62"/>
        <source>deep clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="62"/>
        <source>shallow clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="64"/>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="64"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="80"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="81"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="82"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="83"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="84"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="85"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::TakeInternalsView</name>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="40"/>
        <source>frame (75 per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="41"/>
        <source>codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="54"/>
        <source>AR L0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="62"/>
        <source>Scrub through the NAR diffusion: left is the first kept step (mostly noise), right the final codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="67"/>
        <source>Play coarse (L0 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="68"/>
        <source>Vocode the AR&apos;s codebook-0 codes alone: what the NAR starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="72"/>
        <source>first </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="73"/>
        <source> codebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="74"/>
        <source>Play</source>
        <translation type="unfinished">Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="75"/>
        <source>Vocode only the first k codebooks of the final codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="81"/>
        <source>Diffusion step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="112"/>
        <source>Choose a take in the history to see its codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="129"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 codebooks × %3 frames (%4 s)%5; %6 diffusion snapshots kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="134"/>
        <source>, the first %1 frames are the reference (deep clone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="152"/>
        <source>L0 (AR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="163"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="194"/>
        <source>final codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="194"/>
        <source>final codes (no snapshots kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="196"/>
        <source>step %1 of %2 (t = %3): %4% of codes differ from the final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="215"/>
        <source>coarse (L0 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/take_internals_view.cpp" line="219"/>
        <source>the first %n codebook(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="226"/>
        <source>Vocoding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="239"/>
        <source>Could not vocode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="246"/>
        <source>Playing %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="247"/>
        <source>%1 is ready, but cannot play: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
