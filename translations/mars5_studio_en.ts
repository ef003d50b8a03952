<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="177"/>
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n session added</numerusform>
            <numerusform>%n sessions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="178"/>
        <source>%n merged into existing sessions</source>
        <translation>
            <numerusform>%n merged into an existing session</numerusform>
            <numerusform>%n merged into existing sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="179"/>
        <source>%n judgement(s) imported</source>
        <translation>
            <numerusform>%n judgement imported</numerusform>
            <numerusform>%n judgements imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="180"/>
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="182"/>
        <source>%n differed from the judgement already stored (kept the stored one)</source>
        <translation>
            <numerusform>%n differed from the judgement already stored (kept the stored one)</numerusform>
            <numerusform>%n differed from the judgements already stored (kept the stored ones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/session_sources.cpp" line="55"/>
        <source>%n file(s) in %1 have no partner with the same name in every other folder and were left out.</source>
        <translation>
            <numerusform>%n file in %1 has no partner with the same name in every other folder and was left out.</numerusform>
            <numerusform>%n files in %1 have no partner with the same name in every other folder and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/session_sources.cpp" line="176"/>
        <source>%n dataset item(s) have no take named after them in %1 and were left out.</source>
        <translation>
            <numerusform>%n dataset item has no take named after it in %1 and was left out.</numerusform>
            <numerusform>%n dataset items have no take named after them in %1 and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/session_synthesis.cpp" line="96"/>
        <source>%n item(s) were left out because their speaker has no other clip to lend the voice: %1.</source>
        <translation>
            <numerusform>%n item was left out because its speaker has no other clip to lend the voice: %1.</numerusform>
            <numerusform>%n items were left out because their speaker has no other clip to lend the voice: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/take_history_model.cpp" line="48"/>
        <source>Delete %n take(s)</source>
        <translation>
            <numerusform>Delete %n take</numerusform>
            <numerusform>Delete %n takes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui</name>
    <message numerus="yes">
        <location filename="../ui/studio/take_export.cpp" line="35"/>
        <source>%1: %n sample(s) above full scale (peak %2 dBFS) clipped; export as 32-bit float WAV to keep them.</source>
        <translation>
            <numerusform>%1: %n sample above full scale (peak %2 dBFS) clipped; export as 32-bit float WAV to keep it.</numerusform>
            <numerusform>%1: %n samples above full scale (peak %2 dBFS) clipped; export as 32-bit float WAV to keep them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::AudioPanel</name>
    <message numerus="yes">
        <location filename="../ui/panels/audio_panel.cpp" line="263"/>
        <source>%n other file(s) dropped with it were left out: the reference is one clip.</source>
        <translation>
            <numerusform>%n other file dropped with it was left out: the reference is one clip.</numerusform>
            <numerusform>%n other files dropped with it were left out: the reference is one clip.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/studio/export_dialog.cpp" line="49"/>
        <source>Export %n take(s)</source>
        <translation>
            <numerusform>Export %n take</numerusform>
            <numerusform>Export %n takes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/export_dialog.cpp" line="199"/>
        <source>%n take(s) too short or too quiet to measure: written as made.</source>
        <translation>
            <numerusform>%n take too short or too quiet to measure: written as made.</numerusform>
            <numerusform>%n takes too short or too quiet to measure: written as made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/export_dialog.cpp" line="204"/>
        <source>%n sample(s) above full scale will clip in %1; WAV, 32-bit float keeps them.</source>
        <translation>
            <numerusform>%n sample above full scale will clip in %1; WAV, 32-bit float keeps it.</numerusform>
            <numerusform>%n samples above full scale will clip in %1; WAV, 32-bit float keeps them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/export_dialog.cpp" line="207"/>
        <source>%n take(s) go above full scale and will clip in %1; WAV, 32-bit float keeps them.</source>
        <translation>
            <numerusform>%n take goes above full scale and will clip in %1; WAV, 32-bit float keeps its peaks.</numerusform>
            <numerusform>%n takes go above full scale and will clip in %1; WAV, 32-bit float keeps their peaks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/export_dialog.cpp" line="263"/>
        <source>Measuring the loudness and peaks of %n take(s): %1 done…</source>
        <translation>
            <numerusform>Measuring the loudness and peaks of %n take: %1 done…</numerusform>
            <numerusform>Measuring the loudness and peaks of %n takes: %1 done…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/export_dialog.cpp" line="287"/>
        <source>%n of the files to write already exist in %1 (%2). Replace them (and their .json)?</source>
        <translation>
            <numerusform>%n of the files to write already exists in %1 (%2). Replace it (and its .json)?</numerusform>
            <numerusform>%n of the files to write already exist in %1 (%2). Replace them (and their .json)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="496"/>
        <source>Spelled out %n number(s): read the words over; Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>Spelled out %n number: read the words over; Ctrl+Z takes them back.</numerusform>
            <numerusform>Spelled out %n numbers: read the words over; Ctrl+Z takes them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="513"/>
        <source>Respelled %n word(s): read the words over; Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>Respelled %n word: read the words over; Ctrl+Z takes them back.</numerusform>
            <numerusform>Respelled %n words: read the words over; Ctrl+Z takes them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="538"/>
        <source>Respellings saved: %n word(s) in the list.</source>
        <translation>
            <numerusform>Respellings saved: %n word in the list.</numerusform>
            <numerusform>Respellings saved: %n words in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="992"/>
        <source>Queued %n line(s), one take each.</source>
        <translation>
            <numerusform>Queued %n line, one take.</numerusform>
            <numerusform>Queued %n lines, one take each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="1046"/>
        <source>A synthesis is running and %n more wait(s) in the queue. Quit and discard them?</source>
        <translation>
            <numerusform>A synthesis is running and %n more waits in the queue. Quit and discard them?</numerusform>
            <numerusform>A synthesis is running and %n more wait in the queue. Quit and discard them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="1050"/>
        <source>%n synthesis(es) wait in the queue. Quit and discard them?</source>
        <translation>
            <numerusform>%n synthesis waits in the queue. Quit and discard it?</numerusform>
            <numerusform>%n syntheses wait in the queue. Quit and discard them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="1059"/>
        <source>%1 of %n take(s) are exported so far. Quit and stop the export? The files already written are complete and kept.</source>
        <translation>
            <numerusform>%1 of %n take is exported so far. Quit and stop the export? The files already written are complete and kept.</numerusform>
            <numerusform>%1 of %n takes are exported so far. Quit and stop the export? The files already written are complete and kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::ModelsDialog</name>
    <message numerus="yes">
        <location filename="../ui/models/models_dialog.cpp" line="357"/>
        <source>%n file(s) missing or unusable here.</source>
        <translation>
            <numerusform>%n file missing or unusable here.</numerusform>
            <numerusform>%n files missing or unusable here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/models_dialog.cpp" line="363"/>
        <source>%n file(s) differ from the published ones and can be downloaded again.</source>
        <translation>
            <numerusform>%n file differs from the published one and can be downloaded again.</numerusform>
            <numerusform>%n files differ from the published ones and can be downloaded again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::SynthesisPanel</name>
    <message numerus="yes">
        <location filename="../ui/studio/synthesis_panel.cpp" line="453"/>
        <source>%n queued synthesis(es) failed (the others go on):</source>
        <translation>
            <numerusform>%n queued synthesis failed (the others go on):</numerusform>
            <numerusform>%n queued syntheses failed (the others go on):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/synthesis_panel.cpp" line="482"/>
        <source>%1 in %n pieces</source>
        <translation>
            <numerusform>%1 in %n piece</numerusform>
            <numerusform>%1 in %n pieces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/synthesis_panel.cpp" line="541"/>
        <source>%1 of %n queued take(s) made</source>
        <translation>
            <numerusform>%1 of %n queued take made</numerusform>
            <numerusform>%1 of %n queued takes made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/synthesis_panel.cpp" line="542"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/synthesis_panel.cpp" line="543"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::TextPanel</name>
    <message numerus="yes">
        <location filename="../ui/studio/text_panel.cpp" line="251"/>
        <source>Respell %n word(s)</source>
        <translation>
            <numerusform>Respell %n word</numerusform>
            <numerusform>Respell %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/text_panel.cpp" line="281"/>
        <source>%n character(s) · about %1 s of speech · the model expects about %2 tokens</source>
        <translation>
            <numerusform>%n character · about %1 s of speech · the model expects about %2 tokens</numerusform>
            <numerusform>%n characters · about %1 s of speech · the model expects about %2 tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/text_panel.cpp" line="287"/>
        <source>spoken in %n sentence piece(s)</source>
        <translation>
            <numerusform>spoken in %n sentence piece</numerusform>
            <numerusform>spoken in %n sentence pieces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/text_panel.cpp" line="298"/>
        <source>%n line(s): Ctrl+Alt+Return makes one take per line</source>
        <translation>
            <numerusform>%n line: Ctrl+Alt+Return makes one take per line</numerusform>
            <numerusform>%n lines: Ctrl+Alt+Return makes one take per line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/text_panel.cpp" line="256"/>
        <source>Spell out %n number(s)</source>
        <translation>
            <numerusform>Spell out %n number</numerusform>
            <numerusform>Spell out %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::NewSessionDialog</name>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="250"/>
        <source>Preparing %n take(s)…</source>
        <translation>
            <numerusform>Preparing %n take…</numerusform>
            <numerusform>Preparing %n takes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="378"/>
        <source>%n item(s) could not be synthesized and were left out: </source>
        <translation>
            <numerusform>%n item could not be synthesized and was left out: </numerusform>
            <numerusform>%n items could not be synthesized and were left out: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="323"/>
        <source>%n item(s) have no codec ceiling and are rated against the recording only: </source>
        <translation>
            <numerusform>%n item has no codec ceiling and is rated against the recording only: </numerusform>
            <numerusform>%n items have no codec ceiling and are rated against the recording only: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="294"/>
        <source>Running %n recording(s) through the codec…</source>
        <translation>
            <numerusform>Running %n recording through the codec…</numerusform>
            <numerusform>Running %n recordings through the codec…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="317"/>
        <source>%n codec ceiling(s) made into %1.</source>
        <translation>
            <numerusform>%n codec ceiling made into %1.</numerusform>
            <numerusform>%n codec ceilings made into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="381"/>
        <source>%n take(s) synthesized into %1.</source>
        <translation>
            <numerusform>%n take synthesized into %1.</numerusform>
            <numerusform>%n takes synthesized into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="558"/>
        <source>%n take(s) will be synthesized with the studio&apos;s current settings, each from the next clip of the same speaker, then compared with the real recordings in random order with random A/B sides.</source>
        <translation>
            <numerusform>%n take will be synthesized with the studio&apos;s current settings from the next clip of the same speaker, then compared with the real recording with random A/B sides.</numerusform>
            <numerusform>%n takes will be synthesized with the studio&apos;s current settings, each from the next clip of the same speaker, then compared with the real recordings in random order with random A/B sides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="590"/>
        <source>%n item(s) found, </source>
        <translation>
            <numerusform>%n item found, </numerusform>
            <numerusform>%n items found, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="591"/>
        <source>%n comparison(s) in random order with random A/B sides.</source>
        <translation>
            <numerusform>%n comparison with random A/B sides.</numerusform>
            <numerusform>%n comparisons in random order with random A/B sides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::RatingStatsView</name>
    <message numerus="yes">
        <location filename="../ui/rating/rating_stats_view.cpp" line="200"/>
        <source>%1 — %n raters merged (%2)</source>
        <translation>
            <numerusform>%1 — %n raters merged (%2)</numerusform>
            <numerusform>%1 — %n raters merged (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_stats_view.cpp" line="264"/>
        <source>Computing the statistics of %Ln judgements…</source>
        <translation>
            <numerusform>Computing the statistics of %Ln judgement…</numerusform>
            <numerusform>Computing the statistics of %Ln judgements…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::RatingView</name>
    <message numerus="yes">
        <location filename="../ui/rating/rating_view.cpp" line="324"/>
        <source>%n trial(s) were skipped because their audio could not be played; they stay unjudged and come back when the session is reopened.</source>
        <translation>
            <numerusform>%n trial was skipped because its audio could not be played; it stays unjudged and comes back when the session is reopened.</numerusform>
            <numerusform>%n trials were skipped because their audio could not be played; they stay unjudged and come back when the session is reopened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_view.cpp" line="328"/>
        <source>Session complete: all %n judgement(s) are saved. Open the statistics to see the result.</source>
        <translation>
            <numerusform>Session complete: the %n judgement is saved. Open the statistics to see the result.</numerusform>
            <numerusform>Session complete: all %n judgements are saved. Open the statistics to see the result.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_view.cpp" line="350"/>
        <source>✓ heard (%n×)</source>
        <translation>
            <numerusform>✓ heard (%n×)</numerusform>
            <numerusform>✓ heard (%n×)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::RatingWindow</name>
    <message numerus="yes">
        <location filename="../ui/rating/rating_window.cpp" line="263"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_window.cpp" line="264"/>
        <source>%n judgement(s)</source>
        <translation>
            <numerusform>%n judgement</numerusform>
            <numerusform>%n judgements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::CompareView</name>
    <message numerus="yes">
        <location filename="../ui/takes/compare_view.cpp" line="186"/>
        <source>%n setting(s) differ:</source>
        <translation>
            <numerusform>%n setting differs:</numerusform>
            <numerusform>%n settings differ:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::HistoryPanel</name>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="211"/>
        <source>Make %n take(s)</source>
        <translation>
            <numerusform>Make %n take</numerusform>
            <numerusform>Make %n takes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="341"/>
        <source>A new takes history holds the %n take(s) the damaged file still had.</source>
        <translation>
            <numerusform>A new takes history holds the %n take the damaged file still had.</numerusform>
            <numerusform>A new takes history holds the %n takes the damaged file still had.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="342"/>
        <source>A new takes history holds %n take(s). Some of the damaged file could not be read.</source>
        <translation>
            <numerusform>A new takes history holds %n take. Some of the damaged file could not be read.</numerusform>
            <numerusform>A new takes history holds %n takes. Some of the damaged file could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="344"/>
        <source>%n take(s) came back from the records in their folders.</source>
        <translation>
            <numerusform>%n take came back from the record in its folder.</numerusform>
            <numerusform>%n takes came back from the records in their folders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="346"/>
        <source>%n take folder(s) in %1 have no record that reads and were left as they are: %2</source>
        <translation>
            <numerusform>%n take folder in %1 has no record that reads and was left as it is: %2</numerusform>
            <numerusform>%n take folders in %1 have no record that reads and were left as they are: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="378"/>
        <source>%n take(s) made as the studio stopped were added to the history.</source>
        <translation>
            <numerusform>%n take made as the studio stopped was added to the history.</numerusform>
            <numerusform>%n takes made as the studio stopped were added to the history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="392"/>
        <source>%n take(s) in %1 are not in this history (its file was replaced or damaged after they were made). Their folders still hold them.</source>
        <translation>
            <numerusform>%n take in %1 is not in this history (its file was replaced or damaged after it was made). Its folder still holds it.</numerusform>
            <numerusform>%n takes in %1 are not in this history (its file was replaced or damaged after they were made). Their folders still hold them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="397"/>
        <source>Restore %n take(s)</source>
        <translation>
            <numerusform>Restore %n take</numerusform>
            <numerusform>Restore %n takes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="426"/>
        <source>%n take(s) restored from their folders.</source>
        <translation>
            <numerusform>%n take restored from its folder.</numerusform>
            <numerusform>%n takes restored from their folders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="428"/>
        <source>%n folder(s) could not be restored and were left as they are: %1</source>
        <translation>
            <numerusform>%n folder could not be restored and was left as it is: %1</numerusform>
            <numerusform>%n folders could not be restored and were left as they are: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="584"/>
        <source>%n of these takes were dragged or copied out as files.</source>
        <translation>
            <numerusform>%n of these takes was dragged or copied out as a file.</numerusform>
            <numerusform>%n of these takes were dragged or copied out as files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="585"/>
        <source>A program that uses such a file where it is (a DAW that does not copy media into its project) loses it when the take goes for good, at the next start; until then Undo brings the take back. Delete %n take(s)?</source>
        <translation>
            <numerusform>A program that uses such a file where it is (a DAW that does not copy media into its project) loses it when the take goes for good, at the next start; until then Undo brings the take back. Delete %n take?</numerusform>
            <numerusform>A program that uses such a file where it is (a DAW that does not copy media into its project) loses it when the take goes for good, at the next start; until then Undo brings the take back. Delete %n takes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="593"/>
        <source>Deleted %n take(s). Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n take. Undo brings it back.</numerusform>
            <numerusform>Deleted %n takes. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="616"/>
        <source>Starred %n take(s).</source>
        <translation>
            <numerusform>Starred %n take.</numerusform>
            <numerusform>Starred %n takes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="617"/>
        <source>Took the star off %n take(s).</source>
        <translation>
            <numerusform>Took the star off %n take.</numerusform>
            <numerusform>Took the star off %n takes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="744"/>
        <source>%1 of %n take(s) exported</source>
        <translation>
            <numerusform>%1 of %n take exported</numerusform>
            <numerusform>%1 of %n takes exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="748"/>
        <source>Exporting %n take(s) to %1…</source>
        <translation>
            <numerusform>Exporting %n take to %1…</numerusform>
            <numerusform>Exporting %n takes to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="758"/>
        <source>Export stopped: %1 of %n take(s) written to %2, each complete with its .json; the rest were not written.</source>
        <translation>
            <numerusform>Export stopped: %1 of %n take written to %2, complete with its .json; the rest were not written.</numerusform>
            <numerusform>Export stopped: %1 of %n takes written to %2, each complete with its .json; the rest were not written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="763"/>
        <source>Exported %n take(s) to %1.</source>
        <translation>
            <numerusform>Exported %n take to %1.</numerusform>
            <numerusform>Exported %n takes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="766"/>
        <source>%n of them clip in %1 (clipped_samples in their .json).</source>
        <translation>
            <numerusform>%n of them clips in %1 (clipped_samples in its .json).</numerusform>
            <numerusform>%n of them clip in %1 (clipped_samples in their .json).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="820"/>
        <source>%n of these takes have no file yet (%1 of audio), and a drag or a copy makes at most %2 files, %3 of audio, at a time: use Export… for them all (it writes them aside), or take fewer.</source>
        <translation>
            <numerusform>%n of these takes has no file yet (%1 of audio), and a drag or a copy makes at most %2 files, %3 of audio, at a time: use Export… for them all (it writes them aside), or take fewer.</numerusform>
            <numerusform>%n of these takes have no file yet (%1 of audio), and a drag or a copy makes at most %2 files, %3 of audio, at a time: use Export… for them all (it writes them aside), or take fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="834"/>
        <source>%n take(s) could not be made into files: %1</source>
        <translation>
            <numerusform>%n take could not be made into a file: %1</numerusform>
            <numerusform>%n takes could not be made into files: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="855"/>
        <source>Copied %n take(s) as files (%1): paste them into a folder or another program.</source>
        <translation>
            <numerusform>Copied %n take as a file (%1): paste it into a folder or another program.</numerusform>
            <numerusform>Copied %n takes as files (%1): paste them into a folder or another program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="870"/>
        <source>The list of %n take(s) is in %1.</source>
        <translation>
            <numerusform>The list of %n take is in %1.</numerusform>
            <numerusform>The list of %n takes is in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::TakeInternalsView</name>
    <message numerus="yes">
        <location filename="../ui/takes/take_internals_view.cpp" line="145"/>
        <source>spoken in %n pieces, their codes one after another</source>
        <translation>
            <numerusform>spoken in %n piece, its codes one after another</numerusform>
            <numerusform>spoken in %n pieces, their codes one after another</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/take_internals_view.cpp" line="289"/>
        <source>the first %n codebook(s)</source>
        <translation>
            <numerusform>the first codebook</numerusform>
            <numerusform>the first %n codebooks</numerusform>
        </translation>
    </message>
</context>
</TS>
