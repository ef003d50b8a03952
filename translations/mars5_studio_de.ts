<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ComputeChoice</name>
    <message>
        <location filename="../ui/studio/compute_choice.cpp" line="67"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/studio/compute_choice.cpp" line="68"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="51"/>
        <source>%1 h %2 min left</source>
        <translation>noch %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="52"/>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="53"/>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="177"/>
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n Sitzung hinzugefügt</numerusform>
            <numerusform>%n Sitzungen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="178"/>
        <source>%n merged into existing sessions</source>
        <translation>
            <numerusform>%n mit bestehenden Sitzungen zusammengeführt</numerusform>
            <numerusform>%n mit bestehenden Sitzungen zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="179"/>
        <source>%n judgement(s) imported</source>
        <translation>
            <numerusform>%n Urteil importiert</numerusform>
            <numerusform>%n Urteile importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="180"/>
        <source>%n already present</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_store.cpp" line="182"/>
        <source>%n differed from the judgement already stored (kept the stored one)</source>
        <translation>
            <numerusform>%n wich vom bereits gespeicherten Urteil ab (das gespeicherte wurde behalten)</numerusform>
            <numerusform>%n wichen vom bereits gespeicherten Urteil ab (das gespeicherte wurde behalten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="260"/>
        <location filename="../ui/takes/take_store.cpp" line="282"/>
        <source>%1: %2 failed (%3)</source>
        <translation>%1: %2 fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="285"/>
        <source>Cannot create the folder %1 for the ratings database.</source>
        <translation>Der Ordner %1 für die Bewertungsdatenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="266"/>
        <source>Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite); ratings cannot be stored.</source>
        <translation>Der SQLite-Treiber von Qt fehlt (installieren Sie libqt6sql6-sqlite); Bewertungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="276"/>
        <location filename="../ui/rating/rating_store.cpp" line="294"/>
        <location filename="../ui/rating/rating_store.cpp" line="349"/>
        <source>Cannot open the ratings database %1 (%2).</source>
        <translation>Die Bewertungsdatenbank %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="53"/>
        <source>%1 is not a readable MARS5 ratings database (%2). It was left untouched; move it aside (or choose another file) to start a new one.</source>
        <translation>%1 ist keine lesbare MARS5-Bewertungsdatenbank (%2). Die Datei wurde nicht verändert; verschieben Sie sie (oder wählen Sie eine andere Datei), um eine neue anzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="121"/>
        <location filename="../ui/takes/take_store.cpp" line="347"/>
        <source>it is a different kind of SQLite database</source>
        <translation>es ist eine andere Art von SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="124"/>
        <location filename="../ui/rating/rating_store.cpp" line="302"/>
        <location filename="../ui/takes/take_store.cpp" line="320"/>
        <location filename="../ui/takes/take_store.cpp" line="359"/>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="58"/>
        <source>%1 was written by a newer MARS5 Studio (schema %2; this one knows %3). Update the studio to read it.</source>
        <translation>%1 wurde von einem neueren MARS5 Studio geschrieben (Schema %2; diese Version kennt %3). Aktualisieren Sie das Studio, um die Datei zu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/util/sqlite_health.cpp" line="42"/>
        <source>it has no %1 table</source>
        <translation>sie hat keine Tabelle %1</translation>
    </message>
    <message>
        <location filename="../ui/util/sqlite_health.cpp" line="44"/>
        <source>its %1 table has no %2 column</source>
        <translation>ihrer Tabelle %1 fehlt die Spalte %2</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="349"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="371"/>
        <source>switching to WAL mode</source>
        <translation>Umschalten in den WAL-Modus</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="378"/>
        <location filename="../ui/rating/rating_store.cpp" line="382"/>
        <source>creating the tables</source>
        <translation>Anlegen der Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="381"/>
        <source>marking the database</source>
        <translation>Kennzeichnen der Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="387"/>
        <location filename="../ui/rating/rating_store.cpp" line="461"/>
        <location filename="../ui/rating/rating_store.cpp" line="475"/>
        <location filename="../ui/rating/rating_store.cpp" line="488"/>
        <location filename="../ui/rating/rating_store.cpp" line="516"/>
        <location filename="../ui/rating/rating_store.cpp" line="527"/>
        <location filename="../ui/rating/rating_store.cpp" line="553"/>
        <location filename="../ui/rating/rating_store.cpp" line="576"/>
        <location filename="../ui/rating/rating_store.cpp" line="631"/>
        <source>The ratings database is not open.</source>
        <translation>Die Bewertungsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="389"/>
        <source>The session “%1” has no comparisons.</source>
        <translation>Die Sitzung „%1“ enthält keine Vergleiche.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="407"/>
        <location filename="../ui/rating/rating_store.cpp" line="427"/>
        <source>creating the session</source>
        <translation>Anlegen der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="425"/>
        <source>storing the trials</source>
        <translation>Speichern der Durchgänge</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="464"/>
        <location filename="../ui/rating/rating_store.cpp" line="470"/>
        <source>listing the sessions</source>
        <translation>Auflisten der Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="479"/>
        <location filename="../ui/rating/rating_store.cpp" line="481"/>
        <source>reading the session</source>
        <translation>Lesen der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="482"/>
        <source>There is no session %1 in %2.</source>
        <translation>Es gibt keine Sitzung %1 in %2.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="495"/>
        <location filename="../ui/rating/rating_store.cpp" line="511"/>
        <source>reading the trials</source>
        <translation>Lesen der Durchgänge</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="522"/>
        <source>deleting the session</source>
        <translation>Löschen der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="529"/>
        <source>Strength %1 is outside -3…+3.</source>
        <translation>Die Stärke %1 liegt außerhalb von -3…+3.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="532"/>
        <source>starting the transaction</source>
        <translation>Starten der Transaktion</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="546"/>
        <location filename="../ui/rating/rating_store.cpp" line="547"/>
        <source>saving the judgement</source>
        <translation>Speichern des Urteils</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="558"/>
        <location filename="../ui/rating/rating_store.cpp" line="560"/>
        <source>reading a judgement</source>
        <translation>Lesen eines Urteils</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="561"/>
        <source>Trial %1 has no judgement.</source>
        <translation>Durchgang %1 hat kein Urteil.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="584"/>
        <location filename="../ui/rating/rating_store.cpp" line="607"/>
        <source>reading the judgements</source>
        <translation>Lesen der Urteile</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="616"/>
        <location filename="../ui/rating/rating_store.cpp" line="618"/>
        <location filename="../ui/rating/session_synthesis.cpp" line="267"/>
        <location filename="../ui/studio/reference_keeper.cpp" line="76"/>
        <location filename="../ui/takes/take_list_csv.cpp" line="51"/>
        <location filename="../ui/takes/take_record_file.cpp" line="169"/>
        <location filename="../ui/takes/take_record_file.cpp" line="177"/>
        <source>Cannot write %1 (%2).</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="633"/>
        <location filename="../ui/rating/session_sources.cpp" line="71"/>
        <location filename="../ui/takes/take_record_file.cpp" line="199"/>
        <source>Cannot read %1 (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="643"/>
        <source>importing %1</source>
        <translation>Importieren von %1</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="687"/>
        <source>%1: trial %2 (%3) does not match trial %2 of the session already in the database; the file belongs to a different session with the same id.</source>
        <translation>%1: Durchgang %2 (%3) stimmt nicht mit Durchgang %2 der Sitzung überein, die bereits in der Datenbank ist; die Datei gehört zu einer anderen Sitzung mit derselben ID.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="717"/>
        <source>%1: session “%2” has trial %3 twice; is a row doubled?</source>
        <translation>%1: Die Sitzung „%2“ enthält Durchgang %3 zweimal; ist eine Zeile doppelt?</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="739"/>
        <source>%1: not valid JSON (%2 at byte %3).</source>
        <translation>%1: kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="742"/>
        <source>%1: not a MARS5 rating session export (no &quot;format&quot;: &quot;%2&quot;).</source>
        <translation>%1: kein Export einer MARS5-Bewertungssitzung (kein &quot;format&quot;: &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="744"/>
        <source>%1: written by a newer MARS5 Studio (version %2).</source>
        <translation>%1: von einem neueren MARS5 Studio geschrieben (Version %2).</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="762"/>
        <source>%1: the loudness target %2 is not a number from %3 to %4 LUFS.</source>
        <translation>%1: Das Lautheitsziel %2 ist keine Zahl von %3 bis %4 LUFS.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="769"/>
        <source>%1: the session needs a uuid, a name and a seed.</source>
        <translation>%1: Die Sitzung braucht eine UUID, einen Namen und einen Seed.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="783"/>
        <source>%1: trial %2 lacks its position, item or systems.</source>
        <translation>%1: Bei Durchgang %2 fehlen Position, Eintrag oder Systeme.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="786"/>
        <source>%1: trial %2: the judgement is %3, neither an object nor null.</source>
        <translation>%1: Durchgang %2: Das Urteil ist %3, weder ein Objekt noch null.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="792"/>
        <source>%1: trial %2 has the unknown choice “%3”.</source>
        <translation>%1: Durchgang %2 hat die unbekannte Wahl „%3“.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="804"/>
        <source>%1: trial %2: %3 is %4, not a whole number from %5 to %6.</source>
        <translation>%1: Durchgang %2: %3 ist %4, keine ganze Zahl von %5 bis %6.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="825"/>
        <source>%1: the session has no trials.</source>
        <translation>%1: Die Sitzung hat keine Durchgänge.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="889"/>
        <source>%1 The session was not exported, since the studio would not import it again: the ratings database holds a value the studio never writes (was it changed outside the studio?). The CSV export still has its judgements.</source>
        <translation>%1 Die Sitzung wurde nicht exportiert, da das Studio sie nicht wieder importieren würde: Die Bewertungsdatenbank enthält einen Wert, den das Studio nie schreibt (wurde sie außerhalb des Studios geändert?). Der CSV-Export enthält ihre Urteile weiterhin.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="899"/>
        <source>%1: the file has a header but no judgements.</source>
        <translation>%1: Die Datei hat eine Kopfzeile, aber keine Urteile.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_store.cpp" line="918"/>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="28"/>
        <source>Choose at least two folders to compare.</source>
        <translation>Wählen Sie mindestens zwei Ordner zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="32"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="35"/>
        <source>Every folder needs its own system name (“%1” is empty or used twice).</source>
        <translation>Jeder Ordner braucht einen eigenen Systemnamen („%1“ ist leer oder doppelt vergeben).</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="38"/>
        <source>%1 holds no audio files.</source>
        <translation>%1 enthält keine Audiodateien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/session_sources.cpp" line="55"/>
        <source>%n file(s) in %1 have no partner with the same name in every other folder and were left out.</source>
        <translation>
            <numerusform>%n Datei in %1 hat nicht in jedem anderen Ordner ein Gegenstück mit demselben Namen und wurde ausgelassen.</numerusform>
            <numerusform>%n Dateien in %1 haben nicht in jedem anderen Ordner ein Gegenstück mit demselben Namen und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="59"/>
        <source>No file name appears in every folder: the folders are paired by name (e.g. a/0001.wav with b/0001.wav).</source>
        <translation>Kein Dateiname kommt in jedem Ordner vor: Die Ordner werden nach Namen gepaart (z. B. a/0001.wav mit b/0001.wav).</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="65"/>
        <source>The dataset folder %1 does not exist.</source>
        <translation>Der Datensatzordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="93"/>
        <source>%1: the header names a speaker column but no transcript (or text) column.</source>
        <translation>%1: Die Kopfzeile nennt eine Sprecherspalte, aber keine Transkript- (oder Text-)Spalte.</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="100"/>
        <source>%1 line %2: expected “id|transcript” (LJSpeech format).</source>
        <translation>%1 Zeile %2: „id|transcript“ erwartet (LJSpeech-Format).</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="120"/>
        <source>%1 lists %2 item(s) but none of their WAV files is in %3 or wavs/.</source>
        <translation>%1 nennt %2 Einträge, aber keine der zugehörigen WAV-Dateien liegt in %3 oder wavs/.</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="148"/>
        <source>%1 has neither a metadata.csv (LJSpeech) nor name.wav + name.txt pairs.</source>
        <translation>%1 enthält weder eine metadata.csv (LJSpeech) noch Paare aus name.wav + name.txt.</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="156"/>
        <source>The takes folder %1 does not exist.</source>
        <translation>Der Take-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="158"/>
        <source>The takes need a name other than “%1”.</source>
        <translation>Die Takes brauchen einen anderen Namen als „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/session_sources.cpp" line="176"/>
        <source>%n dataset item(s) have no take named after them in %1 and were left out.</source>
        <translation>
            <numerusform>%n Datensatz-Eintrag hat keinen nach ihm benannten Take in %1 und wurde ausgelassen.</numerusform>
            <numerusform>%n Datensatz-Einträge haben keinen nach ihnen benannten Take in %1 und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/session_sources.cpp" line="179"/>
        <source>None of the %1 dataset items has a take in %2 (takes are matched by item id, e.g. LJ001-0001.wav).</source>
        <translation>Keiner der %1 Datensatz-Einträge hat einen Take in %2 (Takes werden über die Eintrags-ID zugeordnet, z. B. LJ001-0001.wav).</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_synthesis.cpp" line="40"/>
        <source>%1: the codec ceiling needs the recording, which could not be read: %2</source>
        <translation>%1: Die Codec-Obergrenze braucht die Aufnahme, die nicht gelesen werden konnte: %2</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_synthesis.cpp" line="75"/>
        <source>%1 has an empty transcript and was left out.</source>
        <translation>%1 hat ein leeres Transkript und wurde ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/session_synthesis.cpp" line="96"/>
        <source>%n item(s) were left out because their speaker has no other clip to lend the voice: %1.</source>
        <translation>
            <numerusform>%n Eintrag wurde ausgelassen, weil es von der sprechenden Person keinen weiteren Clip als Stimmvorlage gibt: %1.</numerusform>
            <numerusform>%n Einträge wurden ausgelassen, weil es von der sprechenden Person keinen weiteren Clip als Stimmvorlage gibt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/session_synthesis.cpp" line="101"/>
        <source>Nothing to synthesize: every item needs another clip of the same speaker as its reference voice.</source>
        <translation>Nichts zu synthetisieren: Jeder Eintrag braucht einen weiteren Clip derselben Person als Referenzstimme.</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_synthesis.cpp" line="165"/>
        <source>%1: the reference clip %2 could not be read: %3</source>
        <translation>%1: Der Referenzclip %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_synthesis.cpp" line="192"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_synthesis.cpp" line="195"/>
        <source>%1: the model produced no audio</source>
        <translation>%1: Das Modell hat kein Audio erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/takes/settings_diff.cpp" line="14"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../ui/takes/settings_diff.cpp" line="16"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../ui/takes/settings_diff.cpp" line="16"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/takes/settings_diff.cpp" line="25"/>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <location filename="../ui/takes/settings_diff.cpp" line="29"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/takes/settings_diff.cpp" line="30"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../ui/takes/settings_diff.cpp" line="31"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/takes/settings_diff.cpp" line="33"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../ui/takes/settings_diff.cpp" line="34"/>
        <source>Seed used</source>
        <translation>Verwendeter Seed</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/take_history_model.cpp" line="48"/>
        <source>Delete %n take(s)</source>
        <translation>
            <numerusform>Löschen von %n Take</numerusform>
            <numerusform>Löschen von %n Takes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="291"/>
        <source>Cannot create the folder %1 for the takes.</source>
        <translation>Der Ordner %1 für die Takes kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="294"/>
        <source>Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite); takes cannot be kept.</source>
        <translation>Der SQLite-Treiber von Qt fehlt (installieren Sie libqt6sql6-sqlite); Takes können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="304"/>
        <location filename="../ui/takes/take_store.cpp" line="314"/>
        <source>Cannot open the takes database %1 (%2).</source>
        <translation>Die Take-Datenbank %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="334"/>
        <source>%1 is not a readable takes database (%2). It was left untouched.</source>
        <translation>%1 ist keine lesbare Take-Datenbank (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="351"/>
        <source>%1 was written by a newer MARS5 Studio (takes schema %2; this one reads up to %3). It was left untouched.</source>
        <translation>%1 wurde von einem neueren MARS5 Studio geschrieben (Take-Schema %2; diese Version liest bis %3). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="378"/>
        <location filename="../ui/takes/take_store.cpp" line="380"/>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="385"/>
        <source>starting the schema upgrade</source>
        <translation>Starten der Schema-Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="387"/>
        <source>upgrading the schema to %1</source>
        <translation>Aktualisieren des Schemas auf %1</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="389"/>
        <source>recording the schema version</source>
        <translation>Speichern der Schemaversion</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="390"/>
        <source>committing the schema upgrade</source>
        <translation>Festschreiben der Schema-Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="425"/>
        <location filename="../ui/takes/take_store.cpp" line="435"/>
        <source>a take without audio is not kept</source>
        <translation>ein Take ohne Audio wird nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="478"/>
        <source>Cannot create the folder %1 for the take.</source>
        <translation>Der Ordner %1 für den Take kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_keeper.cpp" line="45"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_keeper.cpp" line="62"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_keeper.cpp" line="87"/>
        <location filename="../ui/studio/reference_keeper.cpp" line="90"/>
        <location filename="../ui/studio/reference_keeper.cpp" line="102"/>
        <source>The reference from last time could not be read (%1).</source>
        <translation>Die Referenz vom letzten Mal konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_keeper.cpp" line="95"/>
        <source>The reference from last time, %1, is no longer there.</source>
        <translation>Die Referenz vom letzten Mal, %1, ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="750"/>
        <source>storing the take</source>
        <translation>Speichern des Takes</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="581"/>
        <source>committing the take</source>
        <translation>Festschreiben des Takes</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="589"/>
        <location filename="../ui/takes/take_store.cpp" line="594"/>
        <location filename="../ui/takes/take_store.cpp" line="786"/>
        <location filename="../ui/takes/take_store.cpp" line="797"/>
        <location filename="../ui/takes/take_store.cpp" line="806"/>
        <location filename="../ui/takes/take_store.cpp" line="812"/>
        <location filename="../ui/takes/take_store.cpp" line="830"/>
        <location filename="../ui/takes/take_store.cpp" line="834"/>
        <source>reading the takes</source>
        <translation>Lesen der Takes</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="602"/>
        <location filename="../ui/takes/take_store.cpp" line="605"/>
        <source>reading a variation</source>
        <translation>Lesen einer Variation</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="613"/>
        <location filename="../ui/takes/take_store.cpp" line="615"/>
        <location filename="../ui/takes/take_store.cpp" line="758"/>
        <source>reading a take</source>
        <translation>Lesen eines Takes</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="616"/>
        <location filename="../ui/takes/take_store.cpp" line="631"/>
        <source>There is no take %1.</source>
        <translation>Es gibt keinen Take %1.</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="639"/>
        <source>renaming a take</source>
        <translation>Umbenennen eines Takes</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="646"/>
        <source>starring a take</source>
        <translation>Markieren eines Takes mit Stern</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="653"/>
        <source>writing a take&apos;s note</source>
        <translation>Schreiben der Notiz eines Takes</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="660"/>
        <source>deleting a take</source>
        <translation>Löschen eines Takes</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="672"/>
        <location filename="../ui/takes/take_store.cpp" line="679"/>
        <location filename="../ui/takes/take_store.cpp" line="691"/>
        <location filename="../ui/takes/take_store.cpp" line="693"/>
        <source>finding deleted takes</source>
        <translation>Suchen gelöschter Takes</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="684"/>
        <location filename="../ui/takes/take_store.cpp" line="685"/>
        <source>removing deleted takes</source>
        <translation>Entfernen gelöschter Takes</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="771"/>
        <source>The take %1 has no folder.</source>
        <translation>Der Take %1 hat keinen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="849"/>
        <source>%1 has a take record but no audio.wav</source>
        <translation>%1 hat einen Take-Datensatz, aber keine audio.wav</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="881"/>
        <location filename="../ui/takes/take_store.cpp" line="899"/>
        <source>restoring takes</source>
        <translation>Wiederherstellen der Takes</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="975"/>
        <source>the take&apos;s %1 diffusion steps ran a %1-step schedule, as fewer steps did before 2026-12-03; they now skip steps of the 200-step schedule the model was trained with</source>
        <translation>die %1 Diffusionsschritte des Takes liefen einen Zeitplan mit %1 Schritten, wie weniger Schritte es vor dem 03.12.2026 taten; jetzt überspringen sie Schritte des 200-Schritte-Zeitplans, mit dem das Modell trainiert wurde</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="981"/>
        <source>the take was made on the GPU before 2026-12-03, when its diffusion drew its random numbers another way</source>
        <translation>der Take entstand vor dem 03.12.2026 auf der GPU, als seine Diffusion ihre Zufallszahlen anders zog</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="989"/>
        <source>the take was made in %1 on the CPU before 2026-12-03, when its diffusion drew its random numbers the reference&apos;s way; in half precision it now draws them another way</source>
        <translation>der Take entstand vor dem 03.12.2026 in %1 auf dem Prozessor, als seine Diffusion ihre Zufallszahlen wie die Referenz zog; in halber Genauigkeit zieht sie sie jetzt anders</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="994"/>
        <source>the take was made on %1, %2 and the model now runs on %3, %4</source>
        <translation>der Take entstand auf %1, %2, das Modell läuft jetzt auf %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="999"/>
        <source>the %1 file is not the one the take was made with</source>
        <translation>die Datei %1 ist nicht die, mit der der Take entstand</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="1031"/>
        <source>The take&apos;s reference audio is missing (%1), so the take cannot be rendered again. It still plays and exports.</source>
        <translation>Das Referenzaudio des Takes fehlt (%1), daher kann der Take nicht neu gerendert werden. Er lässt sich weiterhin abspielen und exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_store.cpp" line="1042"/>
        <source>The take&apos;s reference audio cannot be read (%1): %2</source>
        <translation>Das Referenzaudio des Takes kann nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/util/sqlite_salvage.cpp" line="209"/>
        <source>Cannot rename %1 to %2; nothing was changed.</source>
        <translation>%1 kann nicht in %2 umbenannt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/util/sqlite_salvage.cpp" line="311"/>
        <source>%1: the rows that could be read from %2 were not copied (%3).</source>
        <translation>%1: Die Zeilen, die sich aus %2 noch lesen ließen, wurden nicht kopiert (%3).</translation>
    </message>
    <message>
        <location filename="../ui/util/sqlite_health.cpp" line="54"/>
        <source>the file holds a single byte, which SQLite reads as an empty file, but the -wal file beside it holds %1 bytes of its last changes</source>
        <translation>die Datei enthält ein einziges Byte, das SQLite als leere Datei liest, aber die -wal-Datei daneben enthält %1 Bytes ihrer letzten Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/util/sqlite_health.cpp" line="57"/>
        <source>the file is empty, but the -wal file beside it holds %1 bytes of its last changes</source>
        <translation>die Datei ist leer, aber die -wal-Datei daneben enthält %1 Bytes ihrer letzten Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/util/sqlite_health.cpp" line="91"/>
        <source>it cannot be opened</source>
        <translation>sie lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_record_file.cpp" line="121"/>
        <source>it is not a JSON object (%1)</source>
        <translation>es ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_record_file.cpp" line="125"/>
        <source>it is not a MARS5 Studio take record</source>
        <translation>es ist kein Take-Datensatz von MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_record_file.cpp" line="127"/>
        <source>it was written by a newer MARS5 Studio (take record %1; this one reads up to %2)</source>
        <translation>es wurde von einem neueren MARS5 Studio geschrieben (Take-Datensatz %1; dieses liest bis %2)</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_record_file.cpp" line="132"/>
        <source>its id is not a positive whole number</source>
        <translation>seine id ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_record_file.cpp" line="139"/>
        <source>it has no %1</source>
        <translation>ihm fehlt %1</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_record_file.cpp" line="144"/>
        <source>its %1 is not text</source>
        <translation>sein Feld %1 ist kein Text</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_record_file.cpp" line="149"/>
        <source>its %1 is not a whole number</source>
        <translation>sein Feld %1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_record_file.cpp" line="154"/>
        <source>its %1 is not an object</source>
        <translation>sein Feld %1 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_record_file.cpp" line="160"/>
        <source>it names another take (%1)</source>
        <translation>es nennt einen anderen Take (%1)</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_record_file.cpp" line="193"/>
        <source>%1 has no take record</source>
        <translation>%1 hat keinen Take-Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_record_file.cpp" line="197"/>
        <source>%1 is too large to be a take record</source>
        <translation>%1 ist zu groß für einen Take-Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_record_file.cpp" line="201"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/util/sqlite_last_good.cpp" line="27"/>
        <source>The copy %1 of %2 was not written (%3).</source>
        <translation>Die Kopie %1 von %2 wurde nicht geschrieben (%3).</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_drag_files.cpp" line="58"/>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="63"/>
        <source>Desktop studio for MARS5 voice-cloning text-to-speech.</source>
        <translation>Desktop-Studio für MARS5-Sprachsynthese mit Stimmklonen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="68"/>
        <source>Save a PNG of the window after it first appears, then quit.</source>
        <translation>Nach dem ersten Anzeigen ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="69"/>
        <source>FILE.png</source>
        <translation>DATEI.png</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="71"/>
        <source>An audio file to open.</source>
        <translation>Eine zu öffnende Audiodatei.</translation>
    </message>
</context>
<context>
    <name>mars5</name>
    <message>
        <location filename="../ui/studio/presets.cpp" line="57"/>
        <source>unknown setting &quot;%1&quot; ignored</source>
        <translation>unbekannte Einstellung &quot;%1&quot; ignoriert</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="66"/>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="72"/>
        <source>nar_steps %1 is above the 200 steps of the model&apos;s schedule: 200 used</source>
        <translation>nar_steps %1 liegt über den 200 Schritten des Modell-Zeitplans: 200 verwendet</translation>
    </message>
</context>
<context>
    <name>mars5::InferenceConfigField</name>
    <message>
        <location filename="../core/src/inference_config.cpp" line="43"/>
        <source>AR logits are divided by it (lower: more conservative)</source>
        <translation>Die AR-Logits werden durch sie geteilt (niedriger: vorsichtiger)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="45"/>
        <source>keep only the k most likely ids (ties kept); 0 disables</source>
        <translation>nur die k wahrscheinlichsten IDs behalten (Gleichstände bleiben); 0 schaltet ab</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="47"/>
        <source>nucleus mass; 1.0 disables</source>
        <translation>Nucleus-Masse; 1,0 schaltet ab</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="48"/>
        <source>typical-sampling mass; above 0.999 disables</source>
        <translation>Masse des Typical Sampling; über 0,999 schaltet ab</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="51"/>
        <source>subtracted from an id&apos;s logit once per recent occurrence (fewer repetitions)</source>
        <translation>wird vom Logit einer ID je jüngstem Vorkommen einmal abgezogen (weniger Wiederholungen)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="54"/>
        <source>subtracted once from every recently generated id (more diversity)</source>
        <translation>wird von jeder kürzlich erzeugten ID einmal abgezogen (mehr Vielfalt)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="56"/>
        <source>how many of the last generated ids the penalties look at (80 is about 5 s)</source>
        <translation>wie viele der zuletzt erzeugten IDs die Strafen betrachten (80 sind etwa 5 s)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="59"/>
        <source>exponent of the early-end penalty: 0 constant, 1 linear in the remaining length</source>
        <translation>Exponent der Frühstopp-Strafe: 0 konstant, 1 linear in der verbleibenden Länge</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="62"/>
        <source>scale of the early-end penalty; 0 disables</source>
        <translation>Stärke der Frühstopp-Strafe; 0 schaltet ab</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="64"/>
        <source>expected generated tokens = round(factor x characters of the text)</source>
        <translation>erwartete erzeugte Token = round(Faktor × Zeichen des Textes)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="67"/>
        <source>accepted for preset compatibility; the reference ignores it (nar_steps sets the step count)</source>
        <translation>für die Kompatibilität von Presets angenommen; die Referenz ignoriert es (nar_steps legt die Schrittzahl fest)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="69"/>
        <source>temperature of the guided x0 prediction</source>
        <translation>Temperatur der geführten x0-Vorhersage</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="72"/>
        <source>the AR codes are re-imposed on codebook 0 after every step with t above this</source>
        <translation>die AR-Codes werden nach jedem Schritt mit t über diesem Wert wieder in Codebook 0 gesetzt</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="74"/>
        <source>classifier-free guidance weight</source>
        <translation>Gewicht der Classifier-free Guidance</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="78"/>
        <source>diffusion steps: 200 = the reference; fewer evaluate the model at evenly spaced t of its 200-step schedule and skip the rest (about proportionally faster)</source>
        <translation>Diffusionsschritte: 200 = die Referenz; weniger werten das Modell an gleichmäßig verteilten t seines 200-Schritt-Plans aus und überspringen den Rest (etwa proportional schneller)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="81"/>
        <source>RePaint jump length (1: no jumps, the reference; jumps need all 200 steps)</source>
        <translation>RePaint-Sprunglänge (1: keine Sprünge, die Referenz; Sprünge brauchen alle 200 Schritte)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="84"/>
        <source>RePaint resampling count (1: no resampling, the reference)</source>
        <translation>Anzahl der RePaint-Wiederholungen (1: keine, die Referenz)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="86"/>
        <source>seconds; a longer reference draws a warning</source>
        <translation>Sekunden; eine längere Referenz löst eine Warnung aus</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="88"/>
        <source>if above 1, the total AR sequence budget (prompt + generated ids) instead of 2000</source>
        <translation>über 1: das gesamte Budget der AR-Sequenz (Prompt + erzeugte IDs) statt 2000</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="90"/>
        <source>condition on the reference transcript and codes (needs the transcript)</source>
        <translation>auf Transkript und Codes der Referenz konditionieren (braucht das Transkript)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="92"/>
        <source>reuse attention keys/values between tokens (speed only)</source>
        <translation>Attention-Keys/-Values zwischen Token wiederverwenden (nur Geschwindigkeit)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="94"/>
        <source>silence threshold in dB of the final trim</source>
        <translation>Stilleschwelle in dB für das abschließende Trimmen</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="96"/>
        <source>only 1 is supported (as in the reference)</source>
        <translation>nur 1 wird unterstützt (wie in der Referenz)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="99"/>
        <source>seconds of silence prepended to the reference before encoding</source>
        <translation>Sekunden Stille, die vor dem Kodieren vor die Referenz gesetzt werden</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="101"/>
        <source>Vocos bandwidth embedding row (0..3 = 1.5, 3, 6, 12 kbps); the reference decodes its 8 codebooks with 1, the 3 kbps row</source>
        <translation>Zeile der Vocos-Bandbreiteneinbettung (0..3 = 1,5, 3, 6, 12 kbps); die Referenz dekodiert ihre 8 Codebooks mit 1, der 3-kbps-Zeile</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="104"/>
        <source>a longer text is spoken sentence by sentence in pieces of at most this many characters, joined with a pause (0: the whole text at once, as the reference; else at least 40)</source>
        <translation>ein längerer Text wird Satz für Satz in Stücken von höchstens so vielen Zeichen gesprochen und mit einer Pause verbunden (0: der ganze Text auf einmal, wie bei der Referenz; sonst mindestens 40)</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="108"/>
        <source>seconds of silence between the pieces of a long text</source>
        <translation>Sekunden Stille zwischen den Stücken eines langen Textes</translation>
    </message>
    <message>
        <location filename="../core/src/inference_config.cpp" line="110"/>
        <source>a fixed seed makes a run repeatable; -1 picks a fresh one</source>
        <translation>ein fester Seed macht einen Lauf wiederholbar; -1 wählt einen neuen</translation>
    </message>
</context>
<context>
    <name>mars5::Notice</name>
    <message>
        <location filename="../core/src/reference_audio.cpp" line="16"/>
        <source>the reference is %1 s long, shorter than 1 s: the voice will be poorly captured (2 to 12 s, about 6 s, works best)</source>
        <translation>die Referenz ist %1 s lang, kürzer als 1 s: die Stimme wird schlecht erfasst (2 bis 12 s, etwa 6 s, klappt am besten)</translation>
    </message>
    <message>
        <location filename="../core/src/reference_audio.cpp" line="20"/>
        <source>the reference is %1 s long, more than max_prompt_dur = %2 s: only its last %2 s are used</source>
        <translation>die Referenz ist %1 s lang, mehr als max_prompt_dur = %2 s: nur ihre letzten %2 s werden verwendet</translation>
    </message>
    <message>
        <location filename="../core/src/reference_audio.cpp" line="22"/>
        <source>the reference is %1 s long, more than max_prompt_dur = %2 s: expect quality degradations</source>
        <translation>die Referenz ist %1 s lang, mehr als max_prompt_dur = %2 s: mit Qualitätseinbußen ist zu rechnen</translation>
    </message>
    <message>
        <location filename="../core/src/reference_audio.cpp" line="57"/>
        <source>the reference peaks at +%1 dBFS, above full scale (a floating-point file outside -1..1): the voice will come out distorted or as noise; lower its level first</source>
        <translation>die Referenz erreicht Spitzen von +%1 dBFS, über Vollaussteuerung (eine Gleitkommadatei außerhalb von -1..1): die Stimme kommt verzerrt oder als Rauschen heraus; senken Sie zuerst ihren Pegel</translation>
    </message>
    <message>
        <location filename="../core/src/reference_audio.cpp" line="64"/>
        <source>the reference is digital silence: there is no voice in it to clone; record or choose a clip with speech in it</source>
        <translation>die Referenz ist digitale Stille: darin ist keine Stimme zum Klonen; nehmen Sie einen Clip mit Sprache auf oder wählen Sie einen</translation>
    </message>
    <message>
        <location filename="../core/src/reference_audio.cpp" line="67"/>
        <source>the reference is nearly silent (peak %1 dBFS): there is no voice in it to clone; record or choose a clip with speech in it</source>
        <translation>die Referenz ist fast still (Spitze %1 dBFS): darin ist keine Stimme zum Klonen; nehmen Sie einen Clip mit Sprache auf oder wählen Sie einen</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="54"/>
        <source>%1: is a folder, not an audio file</source>
        <translation>%1: ist ein Ordner, keine Audiodatei</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="56"/>
        <source>%1: not a readable audio file (%2)</source>
        <translation>%1: keine lesbare Audiodatei (%2)</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="60"/>
        <source>%1: the file declares %2 channels at %3 Hz</source>
        <translation>%1: die Datei gibt %2 Kanäle bei %3 Hz an</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="118"/>
        <source>%1: %2 s of audio is longer than the %3 s this accepts; cut the part you need first</source>
        <translation>%1: %2 s Audio sind länger als die hier erlaubten %3 s; schneiden Sie zuerst den benötigten Teil heraus</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="141"/>
        <source>%1: longer than the %2 s this accepts; cut the part you need first</source>
        <translation>%1: länger als die hier erlaubten %2 s; schneiden Sie zuerst den benötigten Teil heraus</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="146"/>
        <source>the file is damaged after %1 s (%2); only the readable part was loaded</source>
        <translation>die Datei ist nach %1 s beschädigt (%2); nur der lesbare Teil wurde geladen</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="151"/>
        <source>%1: the file contains no audio samples</source>
        <translation>%1: die Datei enthält keine Audio-Samples</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="160"/>
        <source>the file is truncated: its header announces %1 s but only %2 s could be read</source>
        <translation>die Datei ist abgeschnitten: ihr Dateikopf kündigt %1 s an, lesbar waren nur %2 s</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="167"/>
        <source>%1: sample %2 (at %3 s) is not a number (NaN or infinite): the file is corrupt</source>
        <translation>%1: Sample %2 (bei %3 s) ist keine Zahl (NaN oder unendlich): die Datei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="173"/>
        <source>%1: sample %2 (at %3 s) is %4, far beyond any audio level (at most 1e30): the file is corrupt</source>
        <translation>%1: Sample %2 (bei %3 s) ist %4, weit jenseits jedes Audiopegels (höchstens 1e30): die Datei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="223"/>
        <source>%1: the audio is shorter than one sample at 24 kHz (%2 samples at %3 Hz)</source>
        <translation>%1: das Audio ist kürzer als ein Sample bei 24 kHz (%2 Samples bei %3 Hz)</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="279"/>
        <source>%1: cannot write audio with sample rate %2</source>
        <translation>%1: Audio mit der Abtastrate %2 lässt sich nicht schreiben</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="282"/>
        <source>%1: there is no audio to write</source>
        <translation>%1: es gibt kein Audio zum Schreiben</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="287"/>
        <source>%1: sample %2 is not a finite number; nothing was written</source>
        <translation>%1: Sample %2 ist keine endliche Zahl; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="298"/>
        <source>%1: cannot create the file (%2)</source>
        <translation>%1: die Datei lässt sich nicht anlegen (%2)</translation>
    </message>
    <message>
        <location filename="../core/src/audio_io.cpp" line="304"/>
        <source>%1: write failed (%2); is the disk full?</source>
        <translation>%1: Schreiben fehlgeschlagen (%2); ist der Datenträger voll?</translation>
    </message>
    <message>
        <location filename="../core/src/run_notices.cpp" line="26"/>
        <source>CUDA graph capture failed, running without graphs: %1</source>
        <translation>CUDA-Graph-Aufzeichnung fehlgeschlagen, es geht ohne Graphen weiter: %1</translation>
    </message>
    <message>
        <location filename="../core/src/run_notices.cpp" line="8"/>
        <source>the text needs about %1 AR tokens but the budget of %2 ids leaves %3 after the prompt: the speech will probably be cut short</source>
        <translation>der Text braucht etwa %1 AR-Token, aber das Budget von %2 IDs lässt nach dem Prompt nur %3 übrig: die Sprache wird wahrscheinlich abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/src/run_notices.cpp" line="14"/>
        <source>the AR reached the length budget of %1 ids without an end of speech: inference likely failed (or raise generate_max_len_override)</source>
        <translation>der AR hat das Längenbudget von %1 IDs ohne Sprachende erreicht: die Inferenz ist wahrscheinlich gescheitert (oder erhöhen Sie generate_max_len_override)</translation>
    </message>
    <message>
        <location filename="../core/src/run_notices.cpp" line="20"/>
        <source>the AR produced no codes (it ended after %1 token(s)): there is nothing to refine</source>
        <translation>der AR hat keine Codes erzeugt (er endete nach %1 Token): es gibt nichts zu verfeinern</translation>
    </message>
    <message>
        <location filename="../core/src/run_notices.cpp" line="31"/>
        <source>deep clone: the AR generated fewer frames than the first reference token it drops, so no new audio is left (the reference crashes here); try another seed or a longer text</source>
        <translation>Deep Clone: der AR hat weniger Frames erzeugt als das erste Referenz-Token, das er verwirft, daher bleibt kein neues Audio übrig (die Referenzimplementierung stürzt hier ab); versuchen Sie einen anderen Seed oder einen längeren Text</translation>
    </message>
    <message>
        <location filename="../core/src/run_notices.cpp" line="38"/>
        <source>piece %1 of %2 came out silent after the trim and was left out of the take</source>
        <translation>Stück %1 von %2 war nach dem Beschneiden still und wurde im Take weggelassen</translation>
    </message>
    <message>
        <location filename="../core/src/run_notices.cpp" line="44"/>
        <source>1 pad-class code (1024) replaced by a neighbouring frame&apos;s code</source>
        <translation>1 Code der Pad-Klasse (1024) durch den Code eines Nachbar-Frames ersetzt</translation>
    </message>
    <message>
        <location filename="../core/src/run_notices.cpp" line="45"/>
        <source>%1 pad-class codes (1024) replaced by neighbouring frames&apos; codes</source>
        <translation>%1 Codes der Pad-Klasse (1024) durch Codes benachbarter Frames ersetzt</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="8"/>
        <source>%1: cannot open the file (missing or no permission)</source>
        <translation>%1: die Datei lässt sich nicht öffnen (sie fehlt, oder die Berechtigung fehlt)</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="13"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="17"/>
        <source>%1: no such file (expected a %2 checkpoint)</source>
        <translation>%1: Datei nicht gefunden (erwartet wurde ein %2-Checkpoint)</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="22"/>
        <source>%1: is a folder, not a checkpoint file</source>
        <translation>%1: ist ein Ordner, keine Checkpoint-Datei</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="26"/>
        <source>%1: the file is empty (0 bytes): an interrupted copy or download?</source>
        <translation>%1: die Datei ist leer (0 Byte): ein abgebrochenes Kopieren oder Herunterladen?</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="31"/>
        <source>%1: neither a safetensors file nor a PyTorch checkpoint</source>
        <translation>%1: weder eine safetensors-Datei noch ein PyTorch-Checkpoint</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="36"/>
        <source>%1: a pre-1.6 PyTorch checkpoint (the old format, not a zip archive), which this program does not read; re-save it with a recent PyTorch (torch.save) or convert it to safetensors</source>
        <translation>%1: ein Checkpoint aus PyTorch vor 1.6 (das alte Format, kein ZIP-Archiv), den dieses Programm nicht liest; speichern Sie ihn mit einem aktuellen PyTorch neu (torch.save) oder wandeln Sie ihn in safetensors um</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="43"/>
        <source>%1: this is a %2 checkpoint, not a %3 (AR and NAR files swapped?)</source>
        <translation>%1: das ist ein Checkpoint für %2, nicht für %3 (AR- und NAR-Datei vertauscht?)</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="59"/>
        <source>%1: its tensors belong to no model this program reads; %2 weights are needed here</source>
        <translation>%1: die Tensoren gehören zu keinem Modell, das dieses Programm liest; hier werden Gewichte für %2 gebraucht</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="62"/>
        <source>%1: holds %2 weights where %3 weights are needed</source>
        <translation>%1: enthält Gewichte für %2, gebraucht werden hier Gewichte für %3</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="67"/>
        <source>%1: this is a Vocos vocoder file, not an Encodec checkpoint</source>
        <translation>%1: das ist eine Vocos-Vocoder-Datei, kein Encodec-Checkpoint</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="72"/>
        <source>%1: this is an Encodec checkpoint, not a Vocos vocoder file</source>
        <translation>%1: das ist ein Encodec-Checkpoint, keine Vocos-Vocoder-Datei</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="79"/>
        <source>the AR prompt has %1 ids (%2 text + %3 reference speech) but the whole sequence may have at most %4 ids: shorten the text or the reference, or raise generate_max_len_override</source>
        <translation>der AR-Prompt hat %1 IDs (%2 Text + %3 Referenzsprache), aber die ganze Sequenz darf höchstens %4 IDs haben: kürzen Sie den Text oder die Referenz, oder erhöhen Sie generate_max_len_override</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="84"/>
        <source>the AR prompt has %1 ids (%2 text) but the whole sequence may have at most %3 ids: shorten the text, or raise generate_max_len_override</source>
        <translation>der AR-Prompt hat %1 IDs (%2 Text), aber die ganze Sequenz darf höchstens %3 IDs haben: kürzen Sie den Text, oder erhöhen Sie generate_max_len_override</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="90"/>
        <source>the AR stage produced no codes, so there is nothing to refine: try another seed or a longer text</source>
        <translation>die AR-Stufe hat keine Codes erzeugt, es gibt also nichts zu verfeinern: versuchen Sie einen anderen Seed oder einen längeren Text</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="96"/>
        <source>the text to speak is empty (or only whitespace)</source>
        <translation>der zu sprechende Text ist leer (oder besteht nur aus Leerzeichen)</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="100"/>
        <source>deep clone needs the transcript of the reference audio: give it (--ref-text) or use shallow clone (deep_clone = false)</source>
        <translation>Deep Clone braucht das Transkript der Referenzaufnahme: tragen Sie es ein, oder schalten Sie Deep Clone aus</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="106"/>
        <source>CUDA was requested but this libtorch build has no CUDA support or no GPU is visible; use --device cpu</source>
        <translation>CUDA wurde gewählt, aber dieser Build hat keine CUDA-Unterstützung oder sieht keine GPU; wählen Sie die CPU</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="112"/>
        <source>no Encodec model is loaded: give the Encodec weights (--encodec) to use a reference recording</source>
        <translation>kein Encodec-Modell geladen: für eine Referenzaufnahme werden die Encodec-Gewichte gebraucht</translation>
    </message>
    <message>
        <location filename="../core/src/error_notices.cpp" line="118"/>
        <source>no Vocos model is loaded: give the Vocos weights (--vocos) to make audio</source>
        <translation>kein Vocos-Modell geladen: für Audio werden die Vocos-Gewichte gebraucht</translation>
    </message>
    <message>
        <location filename="../core/src/script_text.cpp" line="19"/>
        <source>%1: is a folder, not a text file</source>
        <translation>%1: ist ein Ordner, keine Textdatei</translation>
    </message>
    <message>
        <location filename="../core/src/script_text.cpp" line="27"/>
        <source>%1: larger than %2 KiB: not a script of lines</source>
        <translation>%1: größer als %2 KiB: kein Skript aus Zeilen</translation>
    </message>
    <message>
        <location filename="../core/src/script_text.cpp" line="31"/>
        <source>%1: not a text file (it holds NUL bytes)</source>
        <translation>%1: keine Textdatei (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <location filename="../core/src/script_text.cpp" line="33"/>
        <source>%1: not UTF-8 text (byte %2)</source>
        <translation>%1: kein UTF-8-Text (Byte %2)</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="82"/>
        <source>%1 line %2: text after a closing quote (a quote inside a field must be doubled: &quot;&quot;)</source>
        <translation>%1 Zeile %2: Text nach einem schließenden Anführungszeichen (ein Anführungszeichen in einem Feld muss verdoppelt werden: &quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="90"/>
        <source>%1 line %2: a quoted field is never closed (the file may be truncated)</source>
        <translation>%1 Zeile %2: Ein Feld in Anführungszeichen wird nie geschlossen (ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="162"/>
        <source>%1: not a rating export (its first line is not text)</source>
        <translation>%1: kein Export von Bewertungen (die erste Zeile ist kein Text)</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="165"/>
        <source>%1: the header row has no &apos;%2&apos; column; is this a MARS5 rating export? (header: %3)</source>
        <translation>%1: Die Kopfzeile hat keine Spalte „%2“; ist das ein Export von MARS5-Bewertungen? (Kopfzeile: %3)</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="187"/>
        <source>%1: the file is empty (expected a header row: %2)</source>
        <translation>%1: Die Datei ist leer (erwartet wird eine Kopfzeile: %2)</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="198"/>
        <source>%1 line %2: %3 fields, but the header has %4</source>
        <translation>%1 Zeile %2: %3 Felder, die Kopfzeile hat aber %4</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="218"/>
        <source>%1 line %2: left_id and right_id must name the two systems compared</source>
        <translation>%1 Zeile %2: left_id und right_id müssen die beiden verglichenen Systeme nennen</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="224"/>
        <source>%1 line %2: the item is empty; each row must name the item judged</source>
        <translation>%1 Zeile %2: Das Feld item ist leer; jede Zeile muss das bewertete Item nennen</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="228"/>
        <source>%1 line %2: choice &apos;%3&apos; is not A, B or tie</source>
        <translation>%1 Zeile %2: Die Wahl „%3“ ist weder A noch B noch tie (unentschieden)</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="231"/>
        <source>%1 line %2: %3 &apos;%4&apos; is too large</source>
        <translation>%1 Zeile %2: %3 „%4“ ist zu groß</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="238"/>
        <source>%1 line %2: trial &apos;%3&apos; is not a number</source>
        <translation>%1 Zeile %2: Durchgang „%3“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="248"/>
        <source>%1 line %2: strength &apos;%3&apos; is not a whole number from -3 to 3</source>
        <translation>%1 Zeile %2: Stärke „%3“ ist keine ganze Zahl von -3 bis 3</translation>
    </message>
    <message>
        <location filename="../core/src/rating_csv.cpp" line="260"/>
        <source>%1 line %2: %3 &apos;%4&apos; is not a non-negative number</source>
        <translation>%1 Zeile %2: %3 „%4“ ist keine nicht-negative Zahl</translation>
    </message>
    <message>
        <location filename="../core/src/respellings.cpp" line="127"/>
        <source>%1: entry %2 is not a respelling (a written and a said form, each at most %3 characters on one line, and no written form twice)</source>
        <translation>%1: Eintrag %2 ist keine Umschreibung (eine geschriebene und eine gesprochene Form, je höchstens %3 Zeichen in einer Zeile, und keine geschriebene Form zweimal)</translation>
    </message>
    <message>
        <location filename="../core/src/respellings.cpp" line="140"/>
        <source>Write the word as it is typed.</source>
        <translation>Schreiben Sie das Wort so, wie es getippt wird.</translation>
    </message>
    <message>
        <location filename="../core/src/respellings.cpp" line="142"/>
        <source>Write how %1 is said.</source>
        <translation>Schreiben Sie, wie %1 gesprochen wird.</translation>
    </message>
    <message>
        <location filename="../core/src/respellings.cpp" line="144"/>
        <source>%1: a respelling is a word or a short phrase, at most %2 characters.</source>
        <translation>%1: Eine Umschreibung ist ein Wort oder eine kurze Wendung, höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/src/respellings.cpp" line="138"/>
        <source>%1: not UTF-8 text.</source>
        <translation>%1: kein UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../core/src/respellings.cpp" line="150"/>
        <source>%1: a respelling fits on one line.</source>
        <translation>%1: Eine Umschreibung passt in eine Zeile.</translation>
    </message>
    <message>
        <location filename="../core/src/respellings.cpp" line="153"/>
        <source>%1: no spaces before or after the written form.</source>
        <translation>%1: keine Leerzeichen vor oder nach der geschriebenen Form.</translation>
    </message>
    <message>
        <location filename="../core/src/respellings.cpp" line="209"/>
        <source>%1: not a respellings list (%2)</source>
        <translation>%1: keine Liste von Umschreibungen (%2)</translation>
    </message>
    <message>
        <location filename="../core/src/notice.cpp" line="76"/>
        <source>piece %1 of %2: %3</source>
        <translation>Stück %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>mars5::ui</name>
    <message>
        <location filename="../ui/studio/presets.cpp" line="26"/>
        <source>Reference defaults</source>
        <translation>Referenz-Standardwerte</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="33"/>
        <source>README recommended</source>
        <translation>README-Empfehlung</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="144"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 lässt sich nicht lesen (%2).</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="149"/>
        <source>%1 is too large to hold settings.</source>
        <translation>%1 ist zu groß, um Einstellungen zu enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="160"/>
        <source>%1 holds neither a preset nor the settings of an exported take.</source>
        <translation>%1 enthält weder ein Preset noch die Einstellungen eines exportierten Takes.</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="171"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="65"/>
        <source>No reference audio: open, drop or record a clip of 2 to 12 s.</source>
        <translation>Kein Referenzaudio: Öffnen Sie einen Clip von 2 bis 12 s, ziehen Sie ihn hierher oder nehmen Sie ihn auf.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="97"/>
        <source>Too short: MARS5 needs at least 2 s of voice; about 6 s works best.</source>
        <translation>Zu kurz: MARS5 braucht mindestens 2 s Stimme; etwa 6 s funktionieren am besten.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="99"/>
        <source>Longer than 12 s: only the last 12 s are used. Select the best 6 s and trim.</source>
        <translation>Länger als 12 s: Nur die letzten 12 s werden verwendet. Wählen Sie die besten 6 s aus und schneiden Sie zu.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="101"/>
        <source>Usable length; about 6 s usually clones best.</source>
        <translation>Brauchbare Länge; mit etwa 6 s gelingt das Klonen meist am besten.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="103"/>
        <source>Good length.</source>
        <translation>Gute Länge.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="106"/>
        <source>The clip is silent: there is no voice to clone.</source>
        <translation>Der Clip ist stumm: Es gibt keine Stimme zum Klonen.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="109"/>
        <source>Clipping: %1 samples hit full scale, so the voice is distorted and the clone will copy the distortion. Record again with lower input gain.</source>
        <translation>Übersteuerung: %1 Samples erreichen Vollaussteuerung, die Stimme ist also verzerrt, und der Klon übernimmt die Verzerrung. Nehmen Sie mit geringerer Eingangsverstärkung erneut auf.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="113"/>
        <source>Very quiet (peak below −30 dBFS): record closer to the microphone or with more gain.</source>
        <translation>Sehr leise (Spitze unter −30 dBFS): Nehmen Sie näher am Mikrofon oder mit mehr Verstärkung auf.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="119"/>
        <source>Quiet overall (RMS below −40 dBFS); the clone may come out soft.</source>
        <translation>Insgesamt leise (RMS unter −40 dBFS); der Klon kann leise ausfallen.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="124"/>
        <source>Noisy: the background is nearly as loud as the voice (SNR %1 dB). MARS5 clones the room and the hiss too; use a quieter recording.</source>
        <translation>Verrauscht: Der Hintergrund ist fast so laut wie die Stimme (SNR %1 dB). MARS5 klont auch Raum und Rauschen mit; verwenden Sie eine rauschärmere Aufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="128"/>
        <source>Some background noise (floor %1 dBFS, SNR %2 dB); a cleaner clip clones better.</source>
        <translation>Etwas Hintergrundrauschen (Grundrauschen %1 dBFS, SNR %2 dB); ein sauberer Clip lässt sich besser klonen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/take_export.cpp" line="35"/>
        <source>%1: %n sample(s) above full scale (peak %2 dBFS) clipped; export as 32-bit float WAV to keep them.</source>
        <translation>
            <numerusform>%1: %n Sample über Vollaussteuerung (Spitze %2 dBFS) abgeschnitten; exportieren Sie als 32-Bit-Float-WAV, um es zu behalten.</numerusform>
            <numerusform>%1: %n Samples über Vollaussteuerung (Spitze %2 dBFS) abgeschnitten; exportieren Sie als 32-Bit-Float-WAV, um sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/take_export.cpp" line="187"/>
        <source>There is no audio to export.</source>
        <translation>Es gibt kein Audio zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/studio/take_export.cpp" line="192"/>
        <source>The audio could not be prepared for export: %1</source>
        <translation>Das Audio konnte nicht für den Export vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/take_export.cpp" line="197"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/take_export.cpp" line="204"/>
        <source>The audio file could not be written: %1</source>
        <translation>Die Audiodatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/take_export.cpp" line="208"/>
        <source>The audio was saved, but its provenance file %1 could not be written: %2</source>
        <translation>Das Audio wurde gespeichert, aber die Herkunftsdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="54"/>
        <source>WAV, 16-bit PCM</source>
        <translation>WAV, 16-Bit-PCM</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="55"/>
        <source>WAV, 24-bit PCM</source>
        <translation>WAV, 24-Bit-PCM</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="56"/>
        <source>WAV, 32-bit float</source>
        <translation>WAV, 32-Bit-Float</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="57"/>
        <source>FLAC, 16-bit</source>
        <translation>FLAC, 16 Bit</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="58"/>
        <source>FLAC, 24-bit</source>
        <translation>FLAC, 24 Bit</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="65"/>
        <source>what every tool reads</source>
        <translation>liest jedes Programm</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="66"/>
        <source>for audio editors</source>
        <translation>für Audioeditoren</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="67"/>
        <source>keeps peaks above full scale</source>
        <translation>behält Spitzen über Vollaussteuerung</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="69"/>
        <source>lossless, about half the size</source>
        <translation>verlustfrei, etwa halb so groß</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="75"/>
        <location filename="../ui/studio/export_options.cpp" line="100"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="76"/>
        <source>%1 (the model&apos;s own)</source>
        <translation>%1 (die des Modells)</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="77"/>
        <source>%1 (CD, music tools)</source>
        <translation>%1 (CD, Musikprogramme)</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="78"/>
        <source>%1 (video)</source>
        <translation>%1 (Video)</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="90"/>
        <source>As made</source>
        <translation>Wie erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="99"/>
        <source>as made</source>
        <translation>wie erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="100"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="85"/>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="92"/>
        <source>%1 (streaming platforms)</source>
        <translation>%1 (Streaming-Plattformen)</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="93"/>
        <source>%1 (podcasts, web)</source>
        <translation>%1 (Podcasts, Web)</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_options.cpp" line="94"/>
        <source>%1 (broadcast, EBU R128)</source>
        <translation>%1 (Rundfunk, EBU R128)</translation>
    </message>
</context>
<context>
    <name>mars5::ui::AudioPanel</name>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="39"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="43"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="44"/>
        <source>stereo, shown and played as mono</source>
        <translation>stereo, als mono angezeigt und abgespielt</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="45"/>
        <source>%1 channels, mixed to mono</source>
        <translation>%1 Kanäle, zu mono gemischt</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="54"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="61"/>
        <source>Open an audio file (WAV, FLAC, OGG, MP3…); you can also drop one here</source>
        <translation>Eine Audiodatei öffnen (WAV, FLAC, OGG, MP3…); Sie können sie auch hierher ziehen</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="63"/>
        <location filename="../ui/panels/audio_panel.cpp" line="199"/>
        <source>No audio open</source>
        <translation>Keine Audiodatei geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="67"/>
        <source>Play position / clip length</source>
        <translation>Wiedergabeposition / Länge</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="84"/>
        <source>Click: position · Shift+drag: select · Wheel: zoom · Drag: scroll · Double-click: all</source>
        <translation>Klick: Position · Shift+Ziehen: Auswahl · Rad: Zoom · Ziehen: Scrollen · Doppelklick: alles</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="148"/>
        <source>%1 · %2 Hz · %3 · %4, %5</source>
        <translation>%1 · %2 Hz · %3 · %4, %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="160"/>
        <source>Opened %1, but: %2</source>
        <translation>%1 geöffnet, aber: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="181"/>
        <source>%1 · %2 Hz · mono</source>
        <translation>%1 · %2 Hz · mono</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="215"/>
        <source>Open audio</source>
        <translation>Audio öffnen</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="216"/>
        <source>Audio files (*.wav *.flac *.ogg *.oga *.opus *.mp3 *.aif *.aiff *.au *.caf);;All files (*)</source>
        <translation>Audiodateien (*.wav *.flac *.ogg *.oga *.opus *.mp3 *.aif *.aiff *.au *.caf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="227"/>
        <source>Nothing to play yet: open an audio file first.</source>
        <translation>Noch nichts abzuspielen: Öffnen Sie zuerst eine Audiodatei.</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="255"/>
        <source>%1 is a text file, not audio: drop it on the transcript or on the text to speak.</source>
        <translation>%1 ist eine Textdatei, kein Audio: Legen Sie sie auf dem Transkript oder auf dem zu sprechenden Text ab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/audio_panel.cpp" line="263"/>
        <source>%n other file(s) dropped with it were left out: the reference is one clip.</source>
        <translation>
            <numerusform>%n weitere mit ihm abgelegte Datei wurde ausgelassen: Die Referenz ist ein Clip.</numerusform>
            <numerusform>%n weitere mit ihm abgelegte Dateien wurden ausgelassen: Die Referenz ist ein Clip.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="286"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="286"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/panels/audio_panel.cpp" line="288"/>
        <source>Play or stop (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
</context>
<context>
    <name>mars5::ui::AudioRecorder</name>
    <message>
        <location filename="../ui/audio/audio_recorder.cpp" line="77"/>
        <source>The audio system could not start (PortAudio: %1).</source>
        <translation>Das Audiosystem konnte nicht starten (PortAudio: %1).</translation>
    </message>
    <message>
        <location filename="../ui/audio/audio_recorder.cpp" line="107"/>
        <source>No microphone or other input device found. Connect one, or check that the sound server (PulseAudio or PipeWire) is running, then try again.</source>
        <translation>Kein Mikrofon oder anderes Eingabegerät gefunden. Schließen Sie eines an oder prüfen Sie, ob der Soundserver (PulseAudio oder PipeWire) läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/audio/audio_recorder.cpp" line="140"/>
        <source>The input device %1 could not be opened (PortAudio: %2).</source>
        <translation>Das Eingabegerät %1 konnte nicht geöffnet werden (PortAudio: %2).</translation>
    </message>
    <message>
        <location filename="../ui/audio/audio_recorder.cpp" line="146"/>
        <source>Recording could not start (PortAudio: %1).</source>
        <translation>Die Aufnahme konnte nicht starten (PortAudio: %1).</translation>
    </message>
</context>
<context>
    <name>mars5::ui::CodecPreviewButton</name>
    <message>
        <location filename="../ui/studio/codec_preview_button.cpp" line="57"/>
        <source>The codec preview failed: %1</source>
        <translation>Die Codec-Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/codec_preview_button.cpp" line="62"/>
        <source>Waiting for the synthesis in progress, then encoding the reference with Encodec and Vocos…</source>
        <translation>Warten auf die laufende Synthese, dann wird die Referenz mit Encodec und Vocos codiert…</translation>
    </message>
    <message>
        <location filename="../ui/studio/codec_preview_button.cpp" line="78"/>
        <source>Encoding the reference with Encodec and decoding it with Vocos…</source>
        <translation>Die Referenz wird mit Encodec codiert und mit Vocos decodiert…</translation>
    </message>
    <message>
        <location filename="../ui/studio/codec_preview_button.cpp" line="87"/>
        <source>Playing the reference through the codec (%1 s): the most a take can sound like this voice</source>
        <translation>Die Referenz wird durch den Codec abgespielt (%1 s): So nah kann ein Take dieser Stimme höchstens kommen</translation>
    </message>
    <message>
        <location filename="../ui/studio/codec_preview_button.cpp" line="91"/>
        <source>The codec preview is ready (%1 s) but cannot play: %2</source>
        <translation>Die Codec-Vorschau ist fertig (%1 s), kann aber nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/codec_preview_button.cpp" line="111"/>
        <source>Stop codec preview</source>
        <translation>Codec-Vorschau anhalten</translation>
    </message>
    <message>
        <location filename="../ui/studio/codec_preview_button.cpp" line="112"/>
        <source>Encoding…</source>
        <translation>Codieren…</translation>
    </message>
    <message>
        <location filename="../ui/studio/codec_preview_button.cpp" line="113"/>
        <source>Hear through codec</source>
        <translation>Durch den Codec hören</translation>
    </message>
    <message>
        <location filename="../ui/studio/codec_preview_button.cpp" line="115"/>
        <source>Play the reference through Encodec and Vocos alone, as MARS5 reads and writes audio: what the codec keeps of this voice is the most a take can sound like it.</source>
        <translation>Die Referenz nur durch Encodec und Vocos abspielen, so wie MARS5 Audio liest und schreibt: Was der Codec von dieser Stimme bewahrt, ist das Höchste, was ein Take von ihr wiedergeben kann.</translation>
    </message>
    <message>
        <location filename="../ui/studio/codec_preview_button.cpp" line="117"/>
        <source>Hear the reference through the codec: needs the model (Encodec and Vocos). Set it up with File ▸ Set up model….</source>
        <translation>Die Referenz durch den Codec hören: Dafür wird das Modell gebraucht (Encodec und Vocos). Richten Sie es unter Datei ▸ Modell einrichten… ein.</translation>
    </message>
</context>
<context>
    <name>mars5::ui::ExportDialog</name>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="49"/>
        <location filename="../ui/studio/export_dialog.cpp" line="140"/>
        <location filename="../ui/studio/export_dialog.cpp" line="277"/>
        <source>Export take</source>
        <translation>Take exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/export_dialog.cpp" line="49"/>
        <source>Export %n take(s)</source>
        <translation>
            <numerusform>%n Take exportieren</numerusform>
            <numerusform>%n Takes exportieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="54"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="62"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="65"/>
        <source>The model makes 24 kHz audio; other rates are resampled (soxr, linear phase) for tools that expect them</source>
        <translation>Das Modell erzeugt 24-kHz-Audio; andere Raten werden für Programme, die sie erwarten, umgerechnet (soxr, linearphasig)</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="69"/>
        <source>Bring each take to this integrated loudness (EBU R128), or keep its level as made</source>
        <translation>Jeden Take auf diese integrierte Lautheit (EBU R128) bringen oder seinen Pegel wie erzeugt lassen</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="76"/>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="76"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="77"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="78"/>
        <source>Sample rate:</source>
        <translation>Abtastrate:</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="79"/>
        <source>Loudness:</source>
        <translation>Lautheit:</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="82"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="139"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="143"/>
        <source>Export the selected takes to</source>
        <translation>Die ausgewählten Takes exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="194"/>
        <source>Gain %1 dB to reach %2.</source>
        <translation>Verstärkung %1 dB, um %2 zu erreichen.</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="195"/>
        <source>Gains from %1 to %2 dB to reach %3.</source>
        <translation>Verstärkungen von %1 bis %2 dB, um %3 zu erreichen.</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="198"/>
        <source>The take is too short or too quiet to measure its loudness: it is written as made.</source>
        <translation>Der Take ist zu kurz oder zu leise, um seine Lautheit zu messen: Er wird wie erzeugt geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/export_dialog.cpp" line="199"/>
        <source>%n take(s) too short or too quiet to measure: written as made.</source>
        <translation>
            <numerusform>%n Take zu kurz oder zu leise zum Messen: wird wie erzeugt geschrieben.</numerusform>
            <numerusform>%n Takes zu kurz oder zu leise zum Messen: werden wie erzeugt geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="201"/>
        <source>Peak %1 dBFS.</source>
        <translation>Spitze %1 dBFS.</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="201"/>
        <source>Highest peak %1 dBFS.</source>
        <translation>Höchste Spitze %1 dBFS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/export_dialog.cpp" line="204"/>
        <source>%n sample(s) above full scale will clip in %1; WAV, 32-bit float keeps them.</source>
        <translation>
            <numerusform>%n Sample über Vollaussteuerung wird in %1 abgeschnitten; WAV, 32-Bit-Float behält es.</numerusform>
            <numerusform>%n Samples über Vollaussteuerung werden in %1 abgeschnitten; WAV, 32-Bit-Float behält sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/export_dialog.cpp" line="207"/>
        <source>%n take(s) go above full scale and will clip in %1; WAV, 32-bit float keeps them.</source>
        <translation>
            <numerusform>%n Take geht über Vollaussteuerung und wird in %1 abgeschnitten; WAV, 32-Bit-Float behält die Spitzen.</numerusform>
            <numerusform>%n Takes gehen über Vollaussteuerung und werden in %1 abgeschnitten; WAV, 32-Bit-Float behält die Spitzen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="211"/>
        <source>Nothing clips: 32-bit float keeps the peaks above full scale.</source>
        <translation>Nichts wird abgeschnitten: 32-Bit-Float behält die Spitzen über Vollaussteuerung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/export_dialog.cpp" line="263"/>
        <source>Measuring the loudness and peaks of %n take(s): %1 done…</source>
        <translation>
            <numerusform>Lautheit und Spitzen von %n Take werden gemessen: %1 fertig…</numerusform>
            <numerusform>Lautheit und Spitzen von %n Takes werden gemessen: %1 fertig…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="271"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="278"/>
        <source>%1 already exists. Replace it (and its .json)?</source>
        <translation>%1 existiert bereits. Ersetzen (samt seiner .json)?</translation>
    </message>
    <message>
        <location filename="../ui/studio/export_dialog.cpp" line="286"/>
        <source>Export takes</source>
        <translation>Takes exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/export_dialog.cpp" line="287"/>
        <source>%n of the files to write already exist in %1 (%2). Replace them (and their .json)?</source>
        <translation>
            <numerusform>%n der zu schreibenden Dateien gibt es in %1 schon (%2). Ersetzen (mit ihrer .json)?</numerusform>
            <numerusform>%n der zu schreibenden Dateien gibt es in %1 schon (%2). Ersetzen (mit ihren .json)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="109"/>
        <source>Reference voice</source>
        <translation>Referenzstimme</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="111"/>
        <location filename="../ui/main_window.cpp" line="835"/>
        <source>Synthesis</source>
        <translation>Synthese</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="135"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="163"/>
        <source>The transcript this clip was last synthesized with is back in place (Ctrl+Z in the transcript takes it back).</source>
        <translation>Das Transkript, mit dem dieser Clip zuletzt synthetisiert wurde, ist wieder eingesetzt (Strg+Z im Transkript nimmt es zurück).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="170"/>
        <source>no model is loaded</source>
        <translation>es ist kein Modell geladen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="181"/>
        <source>Loading the model: %1</source>
        <translation>Modell wird geladen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="423"/>
        <source>Load the model first (File ▸ Set up model…) to render a take again.</source>
        <translation>Laden Sie zuerst das Modell (Datei ▸ Modell einrichten…), um einen Take erneut zu rendern.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="431"/>
        <source>Rendered again, but not exactly as before: %1.</source>
        <translation>Erneut gerendert, aber nicht genau wie zuvor: %1.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="475"/>
        <source>Undone: the use of take %1 (the clip, the texts and the settings as they were before it).</source>
        <translation>Rückgängig gemacht: die Verwendung von Take %1 (Clip, Texte und Einstellungen wie vorher).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="491"/>
        <source>The texts have no numbers in digits.</source>
        <translation>Die Texte enthalten keine Zahlen in Ziffern.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="494"/>
        <source>numbers spelled out</source>
        <translation>Zahlen ausgeschrieben</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="494"/>
        <source>Undone: the numbers are in digits again.</source>
        <translation>Rückgängig gemacht: Die Zahlen stehen wieder in Ziffern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="496"/>
        <source>Spelled out %n number(s): read the words over; Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>%n Zahl ausgeschrieben: Lesen Sie die Wörter noch einmal durch; Strg+Z nimmt es zurück.</numerusform>
            <numerusform>%n Zahlen ausgeschrieben: Lesen Sie die Wörter noch einmal durch; Strg+Z nimmt es zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="540"/>
        <source>The list file that was there is kept as %1.</source>
        <translation>Die Listendatei, die dort war, ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="607"/>
        <source>&amp;Open reference…</source>
        <translation>Referenz ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="608"/>
        <source>Open &amp;script…</source>
        <translation>&amp;Skript öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="609"/>
        <source>A text file into the text to speak, one line per take with Synthesize each line</source>
        <translation>Eine Textdatei als zu sprechenden Text laden, ein Take pro Zeile mit „Jede Zeile synthetisieren“</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="610"/>
        <source>&amp;Record reference</source>
        <translation>Referenz &amp;aufnehmen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="612"/>
        <source>&amp;Export take…</source>
        <translation>Take &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="613"/>
        <source>Set up &amp;model…</source>
        <translation>&amp;Modell einrichten…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="614"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="591"/>
        <location filename="../ui/main_window.cpp" line="642"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="193"/>
        <source>Drop one text file on a text box, or an audio clip on the reference.</source>
        <translation>Legen Sie eine Textdatei auf einem Textfeld ab oder einen Audioclip auf der Referenz.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339"/>
        <source>This take is not in the history, so it has no file to drag: use Export… (Ctrl+E).</source>
        <translation>Dieser Take ist nicht im Verlauf und hat daher keine Datei zum Ziehen: Verwenden Sie „Exportieren…“ (Strg+E).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="347"/>
        <source>This take is not in the history, so it has no file to copy: use Export… (Ctrl+E).</source>
        <translation>Dieser Take ist nicht im Verlauf und hat daher keine Datei zum Kopieren: Verwenden Sie „Exportieren…“ (Strg+E).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="439"/>
        <source>Load the model first (File ▸ Set up model…) to speak a piece again.</source>
        <translation>Laden Sie zuerst das Modell (Datei ▸ Modell einrichten…), um ein Stück neu zu sprechen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="456"/>
        <source>take %1</source>
        <extracomment>Goes in &quot;the other pieces are as in %4&quot; (a language that says &quot;as in take 12&quot; otherwise may add the word here).</extracomment>
        <translation>in Take %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="458"/>
        <source>the take before it</source>
        <extracomment>Goes in &quot;the other pieces are as in %4&quot;.</extracomment>
        <translation>im Take davor</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="460"/>
        <source>Piece %1 of %2 spoken again with seed %3; the other pieces are as in %4.</source>
        <extracomment>%4 is &quot;take 12&quot; or &quot;the take before it&quot;, as translated above.</extracomment>
        <translation>Stück %1 von %2 mit Seed %3 neu gesprochen; die übrigen Stücke sind wie %4.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="474"/>
        <source>use of take %1</source>
        <translation>Verwendung von Take %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="506"/>
        <source>The respellings list is empty: Edit ▸ Respellings… adds words to it.</source>
        <translation>Die Liste der Umschreibungen ist leer: Bearbeiten ▸ Umschreibungen… fügt Wörter hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="507"/>
        <source>The texts have no word of the respellings list.</source>
        <translation>Die Texte enthalten kein Wort aus der Liste der Umschreibungen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="511"/>
        <source>words respelled</source>
        <translation>Wörter umschrieben</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="511"/>
        <source>Undone: the words are as they were typed again.</source>
        <translation>Rückgängig gemacht: Die Wörter stehen wieder so da, wie sie getippt wurden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="513"/>
        <source>Respelled %n word(s): read the words over; Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>%n Wort umschrieben: Lesen Sie die Wörter noch einmal durch; Strg+Z nimmt es zurück.</numerusform>
            <numerusform>%n Wörter umschrieben: Lesen Sie die Wörter noch einmal durch; Strg+Z nimmt es zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="538"/>
        <source>Respellings saved: %n word(s) in the list.</source>
        <translation>
            <numerusform>Umschreibungen gespeichert: %n Wort in der Liste.</numerusform>
            <numerusform>Umschreibungen gespeichert: %n Wörter in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="558"/>
        <source>The respellings list did not read: %1</source>
        <translation>Die Liste der Umschreibungen ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="591"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="592"/>
        <location filename="../ui/main_window.cpp" line="643"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="592"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="653"/>
        <source>&amp;Keep selection (trim)</source>
        <translation>Auswahl &amp;behalten (zuschneiden)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="654"/>
        <source>&amp;Delete selection</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="657"/>
        <source>&amp;Play/Stop</source>
        <translation>&amp;Abspielen/Stopp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="658"/>
        <source>Play/Stop &amp;reference</source>
        <translation>&amp;Referenz abspielen/stoppen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="660"/>
        <source>Hear the reference through the &amp;codec</source>
        <translation>Referenz durch den &amp;Codec hören</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="666"/>
        <source>&amp;Synthesize</source>
        <translation>&amp;Synthetisieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="668"/>
        <source>S&amp;top (keep what exists)</source>
        <translation>S&amp;topp (Vorhandenes behalten)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="669"/>
        <source>&amp;Cancel (discard)</source>
        <translation>&amp;Abbrechen (verwerfen)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="673"/>
        <source>Speak the &amp;piece again</source>
        <translation>Stück neu s&amp;prechen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="676"/>
        <source>The take shown was spoken at once: there is no piece to speak again.</source>
        <translation>Der gezeigte Take wurde in einem Stück gesprochen: Es gibt kein Stück, das neu gesprochen werden könnte.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="681"/>
        <source>The piece of the take under the playhead, spoken again with a new seed as a new take</source>
        <translation>Das Stück des Takes unter der Abspielmarke, mit einem neuen Seed als neuer Take neu gesprochen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="682"/>
        <source>Synthesize &amp;N takes</source>
        <translation>&amp;N Takes synthetisieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="685"/>
        <source>The current request N times with consecutive seeds, side by side in Takes ▸ Variations (N is set beside the history)</source>
        <translation>Die aktuelle Anfrage N-mal mit fortlaufenden Seeds, nebeneinander unter Takes ▸ Variationen (N wird neben dem Verlauf eingestellt)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="687"/>
        <source>Synthesize each &amp;line</source>
        <translation>Jede &amp;Zeile synthetisieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="690"/>
        <source>One take per line of the text to speak (a script), queued in order with the same voice and settings</source>
        <translation>Ein Take pro Zeile des zu sprechenden Texts (ein Skript), der Reihe nach eingereiht, mit derselben Stimme und denselben Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="693"/>
        <source>Star the ta&amp;ke</source>
        <translation>Take mit Stern mar&amp;kieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="694"/>
        <source>No take to star yet: synthesize one first.</source>
        <translation>Noch kein Take zum Markieren: erst einen synthetisieren.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="700"/>
        <source>Select one take in the history to write a note on it.</source>
        <translation>Wählen Sie einen Take im Verlauf, um eine Notiz dazu zu schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="702"/>
        <source>&amp;Use the take in the studio</source>
        <translation>Take im Studio verwen&amp;den</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="706"/>
        <source>The selected take&apos;s voice, text and settings (its seed fixed) back in the panels, to go on from it</source>
        <translation>Stimme, Text und Einstellungen des ausgewählten Takes (mit festem Seed) zurück in die Bereiche, um davon auszugehen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="707"/>
        <source>Go to the &amp;text</source>
        <translation>Zum &amp;Text springen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="708"/>
        <source>Spell out &amp;numbers</source>
        <translation>&amp;Zahlen ausschreiben</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="709"/>
        <source>Put the numbers written in digits in the transcript and the text in words (MARS5 reads digits as typed)</source>
        <translation>Die in Ziffern geschriebenen Zahlen in Transkript und Text als Wörter schreiben (MARS5 liest Ziffern so, wie sie getippt sind)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="713"/>
        <source>Res&amp;pell words</source>
        <translation>Wörter &amp;umschreiben</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="714"/>
        <source>Put how each word of the respellings list is said in place of it, in the transcript and the text</source>
        <translation>Jedes Wort der Liste der Umschreibungen in Transkript und Text durch seine gesprochene Form ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="718"/>
        <source>Respellin&amp;gs…</source>
        <translation>Umschreibun&amp;gen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="719"/>
        <source>Your list of how to say names and abbreviations MARS5 gets wrong</source>
        <translation>Ihre Liste, wie Namen und Abkürzungen zu sprechen sind, die MARS5 falsch ausspricht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="725"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="726"/>
        <source>&amp;About MARS5 Studio</source>
        <translation>Ü&amp;ber MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="728"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="730"/>
        <source>Blind A/B &amp;rating sessions…</source>
        <translation>Blinde A/B-&amp;Bewertungssitzungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="743"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="765"/>
        <source>A model is loading already: wait for it, then load again.</source>
        <translation>Es wird bereits ein Modell geladen: Warten Sie darauf und laden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="766"/>
        <source>Wait until the running synthesis finishes (or cancel it), then load again.</source>
        <translation>Warten Sie, bis die laufende Synthese fertig ist (oder brechen Sie sie ab), und laden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="776"/>
        <source>Restore Takes from Their &amp;Folders</source>
        <translation>Takes aus ihren Ordnern wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="781"/>
        <source>Export the Take &amp;List (CSV)…</source>
        <translation>Take-&amp;Liste exportieren (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="788"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="800"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="805"/>
        <source>&amp;Synthesis</source>
        <translation>&amp;Synthese</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="816"/>
        <source>Take &amp;history</source>
        <translation>Take-&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="824"/>
        <source>&amp;Rating</source>
        <translation>Bewe&amp;rtung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="827"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="834"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="836"/>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="838"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="862"/>
        <source>Model loaded: %1 · %2</source>
        <translation>Modell geladen: %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="992"/>
        <source>Queued %n line(s), one take each.</source>
        <translation>
            <numerusform>%n Zeile eingereiht, ein Take.</numerusform>
            <numerusform>%n Zeilen eingereiht, je ein Take.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="998"/>
        <source>Open a script</source>
        <translation>Ein Skript öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="999"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1032"/>
        <source>&lt;h3&gt;MARS5 Studio %1&lt;/h3&gt;&lt;p&gt;A desktop studio for MARS5 voice-cloning text-to-speech: open or record a reference clip, type what the voice should say, tune every setting and synthesise, then export the take with a record of how it was made.&lt;/p&gt;&lt;p&gt;Licensed under the GNU Affero General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QCustomPlot and PortAudio.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MARS5 Studio %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Studio für MARS5-Sprachsynthese mit Stimmklonen: Öffnen Sie einen Referenzclip oder nehmen Sie einen auf, geben Sie ein, was die Stimme sagen soll, passen Sie jede Einstellung an und synthetisieren Sie; exportieren Sie den Take dann zusammen mit einem Protokoll seiner Entstehung.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU Affero General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, QCustomPlot und PortAudio.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="1046"/>
        <source>A synthesis is running and %n more wait(s) in the queue. Quit and discard them?</source>
        <translation>
            <numerusform>Eine Synthese läuft, und %n weitere wartet in der Warteschlange. Beenden und sie verwerfen?</numerusform>
            <numerusform>Eine Synthese läuft, und %n weitere warten in der Warteschlange. Beenden und sie verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1048"/>
        <source>A synthesis is running. Quit and discard it?</source>
        <translation>Eine Synthese läuft. Beenden und sie verwerfen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="1050"/>
        <source>%n synthesis(es) wait in the queue. Quit and discard them?</source>
        <translation>
            <numerusform>%n Synthese wartet in der Warteschlange. Beenden und sie verwerfen?</numerusform>
            <numerusform>%n Synthesen warten in der Warteschlange. Beenden und sie verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1051"/>
        <source>The takes already made are kept.</source>
        <translation>Die schon erzeugten Takes bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1052"/>
        <location filename="../ui/main_window.cpp" line="1063"/>
        <source>Quit MARS5 Studio</source>
        <translation>MARS5 Studio beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="1059"/>
        <source>%1 of %n take(s) are exported so far. Quit and stop the export? The files already written are complete and kept.</source>
        <translation>
            <numerusform>%1 von %n Take ist bisher exportiert. Beenden und den Export anhalten? Die bereits geschriebenen Dateien sind vollständig und bleiben erhalten.</numerusform>
            <numerusform>%1 von %n Takes sind bisher exportiert. Beenden und den Export anhalten? Die bereits geschriebenen Dateien sind vollständig und bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="847"/>
        <source>The sound device used for playback (the system default)</source>
        <translation>Das Audiogerät für die Wiedergabe (Systemstandard)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="670"/>
        <source>Roll a new s&amp;eed</source>
        <translation>Neuen S&amp;eed würfeln</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="697"/>
        <source>Write a n&amp;ote on the take</source>
        <translation>Notiz zum Take sc&amp;hreiben</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="750"/>
        <source>Mo&amp;dels…</source>
        <translation>Mo&amp;delle…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="837"/>
        <source>Undo (the clip or the settings)</source>
        <translation>Rückgängig (Clip oder Einstellungen)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="869"/>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="870"/>
        <source>Loading the MARS5 model in the background; everything else works meanwhile.</source>
        <translation>Das MARS5-Modell wird im Hintergrund geladen; alles andere funktioniert währenddessen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="873"/>
        <source>No MARS5 model loaded: audio can be opened, recorded and played; synthesis needs the model files</source>
        <translation>Kein MARS5-Modell geladen: Audio kann geöffnet, aufgenommen und abgespielt werden; die Synthese benötigt die Modelldateien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="875"/>
        <source>&lt;b&gt;No model loaded.&lt;/b&gt; Synthesis needs the MARS5 AR and NAR checkpoints, Encodec and Vocos. &lt;a href=&apos;setup&apos;&gt;Set up the model…&lt;/a&gt; (Ctrl+M) or get them with File ▸ Models.</source>
        <translation>&lt;b&gt;Kein Modell geladen.&lt;/b&gt; Die Synthese benötigt die MARS5-Checkpoints AR und NAR, Encodec und Vocos. &lt;a href=&apos;setup&apos;&gt;Modell einrichten…&lt;/a&gt; (Ctrl+M) oder über Datei ▸ Modelle herunterladen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="878"/>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="886"/>
        <source>No audio output device</source>
        <translation>Kein Audio-Ausgabegerät</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="886"/>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="901"/>
        <source>MARS5 Studio</source>
        <translation>MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="901"/>
        <source>%1 — MARS5 Studio</source>
        <translation>%1 — MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="917"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation>Das Modell wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="918"/>
        <source>No model is loaded yet: File ▸ Set up model… (Ctrl+M) points the studio at the MARS5 files.</source>
        <translation>Noch kein Modell geladen: Unter Datei ▸ Modell einrichten… (Ctrl+M) geben Sie dem Studio die MARS5-Dateien an.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="923"/>
        <source>There is no reference voice yet: open, drop or record a clip of 2–12 s.</source>
        <translation>Es gibt noch keine Referenzstimme: Öffnen Sie einen Clip von 2–12 s, ziehen Sie ihn hierher oder nehmen Sie ihn auf.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="927"/>
        <source>Type the text to speak first.</source>
        <translation>Geben Sie zuerst den zu sprechenden Text ein.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1031"/>
        <source>About MARS5 Studio</source>
        <translation>Über MARS5 Studio</translation>
    </message>
</context>
<context>
    <name>mars5::ui::ModelRole</name>
    <message>
        <location filename="../ui/util/model_role_name.cpp" line="9"/>
        <source>MARS5 AR</source>
        <translation>MARS5 AR</translation>
    </message>
    <message>
        <location filename="../ui/util/model_role_name.cpp" line="10"/>
        <source>MARS5 NAR</source>
        <translation>MARS5 NAR</translation>
    </message>
    <message>
        <location filename="../ui/util/model_role_name.cpp" line="11"/>
        <source>Encodec 24 kHz</source>
        <translation>Encodec 24 kHz</translation>
    </message>
    <message>
        <location filename="../ui/util/model_role_name.cpp" line="12"/>
        <source>Vocos weights</source>
        <translation>Vocos-Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/util/model_role_name.cpp" line="13"/>
        <source>Vocos config</source>
        <translation>Vocos-Konfiguration</translation>
    </message>
</context>
<context>
    <name>mars5::ui::ModelSetupDialog</name>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="48"/>
        <source>Set up the MARS5 model</source>
        <translation>MARS5-Modell einrichten</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="60"/>
        <source>A folder with the model files (subfolders encodec/ and vocos/ are searched too)</source>
        <translation>Ein Ordner mit den Modelldateien (die Unterordner encodec/ und vocos/ werden ebenfalls durchsucht)</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="61"/>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="62"/>
        <source>Look in the usual places</source>
        <translation>An den üblichen Orten suchen</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="63"/>
        <source>The Hugging Face cache, torch hub&apos;s checkpoints and the studio&apos;s own models folder</source>
        <translation>Der Hugging-Face-Cache, die Checkpoints von torch hub und der eigene Modellordner des Studios</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="70"/>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="364"/>
        <source>MARS5 AR</source>
        <translation>MARS5 AR</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="70"/>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="364"/>
        <source>MARS5 NAR</source>
        <translation>MARS5 NAR</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="70"/>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="364"/>
        <source>Encodec 24 kHz</source>
        <translation>Encodec 24 kHz</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="70"/>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="364"/>
        <source>Vocos weights</source>
        <translation>Vocos-Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="70"/>
        <source>Vocos config (optional)</source>
        <translation>Vocos-Konfiguration (optional)</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="71"/>
        <source>Checkpoints (*.safetensors *.pt);;All files (*)</source>
        <translation>Checkpoints (*.safetensors *.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="72"/>
        <source>Encodec (*.th *.safetensors *.bin);;All files (*)</source>
        <translation>Encodec (*.th *.safetensors *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="72"/>
        <source>Vocos (*.bin *.safetensors);;All files (*)</source>
        <translation>Vocos (*.bin *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="73"/>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation>YAML (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="78"/>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="92"/>
        <source>Automatic (the GPU when there is one)</source>
        <translation>Automatisch (die GPU, wenn vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="93"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="94"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="96"/>
        <source>Automatic (float16 on the GPU, float32 on the CPU)</source>
        <translation>Automatisch (float16 auf der GPU, float32 auf der CPU)</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="97"/>
        <source>float32 (the reference&apos;s precision)</source>
        <translation>float32 (die Genauigkeit der Referenz)</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="98"/>
        <source>float16</source>
        <translation>float16</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="99"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="101"/>
        <source>A CUDA GPU is available.</source>
        <translation>Eine CUDA-GPU ist verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="102"/>
        <source>No CUDA GPU here: this build of libtorch is CPU-only or sees no GPU.</source>
        <translation>Keine CUDA-GPU: Dieses libtorch ist nur für die CPU gebaut oder sieht keine GPU.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="107"/>
        <source>This CPU has bfloat16 instructions, with which bfloat16 ran about twice as fast as float32 (measured on a Xeon); a seed then no longer gives the reference&apos;s exact codes.</source>
        <translation>Dieser Prozessor hat bfloat16-Befehle, mit denen bfloat16 etwa doppelt so schnell lief wie float32 (gemessen auf einem Xeon); ein Seed ergibt dann aber nicht mehr genau die Codes der Referenz.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="110"/>
        <source>This CPU has no bfloat16 instructions, so float32 is the faster choice.</source>
        <translation>Dieser Prozessor hat keine bfloat16-Befehle, daher ist float32 die schnellere Wahl.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="116"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="118"/>
        <source>Run on</source>
        <translation>Ausführen auf</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="124"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="124"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="124"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="140"/>
        <source>Check and load</source>
        <translation>Prüfen und laden</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="142"/>
        <source>Put each file in its place</source>
        <translation>Jede Datei an ihren Platz</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="161"/>
        <source>Folder with the model files</source>
        <translation>Ordner mit den Modelldateien</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="199"/>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="201"/>
        <source>A model is loaded. Choose other files and press “Check and load” to switch.</source>
        <translation>Ein Modell ist geladen. Wählen Sie andere Dateien und klicken Sie auf „Prüfen und laden“, um zu wechseln.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="205"/>
        <source>No model loaded yet.</source>
        <translation>Noch kein Modell geladen.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="268"/>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="270"/>
        <source>Put in place: %1.</source>
        <translation>Eingesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="273"/>
        <source>Not told apart by its name: %1. Drop such a file on its own field.</source>
        <translation>Am Namen nicht zu erkennen: %1. Legen Sie eine solche Datei auf ihrem eigenen Feld ab.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="181"/>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="275"/>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="301"/>
        <source>Press “Check and load”.</source>
        <translation>Klicken Sie auf „Prüfen und laden“.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="313"/>
        <source>Found every file in %1. Press “Check and load”.</source>
        <translation>Alle Dateien in %1 gefunden. Klicken Sie auf „Prüfen und laden“.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="329"/>
        <source>Not found in %1: %2. Choose those files one by one, or use File ▸ Models… to download them.</source>
        <translation>Nicht gefunden in %1: %2. Wählen Sie diese Dateien einzeln, oder laden Sie sie über Datei ▸ Modelle… herunter.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="344"/>
        <source>Found every file in the usual places. Press “Check and load”.</source>
        <translation>Alle Dateien an den üblichen Orten gefunden. Klicken Sie auf „Prüfen und laden“.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="349"/>
        <source>Not found in the usual places: %1. Looked in: %2. Use Models… to download them, or choose the files.</source>
        <translation>An den üblichen Orten nicht gefunden: %1. Durchsucht: %2. Laden Sie die Dateien über „Modelle…“ herunter oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="367"/>
        <source>Still missing: %1. Choose a folder or each file.</source>
        <translation>Es fehlen noch: %1. Wählen Sie einen Ordner oder jede Datei einzeln.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="372"/>
        <source>Wait until the running synthesis finishes (or cancel it), then load again.</source>
        <translation>Warten Sie, bis die laufende Synthese fertig ist (oder brechen Sie sie ab), und laden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="376"/>
        <source>Checking the files…</source>
        <translation>Dateien werden geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="396"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="396"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="418"/>
        <source>Loaded in %1 s on %2. AR: %3. NAR: %4.</source>
        <translation>In %1 s geladen, auf %2. AR: %3. NAR: %4.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="199"/>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="428"/>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="51"/>
        <source>MARS5 needs the &lt;b&gt;AR&lt;/b&gt; and &lt;b&gt;NAR&lt;/b&gt; checkpoints (mars5_ar.safetensors, mars5_nar.safetensors), &lt;b&gt;Encodec 24 kHz&lt;/b&gt; (encodec_24khz-d7cc33bc.th) and &lt;b&gt;Vocos&lt;/b&gt; (pytorch_model.bin with its config.yaml, which may be left out when it sits beside the weights). Choose a folder that holds them, or each file, or drop them here. File ▸ Models… downloads them.</source>
        <translation>MARS5 benötigt die Checkpoints &lt;b&gt;AR&lt;/b&gt; und &lt;b&gt;NAR&lt;/b&gt; (mars5_ar.safetensors, mars5_nar.safetensors), &lt;b&gt;Encodec 24 kHz&lt;/b&gt; (encodec_24khz-d7cc33bc.th) und &lt;b&gt;Vocos&lt;/b&gt; (pytorch_model.bin mit zugehöriger config.yaml, die entfallen kann, wenn sie neben den Gewichten liegt). Wählen Sie einen Ordner, der sie enthält, oder jede Datei einzeln, oder legen Sie sie hier ab. Datei ▸ Modelle… lädt sie herunter.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="432"/>
        <source>Each of these files belongs in another field: “Put each file in its place” moves them there and loads again.</source>
        <translation>Jede dieser Dateien gehört in ein anderes Feld: „Jede Datei an ihren Platz“ setzt sie dort ein und lädt erneut.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="434"/>
        <source>Some of these files belong in other fields: “Put each file in its place” moves them there and loads again; the rest still need the right files.</source>
        <translation>Einige dieser Dateien gehören in andere Felder: „Jede Datei an ihren Platz“ setzt sie dort ein und lädt erneut; für die übrigen braucht es noch die richtigen Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="458"/>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/model_setup_dialog.cpp" line="466"/>
        <source>Working…</source>
        <translation>Läuft…</translation>
    </message>
</context>
<context>
    <name>mars5::ui::ModelsDialog</name>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="81"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="114"/>
        <source>No model is loaded in the studio yet.</source>
        <translation>Im Studio ist noch kein Modell geladen.</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="120"/>
        <source>The studio uses: %1 (File ▸ Set up model… shows where they are).</source>
        <translation>Das Studio verwendet: %1 (Datei ▸ Modell einrichten… zeigt, wo sie liegen).</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="134"/>
        <source>MARS5 uses five published files, %1 in all: the AR and NAR checkpoints, Encodec 24 kHz, and Vocos&apos;s weights with its config. Files already downloaded by other tools (Hugging Face, torch hub) are found and used where they are.</source>
        <translation>MARS5 verwendet fünf veröffentlichte Dateien, insgesamt %1: die Checkpoints AR und NAR, Encodec 24 kHz sowie die Gewichte von Vocos mit ihrer Konfiguration. Dateien, die andere Werkzeuge (Hugging Face, torch hub) bereits heruntergeladen haben, werden gefunden und dort verwendet, wo sie liegen.</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="149"/>
        <source>Use these files</source>
        <translation>Diese Dateien verwenden</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="150"/>
        <location filename="../ui/models/models_dialog.cpp" line="481"/>
        <source>Load the files marked ● below in the studio (on the device chosen in Set up model)</source>
        <translation>Die unten mit ● markierten Dateien im Studio laden (auf dem unter „Modell einrichten“ gewählten Gerät)</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="159"/>
        <source>Model / file</source>
        <translation>Modell / Datei</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="159"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="159"/>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="159"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="159"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="179"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="180"/>
        <source>Look for model files in a folder of your choice (and its subfolders such as vocos/)</source>
        <translation>In einem Ordner Ihrer Wahl (und seinen Unterordnern wie vocos/) nach Modelldateien suchen</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="182"/>
        <source>Verify sha256</source>
        <translation>sha256 prüfen</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="183"/>
        <source>Compute the sha256 of every file found (once; the values are cached) and compare them with the published ones</source>
        <translation>Den sha256-Wert jeder gefundenen Datei berechnen (einmalig; die Werte werden zwischengespeichert) und mit den veröffentlichten Werten vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="192"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="194"/>
        <location filename="../ui/models/models_dialog.cpp" line="365"/>
        <source>Download missing</source>
        <translation>Fehlende herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="196"/>
        <location filename="../ui/models/models_dialog.cpp" line="472"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="197"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="210"/>
        <source>Nothing downloading.</source>
        <translation>Kein Download aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="213"/>
        <source>published servers (Hugging Face, GitHub, Meta)</source>
        <translation>offizielle Server (Hugging Face, GitHub, Meta)</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="214"/>
        <source>Base URL of a mirror that reproduces the servers&apos; paths, e.g. a company proxy or http://127.0.0.1:8000 serving a local copy. Leave empty for the published servers.</source>
        <translation>Basis-URL eines Spiegelservers, der die Pfade der offiziellen Server nachbildet, z. B. ein Firmen-Proxy oder http://127.0.0.1:8000 mit einer lokalen Kopie. Leer lassen für die offiziellen Server.</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="216"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="226"/>
        <source>Mirror:</source>
        <translation>Spiegelserver:</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="239"/>
        <source>%1 is set to %2 and takes precedence over this setting.</source>
        <translation>%1 ist auf %2 gesetzt und hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="250"/>
        <source>Computing sha256 values (a 1.5 GB file takes a few seconds)…</source>
        <translation>sha256-Werte werden berechnet (eine 1,5-GB-Datei dauert einige Sekunden)…</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="250"/>
        <source>Looking for model files…</source>
        <translation>Suche nach Modelldateien…</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="291"/>
        <source>usable, flagged</source>
        <translation>nutzbar, markiert</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="291"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="298"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="298"/>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="300"/>
        <source>download %1 (%2) from %3</source>
        <translation>%1 (%2) von %3 herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="309"/>
        <source> (in use)</source>
        <translation> (in Verwendung)</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="317"/>
        <source>not computed yet</source>
        <translation>noch nicht berechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="317"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="319"/>
        <source>none published</source>
        <translation>keiner veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="320"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="321"/>
        <source>earlier upload</source>
        <translation>früherer Upload</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="322"/>
        <source>differs!</source>
        <translation>abweichend!</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="326"/>
        <source> (cached)</source>
        <translation> (zwischengespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="328"/>
        <source>valid, unrecognised</source>
        <translation>gültig, nicht erkannt</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="343"/>
        <source>why: </source>
        <translation>Grund: </translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="343"/>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="356"/>
        <source>All five files are ready.</source>
        <translation>Alle fünf Dateien sind bereit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/models_dialog.cpp" line="357"/>
        <source>%n file(s) missing or unusable here.</source>
        <translation>
            <numerusform>%n Datei fehlt hier oder ist unbrauchbar.</numerusform>
            <numerusform>%n Dateien fehlen hier oder sind unbrauchbar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="359"/>
        <source>The studio&apos;s loaded model is unaffected: it uses the files named above.</source>
        <translation>Das im Studio geladene Modell ist davon nicht betroffen: Es verwendet die oben genannten Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="437"/>
        <source>All downloads finished and verified. “Use these files” loads them.</source>
        <translation>Alle Downloads abgeschlossen und verifiziert. „Diese Dateien verwenden“ lädt sie.</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="480"/>
        <source>The studio already uses these files</source>
        <translation>Das Studio verwendet diese Dateien bereits</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="482"/>
        <source>Every file must be ready first: download what is missing, or add the folder that holds it</source>
        <translation>Zuerst muss jede Datei bereitstehen: Laden Sie Fehlendes herunter oder fügen Sie den Ordner hinzu, der es enthält</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/models_dialog.cpp" line="363"/>
        <source>%n file(s) differ from the published ones and can be downloaded again.</source>
        <translation>
            <numerusform>%n Datei weicht von der veröffentlichten ab und kann erneut heruntergeladen werden.</numerusform>
            <numerusform>%n Dateien weichen von den veröffentlichten ab und können erneut heruntergeladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="109"/>
        <source>The last load failed: %1</source>
        <translation>Das letzte Laden ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="365"/>
        <source>Download missing (%1)</source>
        <translation>Fehlende herunterladen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="368"/>
        <source>Studio folder: %1</source>
        <translation>Studio-Ordner: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="369"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="370"/>
        <source>Hugging Face cache: %1</source>
        <translation>Hugging-Face-Cache: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="371"/>
        <source>torch hub: %1</source>
        <translation>torch hub: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="372"/>
        <source>Looked in:</source>
        <translation>Durchsucht:</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="392"/>
        <source>Nothing to download: every file is ready.</source>
        <translation>Nichts herunterzuladen: Alle Dateien sind bereit.</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="408"/>
        <source>%1 (%2 of %3): connecting…</source>
        <translation>%1 (%2 von %3): Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="414"/>
        <source>%1 (%2 of %3): %4 of %5 · %6/s · %7</source>
        <translation>%1 (%2 von %3): %4 von %5 · %6/s · %7</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="418"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="423"/>
        <source>%1: checking sha256…</source>
        <translation>%1: sha256 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="425"/>
        <source>%1: paused (the partial download is kept)</source>
        <translation>%1: pausiert (der Teil-Download bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="429"/>
        <source>%1: attempt %2 failed (%3); retrying in %4 s</source>
        <translation>%1: Versuch %2 fehlgeschlagen (%3); neuer Versuch in %4 s</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="447"/>
        <source>Folder with model files</source>
        <translation>Ordner mit Modelldateien</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="461"/>
        <source>Downloads use the published servers.</source>
        <translation>Downloads nutzen die offiziellen Server.</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="462"/>
        <source>Downloads use %1.</source>
        <translation>Downloads nutzen %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/models_dialog.cpp" line="472"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>mars5::ui::PlaybackEngine</name>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="98"/>
        <source>The audio system could not start (PortAudio: %1).</source>
        <translation>Das Audiosystem konnte nicht starten (PortAudio: %1).</translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="116"/>
        <source>Nothing to play: open an audio file first.</source>
        <translation>Nichts abzuspielen: Öffnen Sie zuerst eine Audiodatei.</translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="127"/>
        <source>No audio output device found. Connect speakers or headphones, or check that the sound server (PulseAudio or PipeWire) is running, then press Play again.</source>
        <translation>Kein Audio-Ausgabegerät gefunden. Schließen Sie Lautsprecher oder Kopfhörer an oder prüfen Sie, ob der Soundserver (PulseAudio oder PipeWire) läuft, und drücken Sie dann erneut auf Abspielen.</translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="134"/>
        <source>The audio device would not start playing (PortAudio: %1).</source>
        <translation>Das Audiogerät hat die Wiedergabe nicht gestartet (PortAudio: %1).</translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="148"/>
        <source>The default audio device has no outputs.</source>
        <translation>Das Standard-Audiogerät hat keine Ausgänge.</translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="167"/>
        <source>The audio device “%1” accepts neither %2 Hz nor %3 Hz playback.</source>
        <translation>Das Audiogerät „%1“ unterstützt weder %2 Hz noch %3 Hz für die Wiedergabe.</translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="178"/>
        <source>Could not convert the clip to %1 Hz for this device: %2</source>
        <translation>Der Clip konnte für dieses Gerät nicht in %1 Hz umgewandelt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/audio/playback_engine.cpp" line="196"/>
        <source>Could not open the audio device “%1” (PortAudio: %2).</source>
        <translation>Das Audiogerät „%1“ konnte nicht geöffnet werden (PortAudio: %2).</translation>
    </message>
</context>
<context>
    <name>mars5::ui::PresetStore</name>
    <message>
        <location filename="../ui/studio/presets.cpp" line="113"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="119"/>
        <source>%1: not a preset (JSON error: %2)</source>
        <translation>%1: kein Preset (JSON-Fehler: %2)</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="124"/>
        <source>%1: not a MARS5 Studio preset</source>
        <translation>%1: kein Preset von MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="130"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="179"/>
        <source>A preset needs a name.</source>
        <translation>Ein Preset braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="182"/>
        <source>The presets folder %1 cannot be created.</source>
        <translation>Der Preset-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/studio/presets.cpp" line="189"/>
        <location filename="../ui/studio/presets.cpp" line="191"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mars5::ui::ReferenceAnalysis</name>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="50"/>
        <source>%1 s · peak %2 dBFS</source>
        <translation>%1 s · Spitze %2 dBFS</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="51"/>
        <source> (%1 clipped)</source>
        <translation> (%1 übersteuert)</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="52"/>
        <source> · RMS %1 dBFS</source>
        <translation> · RMS %1 dBFS</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="54"/>
        <source> · silent</source>
        <translation> · stumm</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_analysis.cpp" line="56"/>
        <source> · noise floor %1 dBFS (SNR %2 dB)</source>
        <translation> · Grundrauschen %1 dBFS (SNR %2 dB)</translation>
    </message>
</context>
<context>
    <name>mars5::ui::ReferencePanel</name>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="115"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="115"/>
        <source>Reference clips opened recently</source>
        <translation>Zuletzt geöffnete Referenzclips</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="119"/>
        <location filename="../ui/studio/reference_panel.cpp" line="425"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="120"/>
        <source>Record a reference through the selected input (Ctrl+Shift+R); stops by itself at 12 s</source>
        <translation>Eine Referenz über den gewählten Eingang aufnehmen (Ctrl+Shift+R); stoppt automatisch bei 12 s</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="125"/>
        <source>Open, drop or record a reference clip (2–12 s, about 6 s is best)</source>
        <translation>Referenzclip öffnen, hierher ziehen oder aufnehmen (2–12 s, ideal etwa 6 s)</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="129"/>
        <source>Input: the device to record from</source>
        <translation>Eingang: das Gerät, von dem aufgenommen wird</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="134"/>
        <source>count-in </source>
        <translation>Vorlauf </translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="135"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="136"/>
        <source>Seconds to wait after pressing Record, so you can get ready (0: start at once)</source>
        <translation>Wartezeit in Sekunden nach dem Klick auf „Aufnehmen“, damit Sie sich bereit machen können (0: sofort starten)</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="145"/>
        <source>Input level while recording (keep the loudest parts below the end of the bar)</source>
        <translation>Eingangspegel während der Aufnahme (die lautesten Stellen sollten unter dem Ende des Balkens bleiben)</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="150"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="150"/>
        <source>Trim the clip to the selected region (Ctrl+T)</source>
        <translation>Den Clip auf den ausgewählten Bereich zuschneiden (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="151"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="151"/>
        <source>Cut the selected region out (Ctrl+Shift+T)</source>
        <translation>Den ausgewählten Bereich herausschneiden (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="162"/>
        <source>Selection:</source>
        <translation>Auswahl:</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="223"/>
        <source>● %1 / 12 s</source>
        <translation>● %1 / 12 s</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="251"/>
        <source>recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="252"/>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="310"/>
        <source>open %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="329"/>
        <source>trim to %1</source>
        <translation>Zuschneiden auf %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="345"/>
        <source>delete %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="351"/>
        <source>Nothing was recorded: the input delivered no audio.</source>
        <translation>Nichts aufgenommen: Der Eingang hat kein Audio geliefert.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="357"/>
        <source>Recording %1</source>
        <translation>Aufnahme %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="358"/>
        <source>record</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="376"/>
        <source>No input device found: connect a microphone (or check that the sound system is running), then press Record again.</source>
        <translation>Kein Eingabegerät gefunden: Schließen Sie ein Mikrofon an (oder prüfen Sie, ob das Audiosystem läuft), und klicken Sie dann erneut auf „Aufnehmen“.</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="391"/>
        <source>Recording in %1…</source>
        <translation>Aufnahme in %1…</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="415"/>
        <source>%1 — default</source>
        <translation>%1 — Standard</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="418"/>
        <source>No input device found</source>
        <translation>Kein Eingang gefunden</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="425"/>
        <source>Stop recording</source>
        <translation>Aufnahme stoppen</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="425"/>
        <source>Cancel count-in</source>
        <translation>Vorlauf abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="441"/>
        <source>&lt;span style=&apos;color:#6b7280&apos;&gt;Analyser: no reference yet. MARS5 wants 2–12 s of clean speech, about 6 s is best.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#6b7280&apos;&gt;Analyse: noch keine Referenz. MARS5 braucht 2–12 s saubere Sprache, ideal sind etwa 6 s.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="451"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="452"/>
        <source>peak %1 dBFS, %2 clipped</source>
        <translation>Spitze %1 dBFS, %2 übersteuert</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="453"/>
        <source>peak %1 dBFS</source>
        <translation>Spitze %1 dBFS</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="454"/>
        <source>RMS %1 dBFS</source>
        <translation>RMS %1 dBFS</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="455"/>
        <source>silent</source>
        <translation>stumm</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="456"/>
        <source>noise floor %1 dBFS, SNR %2 dB</source>
        <translation>Grundrauschen %1 dBFS, SNR %2 dB</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="458"/>
        <source>&lt;b&gt;Analyser&lt;/b&gt;&amp;nbsp; %1</source>
        <translation>&lt;b&gt;Analyse&lt;/b&gt;&amp;nbsp; %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="459"/>
        <source>Duration against the 2–12 s guidance (about 6 s is best), peak level and clipped samples, overall loudness, and the background level estimated from the quietest 20 ms frames</source>
        <translation>Dauer gemessen an der Vorgabe von 2–12 s (ideal etwa 6 s), Spitzenpegel und übersteuerte Samples, Gesamtlautheit sowie der Hintergrundpegel, geschätzt aus den leisesten 20-ms-Frames</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="493"/>
        <source>No recent clips</source>
        <translation>Keine zuletzt geöffneten Clips</translation>
    </message>
    <message>
        <location filename="../ui/studio/reference_panel.cpp" line="495"/>
        <source>Refresh input devices</source>
        <translation>Eingabegeräte aktualisieren</translation>
    </message>
</context>
<context>
    <name>mars5::ui::RespellingsDialog</name>
    <message>
        <location filename="../ui/studio/respellings_dialog.cpp" line="41"/>
        <source>Respellings</source>
        <translation>Umschreibungen</translation>
    </message>
    <message>
        <location filename="../ui/studio/respellings_dialog.cpp" line="43"/>
        <source>MARS5 reads letters, not sounds: write a name or an abbreviation the way it is said (&quot;Nguyen&quot; as &quot;win&quot;, &quot;SQL&quot; as &quot;sequel&quot;). &lt;b&gt;Respell&lt;/b&gt; above the text, or Edit ▸ Respell words, then puts these in your texts, whole words only, as one step that Ctrl+Z takes back. Tick &lt;i&gt;Match case&lt;/i&gt; for a word that is another word in other letters (US, us).</source>
        <translation>MARS5 liest Buchstaben, keine Laute: Schreiben Sie einen Namen oder eine Abkürzung so, wie sie gesprochen wird („Nguyen“ als „win“, „SQL“ als „sequel“; auf Englisch, der Sprache von MARS5). &lt;b&gt;Umschreiben&lt;/b&gt; über dem Text oder Bearbeiten ▸ Wörter umschreiben setzt sie dann in Ihre Texte ein, nur ganze Wörter, als ein Schritt, den Strg+Z zurücknimmt. Kreuzen Sie &lt;i&gt;Groß-/Kleinschreibung&lt;/i&gt; für ein Wort an, das in anderer Schreibung ein anderes Wort ist (US, us).</translation>
    </message>
    <message>
        <location filename="../ui/studio/respellings_dialog.cpp" line="49"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/studio/respellings_dialog.cpp" line="49"/>
        <source>Said as</source>
        <translation>Gesprochen als</translation>
    </message>
    <message>
        <location filename="../ui/studio/respellings_dialog.cpp" line="49"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location filename="../ui/studio/respellings_dialog.cpp" line="59"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/studio/respellings_dialog.cpp" line="60"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/studio/respellings_dialog.cpp" line="150"/>
        <source>%1
OK keeps that file beside the list below, which it saves in its place.</source>
        <translation>%1
OK bewahrt diese Datei neben der Liste unten auf, die es an ihrer Stelle speichert.</translation>
    </message>
    <message>
        <location filename="../ui/studio/respellings_dialog.cpp" line="180"/>
        <source>%1 could not be set aside, so the list was not saved.</source>
        <translation>%1 ließ sich nicht beiseitelegen, daher wurde die Liste nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/studio/respellings_dialog.cpp" line="166"/>
        <source>%1 is in the list twice: keep one row.</source>
        <translation>%1 steht zweimal in der Liste: Behalten Sie eine Zeile.</translation>
    </message>
</context>
<context>
    <name>mars5::ui::SettingsPanel</name>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="17"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="18"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="19"/>
        <source>Top-p (nucleus)</source>
        <translation>Top-p (Nucleus)</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="20"/>
        <source>Typical-p</source>
        <translation>Typical-p</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="21"/>
        <source>Frequency penalty</source>
        <translation>Häufigkeitsstrafe</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="22"/>
        <source>Presence penalty</source>
        <translation>Präsenzstrafe</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="23"/>
        <source>Penalty window</source>
        <translation>Wiederholungsfenster</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="24"/>
        <source>Early-end decay</source>
        <translation>Frühstopp-Abklingen</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="25"/>
        <source>Early-end penalty</source>
        <translation>Frühstopp-Strafe</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="26"/>
        <source>Length factor</source>
        <translation>Längenfaktor</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="27"/>
        <source>Timesteps</source>
        <translation>Zeitschritte</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="28"/>
        <source>x₀ temperature</source>
        <translation>x₀-Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="29"/>
        <source>L0 override below t</source>
        <translation>L0 überschreiben unter t</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="30"/>
        <source>Guidance weight</source>
        <translation>Guidance-Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="31"/>
        <source>Diffusion steps</source>
        <translation>Diffusionsschritte</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="32"/>
        <source>RePaint jump length</source>
        <translation>RePaint-Sprunglänge</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="33"/>
        <source>RePaint resamples</source>
        <translation>RePaint-Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="34"/>
        <source>Max reference (s)</source>
        <translation>Max. Referenz (s)</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="35"/>
        <source>Max length (ids)</source>
        <translation>Max. Länge (IDs)</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="36"/>
        <source>Deep clone</source>
        <translation>Deep Clone</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="37"/>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="38"/>
        <source>Trim threshold (dB)</source>
        <translation>Trimmschwelle (dB)</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="39"/>
        <source>Beam width</source>
        <translation>Beam-Breite</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="40"/>
        <source>Reference pad (s)</source>
        <translation>Referenz-Padding (s)</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="41"/>
        <source>Vocos bandwidth id</source>
        <translation>Vocos-Bandbreiten-ID</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="42"/>
        <source>Piece length (characters)</source>
        <translation>Stücklänge (Zeichen)</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="43"/>
        <source>Pause between pieces (s)</source>
        <translation>Pause zwischen Stücken (s)</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="44"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="57"/>
        <source>AR sampling</source>
        <translation>AR-Sampling</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="58"/>
        <source>NAR diffusion</source>
        <translation>NAR-Diffusion</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="59"/>
        <source>Reference and output</source>
        <translation>Referenz und Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/util/setting_labels.cpp" line="60"/>
        <source>Long texts</source>
        <translation>Lange Texte</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="142"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="144"/>
        <source>Save the current settings as a preset of your own</source>
        <translation>Die aktuellen Einstellungen als eigenes Preset speichern</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="146"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="147"/>
        <source>Delete the selected preset of your own</source>
        <translation>Das ausgewählte eigene Preset löschen</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="149"/>
        <location filename="../ui/studio/settings_panel.cpp" line="503"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="150"/>
        <source>Every field back to the reference default</source>
        <translation>Alle Felder auf die Standardwerte der Referenzimplementierung zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="135"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="133"/>
        <source>Built-in presets and your own; choosing one sets every field. A preset file, or the .json beside an exported take, dropped on the settings puts its settings in place</source>
        <translation>Integrierte und eigene Presets; die Auswahl setzt alle Felder. Eine Preset-Datei oder die .json neben einem exportierten Take, auf den Einstellungen abgelegt, setzt deren Einstellungen ein</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="189"/>
        <location filename="../ui/studio/settings_panel.cpp" line="197"/>
        <location filename="../ui/studio/settings_panel.cpp" line="199"/>
        <location filename="../ui/studio/settings_panel.cpp" line="209"/>
        <location filename="../ui/studio/settings_panel.cpp" line="225"/>
        <source>Not used by MARS5</source>
        <translation>Von MARS5 nicht verwendet</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="210"/>
        <source>Kept so presets from the reference load unchanged, but they change nothing: the reference ignores timesteps (the step count is “Diffusion steps”) and supports only beam width 1.</source>
        <translation>Bleiben erhalten, damit Presets der Referenzimplementierung unverändert geladen werden, bewirken aber nichts: Die Referenzimplementierung ignoriert die Zeitschritte (die Schrittzahl ist „Diffusionsschritte“) und unterstützt nur Beam-Breite 1.</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="267"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;)&lt;br&gt;%3&lt;br&gt;Range %4 · default %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;)&lt;br&gt;%3&lt;br&gt;Bereich %4 · Standard %5</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="299"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="300"/>
        <source>2000 (off)</source>
        <translation>2000 (aus)</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="302"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="345"/>
        <source>Roll a new seed</source>
        <translation>Neuen Seed würfeln</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="346"/>
        <source>Roll a new seed (Ctrl+D): the same seed, text and settings give the same take</source>
        <translation>Neuen Seed würfeln (Ctrl+D): Gleicher Seed, Text und gleiche Einstellungen ergeben denselben Take</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="349"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="350"/>
        <source>Seed −1: a fresh seed for every synthesis (the seed used is saved with each take)</source>
        <translation>Seed −1: ein neuer Seed für jede Synthese (der verwendete Seed wird mit jedem Take gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="366"/>
        <source>Back to the default, %1</source>
        <translation>Zurück zum Standardwert %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="426"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="479"/>
        <source>The engine refuses these settings: %1</source>
        <translation>Die Engine lehnt diese Einstellungen ab: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="483"/>
        <source>“L0 override below t” (%1) is not below the schedule&apos;s largest t (199): the AR&apos;s L0 codes are never re-imposed during the diffusion (the final take keeps them).</source>
        <translation>„L0 überschreiben unter t“ (%1) liegt nicht unter dem größten t des Zeitplans (199): Die L0-Codes des AR werden während der Diffusion nie wieder eingesetzt (der fertige Take behält sie).</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="552"/>
        <source>preset %1</source>
        <translation>Vorgabe %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="561"/>
        <source>“%1” is a built-in preset; choose another name.</source>
        <translation>„%1“ ist ein integriertes Preset; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="596"/>
        <source>The settings of the preset “%1” are in place; it could not be kept among your presets: %2</source>
        <translation>Die Einstellungen des Presets „%1“ sind eingesetzt; es ließ sich nicht unter Ihren Presets ablegen: %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="609"/>
        <source>settings from %1</source>
        <translation>Einstellungen aus %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="583"/>
        <source>The settings and seed (%1) of the take exported as %2.</source>
        <translation>Die Einstellungen und der Seed (%1) des als %2 exportierten Takes.</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="595"/>
        <source>The preset “%1” is now among your presets.</source>
        <translation>Das Preset „%1“ ist jetzt unter Ihren Presets.</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="601"/>
        <source>The preset “%1” from %2 is the one you have.</source>
        <translation>Das Preset „%1“ aus %2 ist dasjenige, das Sie schon haben.</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="603"/>
        <source>The settings of the preset “%1” from %2, not added to your presets: one of them has that name (Save… keeps these under another).</source>
        <translation>Die Einstellungen des Presets „%1“ aus %2, nicht zu Ihren Presets hinzugefügt: Eines davon trägt diesen Namen („Speichern…“ behält diese unter einem anderen).</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="663"/>
        <source>Some presets could not be read: %1</source>
        <translation>Einige Presets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="677"/>
        <location filename="../ui/studio/settings_panel.cpp" line="686"/>
        <source>Save preset</source>
        <translation>Preset speichern</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="677"/>
        <source>Name of the preset:</source>
        <translation>Name des Presets:</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="686"/>
        <source>Replace the preset “%1” with the current settings?</source>
        <translation>Das Preset „%1“ durch die aktuellen Einstellungen ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="691"/>
        <source>Preset not saved</source>
        <translation>Preset nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="697"/>
        <source>Delete preset</source>
        <translation>Preset löschen</translation>
    </message>
    <message>
        <location filename="../ui/studio/settings_panel.cpp" line="697"/>
        <source>Delete the preset “%1”?</source>
        <translation>Preset „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>mars5::ui::ShortcutOverlay</name>
    <message>
        <location filename="../ui/studio/shortcut_overlay.cpp" line="106"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/studio/shortcut_overlay.cpp" line="109"/>
        <source>F1 or any key closes</source>
        <translation>F1 oder eine beliebige Taste schließt</translation>
    </message>
</context>
<context>
    <name>mars5::ui::SynthesisController</name>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="78"/>
        <source>The synthesis could not start: %1</source>
        <translation>Die Synthese konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="79"/>
        <source>A file could not be read or written: %1</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="80"/>
        <source>A file is not what was expected: %1</source>
        <translation>Eine Datei hat nicht den erwarteten Inhalt: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="81"/>
        <source>This is not supported: %1</source>
        <translation>Das wird nicht unterstützt: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="82"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="84"/>
        <source>Something went wrong inside the engine: %1. Your texts and settings are kept; try again, and report this if it happens again.</source>
        <translation>In der Engine ist etwas schiefgegangen: %1. Ihre Texte und Einstellungen bleiben erhalten; versuchen Sie es erneut und melden Sie den Fehler, falls er wieder auftritt.</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="127"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="129"/>
        <source>no file chosen</source>
        <translation>keine Datei gewählt</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="149"/>
        <source>The model could not be loaded. %1</source>
        <translation>Das Modell konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="152"/>
        <source>Loading the models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="160"/>
        <source>The GPU was chosen, but this build of the studio has no CUDA support or sees no GPU. Choose Automatic or CPU under &quot;Run on&quot; in File ▸ Set up model….</source>
        <translation>Die GPU wurde gewählt, aber dieser Build des Studios hat keine CUDA-Unterstützung oder sieht keine GPU. Wählen Sie unter „Ausführen auf“ in Datei ▸ Modell einrichten… Automatisch oder CPU.</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="173"/>
        <source>The model could not be loaded: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="180"/>
        <source>Fingerprinting %1 (sha256, once per file)…</source>
        <translation>Fingerabdruck von %1 wird erstellt (sha256, einmal pro Datei)…</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="187"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="262"/>
        <source>Piece %1 of %2 (“%3”): %4</source>
        <translation>Stück %1 von %2 („%3“): %4</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="301"/>
        <source>The synthesis produced no audio (it was stopped before any speech was generated, or the trim removed everything). Try again, or lower the trim threshold.</source>
        <translation>Die Synthese hat kein Audio erzeugt (sie wurde gestoppt, bevor Sprache entstand, oder das Trimmen hat alles entfernt). Versuchen Sie es erneut oder senken Sie die Trimmschwelle.</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_controller.cpp" line="308"/>
        <source>Something went wrong inside the engine: %1</source>
        <translation>In der Engine ist etwas schiefgegangen: %1</translation>
    </message>
</context>
<context>
    <name>mars5::ui::SynthesisPanel</name>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="77"/>
        <location filename="../ui/studio/synthesis_panel.cpp" line="551"/>
        <source>Synthesize</source>
        <translation>Synthetisieren</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="78"/>
        <location filename="../ui/studio/synthesis_panel.cpp" line="564"/>
        <source>Speak the text in the reference voice (Ctrl+Return). While one runs, more wait in the queue.</source>
        <translation>Den Text mit der Referenzstimme sprechen (Ctrl+Return). Während eine Synthese läuft, warten weitere in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="83"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="84"/>
        <source>Stop and keep (Esc): end the token stage now, then refine and vocode what exists</source>
        <translation>Stoppen und behalten (Esc): die Token-Phase jetzt beenden, dann das Vorhandene verfeinern und durch den Vocoder schicken</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="86"/>
        <source>Cancel and discard (Shift+Esc): end the run and throw it away</source>
        <translation>Abbrechen und verwerfen (Shift+Esc): den Lauf beenden und verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="102"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="104"/>
        <source>Remove every waiting synthesis (the running one goes on: Esc stops it, Shift+Esc cancels it)</source>
        <translation>Alle wartenden Synthesen entfernen (die laufende geht weiter: Esc stoppt sie, Umschalt+Esc bricht sie ab)</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="110"/>
        <source>Waiting syntheses; Delete removes the selected one</source>
        <translation>Wartende Synthesen; Entf entfernt die ausgewählte</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="120"/>
        <source>The synthesized take appears here and plays at once</source>
        <translation>Der synthetisierte Take erscheint hier und wird sofort abgespielt</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="121"/>
        <location filename="../ui/studio/synthesis_panel.cpp" line="559"/>
        <source>Play take</source>
        <translation>Take abspielen</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="122"/>
        <source>Play or stop the take (Space)</source>
        <translation>Take abspielen oder stoppen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="123"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="146"/>
        <source>Spectrogram</source>
        <translation>Spektrogramm</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="149"/>
        <source>Show the take as a spectrogram (log frequency) instead of its waveform</source>
        <translation>Den Take als Spektrogramm (logarithmische Frequenz) statt als Wellenform zeigen</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="275"/>
        <source>&lt;span style=&apos;color:#6b7280&apos;&gt;Reference → AR tokens → NAR steps → Vocoder&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#6b7280&apos;&gt;Referenz → AR-Token → NAR-Schritte → Vocoder&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="263"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="54"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="55"/>
        <source>AR tokens</source>
        <translation>AR-Token</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="56"/>
        <source>NAR steps</source>
        <translation>NAR-Schritte</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="57"/>
        <source>Vocoder</source>
        <translation>Vocoder</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="64"/>
        <source>end of speech</source>
        <translation>Sprachende</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="65"/>
        <source>length budget reached</source>
        <translation>Längenbudget erreicht</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="66"/>
        <source>stopped by the user</source>
        <translation>vom Benutzer gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="67"/>
        <source>forced length reached (benchmark)</source>
        <translation>erzwungene Länge erreicht (Benchmark)</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="124"/>
        <source>Save the take as WAV or FLAC, at the rate and loudness you choose, with a JSON provenance file beside it (Ctrl+E)</source>
        <translation>Den Take als WAV oder FLAC speichern, mit gewählter Abtastrate und Lautheit, daneben eine JSON-Herkunftsdatei (Strg+E)</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="312"/>
        <source>AR %1 / ~%2 tokens · about %3 more</source>
        <translation>AR %1 / ~%2 Token · noch etwa %3</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="311"/>
        <source>AR %1 / ~%2 tokens</source>
        <translation>AR %1 / ~%2 Token</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="319"/>
        <source>NAR step %1 of %2 · about %3 left</source>
        <translation>NAR-Schritt %1 von %2 · noch etwa %3</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="318"/>
        <source>NAR step %1 of %2</source>
        <translation>NAR-Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="131"/>
        <source>Speak the piece under the playhead again with a new seed, the other pieces kept as they are: a new take, this one stays in the history. The arrow lists every piece; a right click on the waveform offers the piece under the mouse.</source>
        <translation>Das Stück unter der Abspielmarke mit einem neuen Seed neu sprechen, die übrigen Stücke bleiben, wie sie sind: ein neuer Take, dieser bleibt im Verlauf. Der Pfeil listet alle Stücke; ein Rechtsklick auf die Wellenform bietet das Stück unter der Maus an.</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="151"/>
        <source>Drag out</source>
        <translation>Herausziehen</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="153"/>
        <source>Drag the take into a folder or another program (a DAW) as a file, in the format of the last export; or click to copy the file and paste it there</source>
        <translation>Ziehen Sie den Take als Datei im Format des letzten Exports in einen Ordner oder ein anderes Programm (eine DAW), oder klicken Sie, um die Datei zu kopieren und dort einzufügen</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="295"/>
        <source>Piece %1 of %2 · ~%3 left:</source>
        <translation>Stück %1 von %2 · noch ~%3:</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="296"/>
        <source>Piece %1 of %2:</source>
        <translation>Stück %1 von %2:</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="325"/>
        <source>Encoding the reference…</source>
        <translation>Referenz wird kodiert…</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="325"/>
        <source>Vocoding…</source>
        <translation>Vocoder läuft…</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="349"/>
        <source>Piece %1 of %2: “%3”
%4 · seed %5 · %6 AR tokens (%7)</source>
        <translation>Stück %1 von %2: „%3“
%4 · Seed %5 · %6 AR-Token (%7)</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="353"/>
        <source>Right-click to speak it again with a new seed.</source>
        <translation>Rechtsklick: mit einem neuen Seed neu sprechen.</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="373"/>
        <source>Speak piece %1 again</source>
        <translation>Stück %1 neu sprechen</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="381"/>
        <source>Piece %1: “%2”</source>
        <translation>Stück %1: „%2“</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="382"/>
        <source>Piece %1 (silent): “%2”</source>
        <translation>Stück %1 (stumm): „%2“</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="399"/>
        <source>Speak Piece %1 Again</source>
        <translation>Stück %1 neu sprechen</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="402"/>
        <source>Play from Piece %1</source>
        <translation>Ab Stück %1 abspielen</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="432"/>
        <location filename="../ui/studio/synthesis_panel.cpp" line="435"/>
        <source>Cancelled: nothing was kept</source>
        <translation>Abgebrochen: Nichts wurde behalten</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="442"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="446"/>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;The synthesis failed; your text and settings are kept.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;Die Synthese ist fehlgeschlagen; Ihr Text und Ihre Einstellungen bleiben erhalten.&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/synthesis_panel.cpp" line="453"/>
        <source>%n queued synthesis(es) failed (the others go on):</source>
        <translation>
            <numerusform>%n eingereihte Synthese ist fehlgeschlagen (die anderen laufen weiter):</numerusform>
            <numerusform>%n eingereihte Synthesen sind fehlgeschlagen (die anderen laufen weiter):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="462"/>
        <source>Stopped early: kept what was generated</source>
        <translation>Vorzeitig gestoppt: Das Erzeugte wurde behalten</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="462"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="481"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · seed %2 · %3 AR tokens (%4) · took %5 s (AR %6, NAR %7, vocoder %8)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Seed %2 · %3 AR-Token (%4) · Dauer %5 s (AR %6, NAR %7, Vocoder %8)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/synthesis_panel.cpp" line="482"/>
        <source>%1 in %n pieces</source>
        <translation>
            <numerusform>%1 in %n Stück</numerusform>
            <numerusform>%1 in %n Stücken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="486"/>
        <source>stopped early</source>
        <translation>vorzeitig gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="506"/>
        <source>Piece %1 again: %2</source>
        <translation>Stück %1 neu: %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="509"/>
        <source>Waiting: “%1” (double-click to remove)</source>
        <translation>Wartet: „%1“ (Doppelklick entfernt)</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="521"/>
        <source>Queue: empty</source>
        <translation>Warteschlange: leer</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="521"/>
        <source>Queue: %1 waiting</source>
        <translation>Warteschlange: %1 wartend</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="527"/>
        <source>Take %1 of %2</source>
        <translation>Take %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="532"/>
        <source> · ~%1 left</source>
        <translation> · noch ~%1</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="534"/>
        <source>Takes queued since the studio was last idle (a script, N takes); the time left is the seconds per character of the takes made so far, applied to the text still to speak (a long text spoken in pieces prices its own rest by its pieces)</source>
        <translation>Takes, die eingereiht wurden, seit das Studio zuletzt untätig war (ein Skript, N Takes); die Restzeit sind die Sekunden je Zeichen der bisher erzeugten Takes, angewandt auf den noch zu sprechenden Text (ein langer Text in Stücken schätzt seinen eigenen Rest nach seinen Stücken)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/synthesis_panel.cpp" line="541"/>
        <source>%1 of %n queued take(s) made</source>
        <translation>
            <numerusform>%1 von %n eingereihten Take erzeugt</numerusform>
            <numerusform>%1 von %n eingereihten Takes erzeugt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/synthesis_panel.cpp" line="542"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/synthesis_panel.cpp" line="543"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n abgebrochen</numerusform>
            <numerusform>, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="551"/>
        <source>Queue synthesis</source>
        <translation>Synthese einreihen</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="559"/>
        <source>Stop take</source>
        <translation>Take stoppen</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="562"/>
        <source>Synthesis needs a MARS5 model: File ▸ Set up model… (Ctrl+M)</source>
        <translation>Die Synthese benötigt ein MARS5-Modell: Datei ▸ Modell einrichten… (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="579"/>
        <source>There is no take to export yet.</source>
        <translation>Es gibt noch keinen Take zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/studio/synthesis_panel.cpp" line="587"/>
        <source>Exported to %1 (+ .json)</source>
        <translation>Exportiert nach %1 (+ .json)</translation>
    </message>
</context>
<context>
    <name>mars5::ui::TextPanel</name>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="45"/>
        <source>What is said in the reference clip, word for word (optional: enables deep clone)</source>
        <translation>Was im Referenzclip gesagt wird, Wort für Wort (optional: ermöglicht Deep Clone)</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="46"/>
        <source>The reference transcript. With it, MARS5 can deep clone: it continues the reference as if the speaker went on talking, which usually matches the voice more closely.</source>
        <translation>Das Referenztranskript. Damit kann MARS5 einen Deep Clone erstellen: Es setzt die Referenz fort, als würde die Person weitersprechen, was der Stimme meist näher kommt.</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="49"/>
        <source>Type what the cloned voice should say…</source>
        <translation>Geben Sie ein, was die geklonte Stimme sagen soll…</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="49"/>
        <source>The text to speak (Ctrl+Return synthesizes)</source>
        <translation>Der zu sprechende Text (Ctrl+Return synthetisiert)</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="53"/>
        <source>Deep clone</source>
        <translation>Deep Clone</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="55"/>
        <source>Use the transcript to condition on the reference (slower, usually closer to the voice). Without a transcript MARS5 uses shallow clone.</source>
        <translation>Das Transkript zur Konditionierung auf die Referenz verwenden (langsamer, meist näher an der Stimme). Ohne Transkript verwendet MARS5 Shallow Clone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/text_panel.cpp" line="251"/>
        <source>Respell %n word(s)</source>
        <translation>
            <numerusform>%n Wort umschreiben</numerusform>
            <numerusform>%n Wörter umschreiben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="252"/>
        <source>Words of your respellings list (Edit ▸ Respellings…) are in the texts: Respell puts in how each is said. Edit ▸ Respell words (Ctrl+Shift+W) does the same; Ctrl+Z takes it back.</source>
        <translation>Wörter Ihrer Liste der Umschreibungen (Bearbeiten ▸ Umschreibungen…) stehen in den Texten: Umschreiben setzt ein, wie jedes gesprochen wird. Bearbeiten ▸ Wörter umschreiben (Strg+Umschalt+W) tut dasselbe; Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="257"/>
        <source>MARS5 reads digits as typed: it does not expand numbers (nor does the reference), so it may read &quot;1999&quot; as a year, a count or neither. Spelled out, the words say how each is read: 1999 → nineteen ninety-nine, $5 → five dollars, 3rd → third, 555-1234 → five five five, one two three four. Edit ▸ Spell out numbers (Ctrl+Shift+N) does the same; Ctrl+Z takes it back.</source>
        <translation>MARS5 liest Ziffern so, wie sie getippt sind: Es schreibt Zahlen nicht aus (die Referenz auch nicht) und liest „1999“ vielleicht als Jahr, als Anzahl oder gar nicht. Ausgeschrieben sagen die Wörter, wie jede Zahl gelesen wird: 1999 → nineteen ninety-nine, $5 → five dollars, 3rd → third, 555-1234 → five five five, one two three four (auf Englisch, der Sprache von MARS5). Bearbeiten ▸ Zahlen ausschreiben (Strg+Umschalt+N) tut dasselbe; Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="76"/>
        <source>&lt;b&gt;Reference transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;Referenztranskript&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="87"/>
        <source>&lt;b&gt;Text to speak&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zu sprechender Text&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="279"/>
        <source>No text yet</source>
        <translation>Noch kein Text</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/text_panel.cpp" line="281"/>
        <source>%n character(s) · about %1 s of speech · the model expects about %2 tokens</source>
        <translation>
            <numerusform>%n Zeichen · etwa %1 s Sprache · das Modell erwartet etwa %2 Token</numerusform>
            <numerusform>%n Zeichen · etwa %1 s Sprache · das Modell erwartet etwa %2 Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/text_panel.cpp" line="287"/>
        <source>spoken in %n sentence piece(s)</source>
        <translation>
            <numerusform>gesprochen in %n Satzstück</numerusform>
            <numerusform>gesprochen in %n Satzstücken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/text_panel.cpp" line="298"/>
        <source>%n line(s): Ctrl+Alt+Return makes one take per line</source>
        <translation>
            <numerusform>%n Zeile: Ctrl+Alt+Return macht einen Take pro Zeile</numerusform>
            <numerusform>%n Zeilen: Ctrl+Alt+Return macht einen Take pro Zeile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/text_panel.cpp" line="256"/>
        <source>Spell out %n number(s)</source>
        <translation>
            <numerusform>%n Zahl ausschreiben</numerusform>
            <numerusform>%n Zahlen ausschreiben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="289"/>
        <source>long: see Settings ▸ Long texts</source>
        <translation>lang: siehe Einstellungen ▸ Lange Texte</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="290"/>
        <source>MARS5 speaks a text in one run: a long run may drift from the voice, and a paragraph can run past the run&apos;s budget of 2,000 ids and be cut short. Settings ▸ Long texts ▸ Piece length speaks it sentence by sentence, as one take.</source>
        <translation>MARS5 spricht einen Text in einem Durchlauf: Ein langer Durchlauf kann sich von der Stimme entfernen, und ein Absatz kann das Budget von 2.000 IDs überschreiten und abgeschnitten werden. Einstellungen ▸ Lange Texte ▸ Stücklänge spricht ihn Satz für Satz, als einen Take.</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="301"/>
        <source>shallow clone will be used</source>
        <translation>Shallow Clone wird verwendet</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="303"/>
        <source>no transcript: shallow clone will be used</source>
        <translation>kein Transkript: Shallow Clone wird verwendet</translation>
    </message>
    <message>
        <location filename="../ui/studio/text_panel.cpp" line="305"/>
        <source>deep clone will be used</source>
        <translation>Deep Clone wird verwendet</translation>
    </message>
</context>
<context>
    <name>mars5::ui::UndoButtons</name>
    <message>
        <location filename="../ui/widgets/undo_buttons.cpp" line="14"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/widgets/undo_buttons.cpp" line="15"/>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/undo_buttons.cpp" line="18"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/undo_buttons.cpp" line="19"/>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>%1 wiederholen (Strg+Umschalt+Z)</translation>
    </message>
</context>
<context>
    <name>mars5::ui::WaveformView</name>
    <message>
        <location filename="../ui/widgets/waveform_view.cpp" line="94"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/waveform_view.cpp" line="111"/>
        <source>Open an audio file or drop one here</source>
        <translation>Audiodatei öffnen oder hierher ziehen</translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::AbPlayer</name>
    <message>
        <location filename="../ui/rating/ab_player.cpp" line="71"/>
        <source>One of the two clips is empty.</source>
        <translation>Einer der beiden Clips ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/rating/ab_player.cpp" line="140"/>
        <source>The audio system could not start (PortAudio: %1).</source>
        <translation>Das Audiosystem konnte nicht starten (PortAudio: %1).</translation>
    </message>
    <message>
        <location filename="../ui/rating/ab_player.cpp" line="149"/>
        <source>No audio output device found. Connect headphones (recommended for judging) or check that the sound server is running, then press A or B again.</source>
        <translation>Kein Audio-Ausgabegerät gefunden. Schließen Sie Kopfhörer an (zum Bewerten empfohlen) oder prüfen Sie, ob der Soundserver läuft, und drücken Sie dann erneut A oder B.</translation>
    </message>
    <message>
        <location filename="../ui/rating/ab_player.cpp" line="160"/>
        <source>The audio device does not accept %1 Hz mono playback.</source>
        <translation>Das Audiogerät unterstützt keine Mono-Wiedergabe mit %1 Hz.</translation>
    </message>
    <message>
        <location filename="../ui/rating/ab_player.cpp" line="169"/>
        <source>The audio device would not play (PortAudio: %1).</source>
        <translation>Das Audiogerät hat die Wiedergabe verweigert (PortAudio: %1).</translation>
    </message>
    <message>
        <location filename="../ui/rating/ab_player.cpp" line="188"/>
        <source>Nothing to play.</source>
        <translation>Nichts abzuspielen.</translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::NewSessionDialog</name>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="36"/>
        <source>New blind rating session</source>
        <translation>Neue blinde Bewertungssitzung</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="41"/>
        <source>Listening test %1</source>
        <translation>Hörtest %1</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="43"/>
        <source>who is listening (one rater per session)</source>
        <translation>wer zuhört (eine bewertende Person pro Sitzung)</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="45"/>
        <source>Take vs take — two folders, files paired by name</source>
        <translation>Take gegen Take — zwei Ordner, Dateien nach Namen gepaart</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="46"/>
        <source>Tournament — several folders (takes, presets, seeds)</source>
        <translation>Turnier — mehrere Ordner (Takes, Presets, Seeds)</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="47"/>
        <source>Ground truth vs takes — a dataset folder and a folder of takes</source>
        <translation>Originalaufnahme gegen Takes — ein Datensatzordner und ein Ordner mit Takes</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="48"/>
        <location filename="../ui/rating/new_session_dialog.cpp" line="541"/>
        <source>Ground truth vs MARS5 — synthesize each transcript now from another clip of the same speaker</source>
        <translation>Originalaufnahme gegen MARS5 — jedes Transkript jetzt aus einem anderen Clip derselben Person synthetisieren</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="49"/>
        <source>Session name:</source>
        <translation>Name der Sitzung:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="50"/>
        <source>Rater:</source>
        <translation>Bewertende Person:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="51"/>
        <source>Compare:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="57"/>
        <source>folder with metadata.csv (LJSpeech) or name.wav + name.txt</source>
        <translation>Ordner mit metadata.csv (LJSpeech) oder name.wav + name.txt</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="58"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="61"/>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="64"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="69"/>
        <source>System name (hidden while judging)</source>
        <translation>Systemname (beim Bewerten verborgen)</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="69"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="74"/>
        <source>Add each system&apos;s folder with Add folder…, or drop the folders here</source>
        <translation>Fügen Sie den Ordner jedes Systems mit „Ordner hinzufügen…“ hinzu, oder legen Sie die Ordner hier ab</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="78"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="79"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="85"/>
        <source>Folders:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="90"/>
        <source>every pair</source>
        <translation>jedes Paar</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="91"/>
        <source>Tournament: comparisons per item. The pairs rotate over the items so every system gets the same exposure.</source>
        <translation>Turnier: Vergleiche pro Eintrag. Die Paare rotieren über die Einträge, sodass jedes System gleich oft vorkommt.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="92"/>
        <source>Pairs per item:</source>
        <translation>Paare pro Eintrag:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="93"/>
        <source>Offer “no preference” (otherwise forced choice)</source>
        <translation>„Keine Präferenz“ anbieten (sonst erzwungene Wahl)</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="95"/>
        <source>Ask for the strength of the preference (−3 … +3)</source>
        <translation>Nach der Stärke der Präferenz fragen (−3 … +3)</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="96"/>
        <source>Add a codec ceiling: each recording through Encodec and Vocos alone</source>
        <translation>Codec-Obergrenze hinzufügen: jede Aufnahme allein durch Encodec und Vocos</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="97"/>
        <source>Ground truth vs MARS5: a third system, the real recording encoded and vocoded by the same codec MARS5 speaks through. It is the best MARS5 can sound, so the ratings tell what the model loses from what the codec loses (three comparisons per item instead of one).</source>
        <translation>Originalaufnahme gegen MARS5: ein drittes System, die echte Aufnahme, kodiert und vokodiert mit demselben Codec, durch den MARS5 spricht. Besser kann MARS5 nicht klingen; so trennen die Bewertungen, was das Modell verliert, von dem, was der Codec verliert (drei Vergleiche je Element statt einem).</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="108"/>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="109"/>
        <source>Both sides of every comparison are matched to this EBU R128 integrated loudness.</source>
        <translation>Beide Seiten jedes Vergleichs werden auf diese integrierte Lautheit nach EBU R128 angeglichen.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="110"/>
        <source>Loudness:</source>
        <translation>Lautheit:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="112"/>
        <source>The trial order and the A/B sides follow from this number; the same seed gives the same session.</source>
        <translation>Die Reihenfolge der Durchgänge und die A/B-Seiten ergeben sich aus dieser Zahl; derselbe Seed ergibt dieselbe Sitzung.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="113"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="135"/>
        <source>Running %1 through the codec (%2 of %3)…</source>
        <translation>%1 läuft durch den Codec (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="136"/>
        <source>Synthesizing %1 (%2 of %3)…</source>
        <translation>%1 wird synthetisiert (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="145"/>
        <source>Failed (the others go on):</source>
        <translation>Fehlgeschlagen (die anderen laufen weiter):</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="154"/>
        <location filename="../ui/rating/new_session_dialog.cpp" line="573"/>
        <source>Create session</source>
        <translation>Sitzung anlegen</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="191"/>
        <source>Load a model first: File ▸ Set up model…</source>
        <translation>Zuerst ein Modell laden: Datei ▸ Modell einrichten…</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="204"/>
        <source>Cancelling… (the item being made ends at its next step)</source>
        <translation>Wird abgebrochen… (der aktuelle Eintrag endet bei seinem nächsten Schritt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="250"/>
        <source>Preparing %n take(s)…</source>
        <translation>
            <numerusform>%n Take wird vorbereitet…</numerusform>
            <numerusform>%n Takes werden vorbereitet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="250"/>
        <source>Cancel synthesis</source>
        <translation>Synthese abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="253"/>
        <source>The synthesis could not start.</source>
        <translation>Die Synthese konnte nicht starten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="294"/>
        <source>Running %n recording(s) through the codec…</source>
        <translation>
            <numerusform>%n Aufnahme läuft durch den Codec…</numerusform>
            <numerusform>%n Aufnahmen laufen durch den Codec…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="295"/>
        <location filename="../ui/rating/new_session_dialog.cpp" line="351"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="298"/>
        <source>The codec ceilings could not be started.</source>
        <translation>Die Codec-Obergrenzen konnten nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="303"/>
        <source>Cancelled: no session was made and no file was kept.</source>
        <translation>Abgebrochen: Es wurde keine Sitzung angelegt und keine Datei behalten.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="316"/>
        <source>No codec ceiling could be made.</source>
        <translation>Es konnte keine Codec-Obergrenze erstellt werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="317"/>
        <source>%n codec ceiling(s) made into %1.</source>
        <translation>
            <numerusform>%n Codec-Obergrenze in %1 erstellt.</numerusform>
            <numerusform>%n Codec-Obergrenzen in %1 erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="373"/>
        <source>Cancelled: no session was made and no take was kept.</source>
        <translation>Abgebrochen: Es wurde keine Sitzung angelegt und kein Take behalten.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="374"/>
        <source>No take could be made, so no session was made.</source>
        <translation>Es konnte kein Take erzeugt werden, daher wurde keine Sitzung angelegt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="378"/>
        <source>%n item(s) could not be synthesized and were left out: </source>
        <translation>
            <numerusform>%n Eintrag konnte nicht synthetisiert werden und wurde ausgelassen: </numerusform>
            <numerusform>%n Einträge konnten nicht synthetisiert werden und wurden ausgelassen: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="534"/>
        <source>Only for sessions with recordings of a dataset: the ceiling is each recording through the codec alone</source>
        <translation>Nur für Sitzungen mit Aufnahmen eines Datensatzes: Die Codec-Obergrenze ist jede Aufnahme allein durch den Codec</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="593"/>
        <source>Each recording also goes through the codec alone (the codec ceiling), a third system: three comparisons per item instead of one.</source>
        <translation>Jede Aufnahme läuft außerdem allein durch den Codec (die Codec-Obergrenze), ein drittes System: drei Vergleiche pro Eintrag statt einem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="323"/>
        <source>%n item(s) have no codec ceiling and are rated against the recording only: </source>
        <translation>
            <numerusform>%n Element hat keine Codec-Obergrenze und wird nur mit der Aufnahme verglichen: </numerusform>
            <numerusform>%n Elemente haben keine Codec-Obergrenze und werden nur mit der Aufnahme verglichen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="381"/>
        <source>%n take(s) synthesized into %1.</source>
        <translation>
            <numerusform>%n Take in %1 synthetisiert.</numerusform>
            <numerusform>%n Takes in %1 synthetisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="416"/>
        <source>Folder of renderings</source>
        <translation>Ordner mit Renderings</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="460"/>
        <source>Take vs take compares exactly two folders (%1 chosen).</source>
        <translation>„Take gegen Take“ vergleicht genau zwei Ordner (%1 gewählt).</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="464"/>
        <source>A tournament needs three or more folders; for two, choose take vs take.</source>
        <translation>Ein Turnier braucht drei oder mehr Ordner; wählen Sie für zwei „Take gegen Take“.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="468"/>
        <source>Choose the dataset folder and exactly one folder of takes named after its items.</source>
        <translation>Wählen Sie den Datensatzordner und genau einen Ordner mit Takes, die nach seinen Einträgen benannt sind.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="473"/>
        <source>The takes are synthesized when you press “Create session”.</source>
        <translation>Die Takes werden synthetisiert, wenn Sie auf „Sitzung anlegen“ klicken.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="479"/>
        <location filename="../ui/rating/new_session_dialog.cpp" line="552"/>
        <source>Give the session a name.</source>
        <translation>Geben Sie der Sitzung einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="480"/>
        <location filename="../ui/rating/new_session_dialog.cpp" line="553"/>
        <source>Enter the rater&apos;s name.</source>
        <translation>Geben Sie den Namen der bewertenden Person ein.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="483"/>
        <location filename="../ui/rating/new_session_dialog.cpp" line="554"/>
        <source>The seed must be a whole number.</source>
        <translation>Der Seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="494"/>
        <source>dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="497"/>
        <source>MARS5 = takes synthesized into %1 (seeds per item in synthesis.json)</source>
        <translation>MARS5 = in %1 synthetisierte Takes (Seeds pro Eintrag in synthesis.json)</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="503"/>
        <source>codec ceiling = the recordings through Encodec and Vocos, in %1</source>
        <translation>Codec-Obergrenze = die Aufnahmen durch Encodec und Vocos, in %1</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="537"/>
        <source>The codec ceiling runs the studio&apos;s model files: %1</source>
        <translation>Die Codec-Obergrenze braucht die Modelldateien des Studios: %1</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="544"/>
        <source>Uses the studio&apos;s loaded model and its current settings.</source>
        <translation>Verwendet das geladene Modell des Studios und seine aktuellen Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="558"/>
        <source>%n take(s) will be synthesized with the studio&apos;s current settings, each from the next clip of the same speaker, then compared with the real recordings in random order with random A/B sides.</source>
        <translation>
            <numerusform>%n Take wird mit den aktuellen Einstellungen des Studios synthetisiert, jeweils aus dem nächsten Clip derselben Person, und dann in zufälliger Reihenfolge mit zufälligen A/B-Seiten mit den echten Aufnahmen verglichen.</numerusform>
            <numerusform>%n Takes werden mit den aktuellen Einstellungen des Studios synthetisiert, jeweils aus dem nächsten Clip derselben Person, und dann in zufälliger Reihenfolge mit zufälligen A/B-Seiten mit den echten Aufnahmen verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="562"/>
        <source>Each recording also goes through the codec alone (the codec ceiling), a third system: three comparisons per item.</source>
        <translation>Jede Aufnahme geht auch allein durch den Codec (die Codec-Obergrenze), ein drittes System: drei Vergleiche je Element.</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="569"/>
        <source>Synthesize and create session</source>
        <translation>Synthetisieren und Sitzung anlegen</translation>
    </message>
    <message>
        <location filename="../ui/rating/new_session_dialog.cpp" line="573"/>
        <source>Make codec ceilings and create session</source>
        <translation>Codec-Obergrenzen erstellen und Sitzung anlegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="590"/>
        <source>%n item(s) found, </source>
        <translation>
            <numerusform>%n Eintrag gefunden, </numerusform>
            <numerusform>%n Einträge gefunden, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/new_session_dialog.cpp" line="591"/>
        <source>%n comparison(s) in random order with random A/B sides.</source>
        <translation>
            <numerusform>%n Vergleich in zufälliger Reihenfolge mit zufälligen A/B-Seiten.</numerusform>
            <numerusform>%n Vergleiche in zufälliger Reihenfolge mit zufälligen A/B-Seiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::RatingStatsView</name>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="90"/>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="122"/>
        <source>Bradley–Terry ranking
(95% bootstrap interval)</source>
        <translation>Bradley–Terry-Rangfolge
(Bootstrap-Intervall, 95 %)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="446"/>
        <source>Pairwise preference, preferred system first
(Wilson 95%)</source>
        <translation>Paarweise Präferenz, bevorzugtes System zuerst
(Wilson, 95 %)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="126"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="126"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="126"/>
        <location filename="../ui/rating/rating_stats_view.cpp" line="127"/>
        <source>W–L–T</source>
        <translation>S–N–U</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="127"/>
        <source>First</source>
        <translation>Erstes</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="127"/>
        <source>Second</source>
        <translation>Zweites</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="126"/>
        <source>BT score
(95%)</source>
        <translation>BT-Wert
(95 %)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="126"/>
        <source>Win rate
(Wilson 95%)</source>
        <translation>Siegquote
(Wilson, 95 %)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="127"/>
        <source>Sign p</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="127"/>
        <source>First wins
(Wilson 95%)</source>
        <translation>Erstes gewinnt
(Wilson, 95 %)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="133"/>
        <source>Two-sided sign test: how likely a split at least this uneven is if both systems were equally good</source>
        <translation>Zweiseitiger Vorzeichentest: wie wahrscheinlich eine mindestens so ungleiche Verteilung ist, wenn beide Systeme gleich gut wären</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="134"/>
        <source>Bradley–Terry log-strength with its bootstrap interval; wins–losses–ties; ties are not counted in the win rate</source>
        <translation>Bradley–Terry-Log-Stärke mit Bootstrap-Intervall; Siege–Niederlagen–Unentschieden; Unentschieden zählen nicht zur Siegquote</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="135"/>
        <source>Wins, losses and ties of the first system; the two-sided sign test leaves ties out</source>
        <translation>Siege, Niederlagen und Unentschieden des ersten Systems; der zweiseitige Vorzeichentest lässt Unentschieden weg</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="186"/>
        <source>All sessions, all raters</source>
        <translation>Alle Sitzungen, alle Bewertenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_stats_view.cpp" line="200"/>
        <source>%1 — %n raters merged (%2)</source>
        <translation>
            <numerusform>%1 — %n Bewertende zusammengeführt (%2)</numerusform>
            <numerusform>%1 — %n Bewertende zusammengeführt (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="206"/>
        <source>%1 — %2 (%3 of %4 judged)</source>
        <translation>%1 — %2 (%3 von %4 bewertet)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="247"/>
        <source>The statistics could not be computed: %1</source>
        <translation>Die Statistik konnte nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_stats_view.cpp" line="264"/>
        <source>Computing the statistics of %Ln judgements…</source>
        <translation>
            <numerusform>Statistik von %Ln Urteil wird berechnet…</numerusform>
            <numerusform>Statistik von %Ln Urteilen wird berechnet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="274"/>
        <source>Side bias: A was chosen %L1 times and B %L2 times (sign test, %3); the randomised sides keep the ranking fair, but check the playback set-up.</source>
        <translation>Seitenbias: A wurde %L1-mal gewählt und B %L2-mal (Vorzeichentest, %3); die zufälligen Seiten halten die Rangfolge fair, prüfen Sie aber die Wiedergabe-Einrichtung.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="279"/>
        <source>%L1 judgements · %L2 decisive · %L3 ties (reported, not counted)</source>
        <translation>%L1 Urteile · %L2 entschieden · %L3 unentschieden (angezeigt, nicht gezählt)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="323"/>
        <source>significant at the 5% level</source>
        <translation>signifikant auf dem 5-%-Niveau</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="376"/>
        <source>log-strength
(0 = average; +1 ≈ preferred 73% of the time)</source>
        <translation>Log-Stärke
(0 = Durchschnitt; +1 ≈ in 73 % der Fälle bevorzugt)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="447"/>
        <source>% of decisive judgements won by the first system</source>
        <translation>% der entschiedenen Urteile
zugunsten des ersten Systems</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="521"/>
        <source>Pairwise preference: % of decisive
judgements the row won against the column</source>
        <translation>Paarvergleich: % der entschiedenen Urteile,
die die Zeile gegen die Spalte gewann</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_stats_view.cpp" line="522"/>
        <source>column: system by rank
bold: sign test p &lt; 0.05</source>
        <translation>Spalte: System nach Rang
fett: Vorzeichentest p &lt; 0,05</translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::RatingView</name>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="84"/>
        <source>Create a session with New session…, or choose one in the list and press Judge selected</source>
        <translation>Legen Sie mit „Neue Sitzung…“ eine Sitzung an, oder wählen Sie eine in der Liste und klicken Sie auf „Ausgewählte bewerten“</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="102"/>
        <source>Play side %1 (key %1); while playing, switch at the same position</source>
        <translation>Seite %1 abspielen (Taste %1); während der Wiedergabe wird an derselben Stelle umgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="128"/>
        <source>A is better   [1]</source>
        <translation>A ist besser   [1]</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="128"/>
        <source>No preference   [0]</source>
        <translation>Keine Präferenz   [0]</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="128"/>
        <source>B is better   [2]</source>
        <translation>B ist besser   [2]</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="145"/>
        <location filename="../ui/rating/rating_view.cpp" line="376"/>
        <source>A much better</source>
        <translation>A viel besser</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="159"/>
        <location filename="../ui/rating/rating_view.cpp" line="378"/>
        <source>B much better</source>
        <translation>B viel besser</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="171"/>
        <source>Comment (optional) — press C to write, Escape to return, Enter to save the judgement</source>
        <translation>Kommentar (optional) — C zum Schreiben, Esc zum Zurückkehren, Enter speichert das Urteil</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="179"/>
        <source>Save and next   [Enter]</source>
        <translation>Speichern und weiter   [Enter]</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="187"/>
        <source>Keys: A / B play a side · T toggle · Space play/pause · [ ] loop · L clear loop · 1 / 2 / 0 choose · C comment · Enter save</source>
        <translation>Tasten: A / B Seite abspielen · T umschalten · Leertaste Wiedergabe/Pause · [ ] Schleife · L Schleife löschen · 1 / 2 / 0 wählen · C Kommentar · Enter speichern</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="226"/>
        <source>Judging stopped; every judgement so far is saved. Open the session again to go on.</source>
        <translation>Bewertung beendet; alle bisherigen Urteile sind gespeichert. Öffnen Sie die Sitzung erneut, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="278"/>
        <source>Side %1 cannot be played: %2. Press S to skip this trial (it stays unjudged), or fix the file and reopen the session.</source>
        <translation>Seite %1 kann nicht abgespielt werden: %2. Drücken Sie S, um diesen Durchgang zu überspringen (er bleibt unbewertet), oder reparieren Sie die Datei und öffnen Sie die Sitzung erneut.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="291"/>
        <source>The loudness of this pair could not be measured: %1</source>
        <translation>Die Lautheit dieses Paares konnte nicht gemessen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="312"/>
        <location filename="../ui/rating/rating_view.cpp" line="385"/>
        <source>Listen to both A and B, then choose.</source>
        <translation>Hören Sie sich A und B an und wählen Sie dann.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_view.cpp" line="324"/>
        <source>%n trial(s) were skipped because their audio could not be played; they stay unjudged and come back when the session is reopened.</source>
        <translation>
            <numerusform>%n Durchgang wurde übersprungen, weil sein Audio nicht abgespielt werden konnte; er bleibt unbewertet und kommt wieder, wenn die Sitzung erneut geöffnet wird.</numerusform>
            <numerusform>%n Durchgänge wurden übersprungen, weil ihr Audio nicht abgespielt werden konnte; sie bleiben unbewertet und kommen wieder, wenn die Sitzung erneut geöffnet wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_view.cpp" line="328"/>
        <source>Session complete: all %n judgement(s) are saved. Open the statistics to see the result.</source>
        <translation>
            <numerusform>Sitzung abgeschlossen: %n Urteil ist gespeichert. Öffnen Sie die Statistik, um das Ergebnis zu sehen.</numerusform>
            <numerusform>Sitzung abgeschlossen: Alle %n Urteile sind gespeichert. Öffnen Sie die Statistik, um das Ergebnis zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="337"/>
        <source>No session open</source>
        <translation>Keine Sitzung geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="338"/>
        <source>%1 · rater %2</source>
        <translation>%1 · bewertet von %2</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="342"/>
        <source>Trial %1 of %2</source>
        <translation>Durchgang %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="343"/>
        <source>%1 of %2 judged</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_view.cpp" line="350"/>
        <source>✓ heard (%n×)</source>
        <translation>
            <numerusform>✓ gehört (%n×)</numerusform>
            <numerusform>✓ gehört (%n×)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="351"/>
        <source>not heard yet</source>
        <translation>noch nicht gehört</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="356"/>
        <source>❚❚ Pause   [Space]</source>
        <translation>❚❚ Pause   [Leertaste]</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="356"/>
        <source>▶ Play   [Space]</source>
        <translation>▶ Abspielen   [Leertaste]</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="363"/>
        <source>Loop %1 – %2 (L clears)</source>
        <translation>Schleife %1 – %2 (L löscht)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="364"/>
        <source>Loop from %1 — press ] at the end</source>
        <translation>Schleife ab %1 — drücken Sie ] am Ende</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="365"/>
        <source>No loop: [ and ] set one at the play position</source>
        <translation>Keine Schleife: [ und ] setzen eine an der Wiedergabeposition</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="376"/>
        <source>A better</source>
        <translation>A besser</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="376"/>
        <source>A slightly better</source>
        <translation>A etwas besser</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="377"/>
        <source>no preference</source>
        <translation>keine Präferenz</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="377"/>
        <source>B slightly better</source>
        <translation>B etwas besser</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="377"/>
        <source>B better</source>
        <translation>B besser</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="379"/>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="386"/>
        <source>Now listen to %1 as well; answering opens once both sides were heard.</source>
        <translation>Hören Sie jetzt auch %1; antworten können Sie, sobald beide Seiten gehört wurden.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="390"/>
        <source>Which sounds better? 1 = A, 2 = B, 0 = no preference.</source>
        <translation>Was klingt besser? 1 = A, 2 = B, 0 = keine Präferenz.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="391"/>
        <source>Which sounds better? 1 = A, 2 = B.</source>
        <translation>Was klingt besser? 1 = A, 2 = B.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="394"/>
        <source>Enter saves this judgement and moves on.</source>
        <translation>Enter speichert dieses Urteil und geht weiter.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="470"/>
        <location filename="../ui/rating/rating_view.cpp" line="489"/>
        <source>Listen to both A and B before answering (press A, then B).</source>
        <translation>Hören Sie sich vor der Antwort A und B an (drücken Sie A, dann B).</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="471"/>
        <location filename="../ui/rating/rating_view.cpp" line="490"/>
        <source>This trial&apos;s audio cannot be played; press S to skip it.</source>
        <translation>Das Audio dieses Durchgangs kann nicht abgespielt werden; drücken Sie S, um ihn zu überspringen.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="491"/>
        <source>Choose first: 1 = A is better, 2 = B is better%1.</source>
        <translation>Wählen Sie zuerst: 1 = A ist besser, 2 = B ist besser%1.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="492"/>
        <source>, 0 = no preference</source>
        <translation>, 0 = keine Präferenz</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_view.cpp" line="510"/>
        <source>The judgement was NOT saved: %1. It is still on screen; press Enter to try again.</source>
        <translation>Das Urteil wurde NICHT gespeichert: %1. Es ist noch auf dem Bildschirm; drücken Sie Enter, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::RatingWindow</name>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="46"/>
        <source>Blind A/B rating — MARS5 Studio</source>
        <translation>Blinder A/B-Vergleich — MARS5 Studio</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="52"/>
        <source>&lt;b&gt;Rating sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bewertungssitzungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="59"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="60"/>
        <source>Keep the ratings in another file: an existing ratings database, or a new one</source>
        <translation>Die Bewertungen in einer anderen Datei führen: einer vorhandenen Bewertungsdatenbank oder einer neuen</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="83"/>
        <source>New session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="85"/>
        <source>Judge selected</source>
        <translation>Ausgewählte bewerten</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="86"/>
        <source>Statistics of selected</source>
        <translation>Statistik der ausgewählten</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="88"/>
        <source>Export CSV (all sessions)…</source>
        <translation>CSV exportieren (alle Sitzungen)…</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="89"/>
        <source>Export selected as JSON…</source>
        <translation>Auswahl als JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="90"/>
        <source>Import CSV or JSON…</source>
        <translation>CSV oder JSON importieren…</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="91"/>
        <source>Delete selected…</source>
        <translation>Ausgewählte löschen…</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="108"/>
        <source>Start a new ratings database</source>
        <translation>Neue Bewertungsdatenbank anlegen</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="109"/>
        <source>Keep the damaged file aside, renamed, and start a new ratings database with every session and judgement that can still be read from it</source>
        <translation>Die beschädigte Datei umbenannt beiseitelegen und eine neue Bewertungsdatenbank mit allen Sitzungen und Urteilen anlegen, die sich noch aus ihr lesen lassen</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="118"/>
        <source>Statistics are hidden while a session is being judged: they would tell the rater which system is which. They come back when the session is finished, or when you stop judging (every judgement so far is saved).</source>
        <translation>Die Statistik ist ausgeblendet, solange eine Sitzung bewertet wird: Sie würde verraten, welches System welches ist. Sie erscheint wieder, wenn die Sitzung beendet ist oder die Bewertung beendet wird (alle bisherigen Urteile sind gespeichert).</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="123"/>
        <source>Stop judging</source>
        <translation>Bewertung beenden</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="134"/>
        <source>Judge</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="135"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="167"/>
        <location filename="../ui/rating/rating_window.cpp" line="248"/>
        <location filename="../ui/rating/rating_window.cpp" line="283"/>
        <source>Ratings are saved as you go in %1</source>
        <translation>Bewertungen werden laufend gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="169"/>
        <source>The ratings file used last, %1, is not there (moved, or on a drive not connected); these are the ratings in %2. Change… opens it again when it is back.</source>
        <translation>Die zuletzt benutzte Bewertungsdatei %1 ist nicht vorhanden (verschoben oder auf einem nicht verbundenen Laufwerk); hier stehen die Bewertungen aus %2. „Ändern…“ öffnet sie wieder, sobald sie zurück ist.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="205"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="213"/>
        <source>Keep the ratings in</source>
        <translation>Bewertungen führen in</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="213"/>
        <source>Ratings databases (*.sqlite)</source>
        <translation>Bewertungsdatenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="231"/>
        <source>The ratings stay in %1: %2</source>
        <translation>Die Bewertungen bleiben in %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="257"/>
        <source>A new ratings database could not be started: %1</source>
        <translation>Eine neue Bewertungsdatenbank konnte nicht angelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_window.cpp" line="263"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rating/rating_window.cpp" line="264"/>
        <source>%n judgement(s)</source>
        <translation>
            <numerusform>%n Urteil</numerusform>
            <numerusform>%n Urteile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="269"/>
        <source>What the damage hid came back from the copy kept on %1.</source>
        <translation>Was die Beschädigung verbarg, kam aus der am %1 angelegten Kopie zurück.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="273"/>
        <source>A new ratings database holds the %1 and %2 the damaged file still had. That file is kept as %3.</source>
        <translation>Eine neue Bewertungsdatenbank enthält die %1 und %2, die die beschädigte Datei noch hatte. Diese Datei bleibt als %3 erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="279"/>
        <source>A new ratings database holds the %1 and %2 that could still be read. Some of the damaged file could not be read, so judgements may be missing. That file is kept as %3.</source>
        <translation>Eine neue Bewertungsdatenbank enthält die %1 und %2, die sich noch lesen ließen. Teile der beschädigten Datei waren nicht lesbar, daher können Urteile fehlen. Diese Datei bleibt als %3 erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="332"/>
        <source>Hidden while a session is being judged (blind test)</source>
        <translation>Ausgeblendet, während eine Sitzung bewertet wird (Blindtest)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="355"/>
        <source>Statistics stay hidden until this session is finished or you stop judging.</source>
        <translation>Die Statistik bleibt ausgeblendet, bis diese Sitzung abgeschlossen ist oder Sie die Bewertung beenden.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="385"/>
        <source>The model is still loading; try again in a moment.</source>
        <translation>Das Modell wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="409"/>
        <source>Import rating sessions</source>
        <translation>Bewertungssitzungen importieren</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="410"/>
        <source>Rating exports (*.csv *.json);;All files (*)</source>
        <translation>Bewertungsexporte (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="415"/>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="420"/>
        <source>Export judgements as CSV</source>
        <translation>Urteile als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="421"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="425"/>
        <source>Exported every judgement to %1</source>
        <translation>Alle Urteile nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="430"/>
        <source>Select a session to export.</source>
        <translation>Wählen Sie eine Sitzung zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="431"/>
        <source>Export the session as JSON</source>
        <translation>Sitzung als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="432"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="436"/>
        <source>Exported the session, its randomisation and its judgements to %1</source>
        <translation>Sitzung, Randomisierung und Urteile nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="443"/>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <location filename="../ui/rating/rating_window.cpp" line="444"/>
        <source>Delete “%1” by %2 with its %3 judgement(s)? Export it first to keep a copy.</source>
        <translation>„%1“ von %2 mit %3 Urteil(en) löschen? Exportieren Sie die Sitzung vorher, um eine Kopie zu behalten.</translation>
    </message>
</context>
<context>
    <name>mars5::ui::rating::SessionListModel</name>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="39"/>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="46"/>
        <source>%1
seed %2 · loudness matched to %3 LUFS
created %4</source>
        <translation>%1
Seed %2 · Lautheit angeglichen auf %3 LUFS
angelegt %4</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="60"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="61"/>
        <source>Rater</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="62"/>
        <source>Judged</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="63"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/rating/session_list_model.cpp" line="64"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::CompareView</name>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="45"/>
        <source>Select two takes in the history and press Compare</source>
        <translation>Wählen Sie zwei Takes im Verlauf aus und klicken Sie auf „Vergleichen“</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="49"/>
        <location filename="../ui/takes/compare_view.cpp" line="86"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="50"/>
        <source>Play or stop the chosen take (Space)</source>
        <translation>Den gewählten Take abspielen oder stoppen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="51"/>
        <source>Switch A/B</source>
        <translation>A/B wechseln</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="52"/>
        <source>Hear the other take from the same moment (Tab)</source>
        <translation>Den anderen Take ab derselben Stelle hören (Tab)</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="53"/>
        <source>Log frequency</source>
        <translation>Log. Frequenz</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="55"/>
        <source>Same loudness</source>
        <translation>Gleiche Lautheit</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="56"/>
        <source>Hear both takes at the same integrated loudness (EBU R128): the louder one is lowered to the quieter one, so a setting is not judged by the level it happened to give. The plots show the takes as made</source>
        <translation>Beide Takes mit derselben integrierten Lautheit hören (EBU R128): Der lautere wird auf den leiseren abgesenkt, damit eine Einstellung nicht nach dem Pegel beurteilt wird, den sie zufällig ergab. Die Diagramme zeigen die Takes wie erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="86"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="88"/>
        <source>Settings that differ</source>
        <translation>Abweichende Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="90"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="90"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="90"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="185"/>
        <source>The two takes were made with identical settings.</source>
        <translation>Die beiden Takes wurden mit identischen Einstellungen erstellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/compare_view.cpp" line="186"/>
        <source>%n setting(s) differ:</source>
        <translation>
            <numerusform>%n Einstellung weicht ab:</numerusform>
            <numerusform>%n Einstellungen weichen ab:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="201"/>
        <source>One take is too short or too quiet to measure its loudness: both are heard as made.</source>
        <translation>Ein Take ist zu kurz oder zu leise, um seine Lautheit zu messen: Beide werden wie erzeugt gehört.</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="211"/>
        <source>Both are at %1 LUFS already.</source>
        <translation>Beide liegen bereits bei %1 LUFS.</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="213"/>
        <source>Both heard at %1 LUFS: %2 lowered by %3 dB.</source>
        <translation>Beide bei %1 LUFS gehört: %2 um %3 dB abgesenkt.</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="218"/>
        <source>Heard as made: A %1 LUFS, B %2 LUFS (%3 louder by %4 dB).</source>
        <translation>Wie erzeugt gehört: A %1 LUFS, B %2 LUFS (%3 um %4 dB lauter).</translation>
    </message>
    <message>
        <location filename="../ui/takes/compare_view.cpp" line="233"/>
        <source>seed %1, %2 s</source>
        <translation>Seed %1, %2 s</translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::HistoryPanel</name>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="61"/>
        <source>Search takes…</source>
        <translation>Takes durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="62"/>
        <source>Shows the takes whose name, note or text holds every word typed here (any case)</source>
        <translation>Zeigt die Takes, deren Name, Notiz oder Text jedes hier getippte Wort enthält (Groß- und Kleinschreibung egal)</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="65"/>
        <source>Show the takes made with one preset</source>
        <translation>Nur die mit einem Preset erstellten Takes anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="80"/>
        <source>Show starred takes only</source>
        <translation>Nur Takes mit Stern anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="81"/>
        <source>Show only the takes with a note</source>
        <translation>Nur Takes mit Notiz anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="118"/>
        <source>Show the text column</source>
        <translation>Textspalte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="129"/>
        <location filename="../ui/takes/history_panel.cpp" line="649"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="130"/>
        <source>Play the selected take (double-click a row)</source>
        <translation>Den ausgewählten Take abspielen (Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="131"/>
        <location filename="../ui/takes/history_panel.cpp" line="653"/>
        <source>Render again</source>
        <translation>Neu rendern</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="132"/>
        <source>Queue the take again with its stored text, reference, settings and seed: the same models on the same device give the identical take</source>
        <translation>Den Take erneut mit gespeichertem Text, Referenz, Einstellungen und Seed einreihen: Dieselben Modelle auf demselben Gerät ergeben einen identischen Take</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="134"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="135"/>
        <source>Bring the take&apos;s voice, text and settings (with its seed) back into the studio, to go on from it (Ctrl+U); or only one of them. Ctrl+Z right after takes it all back</source>
        <translation>Stimme, Text und Einstellungen des Takes (mit seinem Seed) zurück ins Studio holen, um davon auszugehen (Strg+U), oder nur eines davon. Strg+Z direkt danach nimmt alles zurück</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="138"/>
        <location filename="../ui/takes/history_panel.cpp" line="662"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="139"/>
        <source>Delete the selected takes (Del); Undo brings them back</source>
        <translation>Die ausgewählten Takes löschen (Entf); „Rückgängig“ holt sie zurück</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="140"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="142"/>
        <location filename="../ui/takes/history_panel.cpp" line="655"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="146"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="147"/>
        <source>Stop after the take being written; the takes written so far are kept</source>
        <translation>Nach dem Take, der gerade geschrieben wird, anhalten; die bis dahin geschriebenen Takes bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="150"/>
        <source>Export the selected takes: a WAV or FLAC file and a provenance .json each</source>
        <translation>Die ausgewählten Takes exportieren: je eine WAV- oder FLAC-Datei und eine Herkunfts-.json</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="151"/>
        <location filename="../ui/takes/history_panel.cpp" line="260"/>
        <location filename="../ui/takes/history_panel.cpp" line="654"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="152"/>
        <source>Compare the two selected takes: waveforms, spectrograms, A/B and the settings that differ</source>
        <translation>Die beiden ausgewählten Takes vergleichen: Wellenformen, Spektrogramme, A/B und die abweichenden Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="166"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="181"/>
        <source>A note on the selected take (what you hear, why you keep it): kept with the take, found by the search, shown in the list&apos;s tooltip and written into its exports</source>
        <translation>Eine Notiz zum ausgewählten Take (was Sie hören, warum Sie ihn behalten): wird mit dem Take gespeichert, von der Suche gefunden, im Tooltip der Liste gezeigt und in seine Exporte geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="189"/>
        <source>Start a new history</source>
        <translation>Neuen Verlauf beginnen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="190"/>
        <source>Keep the damaged file aside, renamed, and start a new takes history with every take that can still be read from it</source>
        <translation>Die beschädigte Datei umbenannt beiseitelegen und einen neuen Take-Verlauf mit allen Takes beginnen, die sich noch aus ihr lesen lassen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="195"/>
        <source>Add these takes to the history again, from the record each take&apos;s folder keeps</source>
        <translation>Diese Takes wieder in den Verlauf aufnehmen, aus dem Datensatz, den der Ordner jedes Takes enthält</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="198"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="199"/>
        <source>Stop offering these takes (more found later are offered again); File ▸ Restore Takes from Their Folders brings them back at any time</source>
        <translation>Diese Takes nicht mehr anbieten (später gefundene werden wieder angeboten); Datei ▸ Takes aus ihren Ordnern wiederherstellen holt sie jederzeit zurück</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="207"/>
        <source>How many takes the button beside makes</source>
        <translation>Wie viele Takes die Schaltfläche daneben erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="209"/>
        <source>Synthesize the current text N times with different seeds and lay the takes out side by side</source>
        <translation>Den aktuellen Text N-mal mit verschiedenen Seeds synthetisieren und die Takes nebeneinander anordnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="211"/>
        <source>Make %n take(s)</source>
        <translation>
            <numerusform>%n Take erzeugen</numerusform>
            <numerusform>%n Takes erzeugen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="258"/>
        <source>Inside the take</source>
        <translation>Innenansicht</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="262"/>
        <source>Variations</source>
        <translation>Variationen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="301"/>
        <source>Takes are not kept this session: %1</source>
        <translation>Takes werden in dieser Sitzung nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="332"/>
        <source>A new takes history could not be started: %1</source>
        <translation>Ein neuer Take-Verlauf konnte nicht begonnen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="341"/>
        <source>A new takes history holds the %n take(s) the damaged file still had.</source>
        <translation>
            <numerusform>Ein neuer Take-Verlauf enthält den %n Take, den die beschädigte Datei noch hatte.</numerusform>
            <numerusform>Ein neuer Take-Verlauf enthält die %n Takes, die die beschädigte Datei noch hatte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="342"/>
        <source>A new takes history holds %n take(s). Some of the damaged file could not be read.</source>
        <translation>
            <numerusform>Ein neuer Take-Verlauf enthält %n Take. Ein Teil der beschädigten Datei war nicht lesbar.</numerusform>
            <numerusform>Ein neuer Take-Verlauf enthält %n Takes. Ein Teil der beschädigten Datei war nicht lesbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="344"/>
        <source>%n take(s) came back from the records in their folders.</source>
        <translation>
            <numerusform>%n Take kam aus dem Datensatz in seinem Ordner zurück.</numerusform>
            <numerusform>%n Takes kamen aus den Datensätzen in ihren Ordnern zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="346"/>
        <source>%n take folder(s) in %1 have no record that reads and were left as they are: %2</source>
        <translation>
            <numerusform>%n Take-Ordner in %1 hat keinen lesbaren Datensatz und blieb unverändert: %2</numerusform>
            <numerusform>%n Take-Ordner in %1 haben keinen lesbaren Datensatz und blieben unverändert: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="350"/>
        <source>The damaged file is kept as %1.</source>
        <translation>Die beschädigte Datei bleibt als %1 erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="378"/>
        <source>%n take(s) made as the studio stopped were added to the history.</source>
        <translation>
            <numerusform>%n Take, entstanden, als das Studio beendet wurde, steht jetzt im Verlauf.</numerusform>
            <numerusform>%n Takes, entstanden, als das Studio beendet wurde, stehen jetzt im Verlauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="392"/>
        <source>%n take(s) in %1 are not in this history (its file was replaced or damaged after they were made). Their folders still hold them.</source>
        <translation>
            <numerusform>%n Take in %1 ist nicht in diesem Verlauf (dessen Datei wurde ersetzt oder beschädigt, nachdem er entstand). Sein Ordner enthält ihn noch.</numerusform>
            <numerusform>%n Takes in %1 sind nicht in diesem Verlauf (dessen Datei wurde ersetzt oder beschädigt, nachdem sie entstanden). Ihre Ordner enthalten sie noch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="397"/>
        <source>Restore %n take(s)</source>
        <translation>
            <numerusform>%n Take wiederherstellen</numerusform>
            <numerusform>%n Takes wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="406"/>
        <source>Those takes stay in their folders; File ▸ Restore Takes from Their Folders brings them back.</source>
        <translation>Diese Takes bleiben in ihren Ordnern; Datei ▸ Takes aus ihren Ordnern wiederherstellen holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="412"/>
        <source>Takes can only be restored into a history that is open: start a new history first.</source>
        <translation>Takes lassen sich nur in einen geöffneten Verlauf wiederherstellen: beginnen Sie zuerst einen neuen Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="417"/>
        <source>The takes could not be restored: %1</source>
        <translation>Die Takes konnten nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="424"/>
        <source>Every take in %1 is in the history.</source>
        <translation>Jeder Take in %1 ist im Verlauf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="426"/>
        <source>%n take(s) restored from their folders.</source>
        <translation>
            <numerusform>%n Take aus seinem Ordner wiederhergestellt.</numerusform>
            <numerusform>%n Takes aus ihren Ordnern wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="428"/>
        <source>%n folder(s) could not be restored and were left as they are: %1</source>
        <translation>
            <numerusform>%n Ordner konnte nicht wiederhergestellt werden und blieb unverändert: %1</numerusform>
            <numerusform>%n Ordner konnten nicht wiederhergestellt werden und blieben unverändert: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="463"/>
        <source>Every preset</source>
        <translation>Alle Presets</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="526"/>
        <source>Note removed.</source>
        <translation>Notiz entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="526"/>
        <source>Note kept.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="538"/>
        <source>Note on this take…</source>
        <translation>Notiz zu diesem Take…</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="538"/>
        <source>Select one take to write a note on it</source>
        <translation>Wählen Sie einen Take, um eine Notiz dazu zu schreiben</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="562"/>
        <source>%1 — seed %2, %3 AR tokens, made in %4 s</source>
        <translation>%1 — Seed %2, %3 AR-Token, erstellt in %4 s</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="569"/>
        <source>The codes of this take cannot be read: %1</source>
        <translation>Die Codes dieses Takes können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="584"/>
        <source>%n of these takes were dragged or copied out as files.</source>
        <translation>
            <numerusform>%n dieser Takes wurde als Datei herausgezogen oder kopiert.</numerusform>
            <numerusform>%n dieser Takes wurden als Dateien herausgezogen oder kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="585"/>
        <source>A program that uses such a file where it is (a DAW that does not copy media into its project) loses it when the take goes for good, at the next start; until then Undo brings the take back. Delete %n take(s)?</source>
        <translation>
            <numerusform>Ein Programm, das eine solche Datei dort verwendet, wo sie liegt (eine DAW, die Medien nicht in ihr Projekt kopiert), verliert sie, wenn der Take endgültig entfernt wird, beim nächsten Start; bis dahin holt „Rückgängig“ den Take zurück. %n Take löschen?</numerusform>
            <numerusform>Ein Programm, das eine solche Datei dort verwendet, wo sie liegt (eine DAW, die Medien nicht in ihr Projekt kopiert), verliert sie, wenn der Take endgültig entfernt wird, beim nächsten Start; bis dahin holt „Rückgängig“ den Take zurück. %n Takes löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="588"/>
        <source>Delete takes</source>
        <translation>Takes löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="593"/>
        <source>Deleted %n take(s). Undo brings them back.</source>
        <translation>
            <numerusform>%n Take gelöscht. „Rückgängig“ holt ihn zurück.</numerusform>
            <numerusform>%n Takes gelöscht. „Rückgängig“ holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="616"/>
        <source>Starred %n take(s).</source>
        <translation>
            <numerusform>%n Take mit Stern markiert.</numerusform>
            <numerusform>%n Takes mit Stern markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="617"/>
        <source>Took the star off %n take(s).</source>
        <translation>
            <numerusform>Stern von %n Take entfernt.</numerusform>
            <numerusform>Stern von %n Takes entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="624"/>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="636"/>
        <source>Voice, text and settings</source>
        <translation>Stimme, Text und Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="637"/>
        <source>Everything the take was made from, its seed fixed: Synthesize makes it again, and a change is heard against it</source>
        <translation>Alles, woraus der Take entstand, mit festem Seed: „Synthetisieren“ erzeugt ihn erneut, und jede Änderung ist im Vergleich zu ihm zu hören</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="639"/>
        <source>Voice only (the clip and its transcript)</source>
        <translation>Nur die Stimme (Clip und Transkript)</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="639"/>
        <source>Speak another text in the take&apos;s voice</source>
        <translation>Einen anderen Text mit der Stimme des Takes sprechen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="640"/>
        <source>Text only</source>
        <translation>Nur den Text</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="640"/>
        <source>Say the take&apos;s text in another voice</source>
        <translation>Den Text des Takes mit einer anderen Stimme sprechen</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="641"/>
        <source>Settings only (with its seed)</source>
        <translation>Nur die Einstellungen (mit Seed)</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="641"/>
        <source>The take&apos;s settings and seed, for another voice or text</source>
        <translation>Einstellungen und Seed des Takes, für eine andere Stimme oder einen anderen Text</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="651"/>
        <source>Use in the studio</source>
        <translation>Im Studio verwenden</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="657"/>
        <source>Copy as Files (%1)</source>
        <translation>Als Dateien kopieren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="669"/>
        <source>Select one take to use it in the studio.</source>
        <translation>Wählen Sie einen Take aus, um ihn im Studio zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="686"/>
        <source>The take&apos;s audio cannot be read: %1</source>
        <translation>Das Audio des Takes kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="708"/>
        <source>An export is still running: wait for it, or stop it, first.</source>
        <translation>Ein Export läuft noch: Warten Sie auf ihn oder halten Sie ihn zuerst an.</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="715"/>
        <source>No take is selected.</source>
        <translation>Kein Take ist ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="744"/>
        <source>%1 of %n take(s) exported</source>
        <translation>
            <numerusform>%1 von %n Take exportiert</numerusform>
            <numerusform>%1 von %n Takes exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="748"/>
        <source>Exporting %n take(s) to %1…</source>
        <translation>
            <numerusform>%n Take wird nach %1 exportiert…</numerusform>
            <numerusform>%n Takes werden nach %1 exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="758"/>
        <source>Export stopped: %1 of %n take(s) written to %2, each complete with its .json; the rest were not written.</source>
        <translation>
            <numerusform>Export angehalten: %1 von %n Take nach %2 geschrieben, jeder vollständig mit seiner .json; der Rest wurde nicht geschrieben.</numerusform>
            <numerusform>Export angehalten: %1 von %n Takes nach %2 geschrieben, jeder vollständig mit seiner .json; der Rest wurde nicht geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="763"/>
        <source>Exported %n take(s) to %1.</source>
        <translation>
            <numerusform>%n Take nach %1 exportiert.</numerusform>
            <numerusform>%n Takes nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="766"/>
        <source>%n of them clip in %1 (clipped_samples in their .json).</source>
        <translation>
            <numerusform>%n davon wird in %1 abgeschnitten (clipped_samples in seiner .json).</numerusform>
            <numerusform>%n davon werden in %1 abgeschnitten (clipped_samples in ihrer .json).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="785"/>
        <source>A take&apos;s audio cannot be read: %1</source>
        <translation>Das Audio eines Takes kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="820"/>
        <source>%n of these takes have no file yet (%1 of audio), and a drag or a copy makes at most %2 files, %3 of audio, at a time: use Export… for them all (it writes them aside), or take fewer.</source>
        <translation>
            <numerusform>%n dieser Takes hat noch keine Datei (%1 Audio), und ein Ziehen oder Kopieren legt höchstens %2 Dateien, %3 Audio, auf einmal an: Verwenden Sie „Exportieren…“ für alle (es schreibt sie nebenher), oder nehmen Sie weniger.</numerusform>
            <numerusform>%n dieser Takes haben noch keine Datei (%1 Audio), und ein Ziehen oder Kopieren legt höchstens %2 Dateien, %3 Audio, auf einmal an: Verwenden Sie „Exportieren…“ für alle (es schreibt sie nebenher), oder nehmen Sie weniger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="834"/>
        <source>%n take(s) could not be made into files: %1</source>
        <translation>
            <numerusform>%n Take ließ sich nicht als Datei anlegen: %1</numerusform>
            <numerusform>%n Takes ließen sich nicht als Dateien anlegen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="843"/>
        <source>Select the takes to copy.</source>
        <translation>Wählen Sie die Takes, die kopiert werden sollen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="855"/>
        <source>Copied %n take(s) as files (%1): paste them into a folder or another program.</source>
        <translation>
            <numerusform>%n Take als Datei kopiert (%1): Fügen Sie sie in einen Ordner oder ein anderes Programm ein.</numerusform>
            <numerusform>%n Takes als Dateien kopiert (%1): Fügen Sie sie in einen Ordner oder ein anderes Programm ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/history_panel.cpp" line="870"/>
        <source>The list of %n take(s) is in %1.</source>
        <translation>
            <numerusform>Die Liste mit %n Take steht in %1.</numerusform>
            <numerusform>Die Liste mit %n Takes steht in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="878"/>
        <source>Export the take list</source>
        <translation>Take-Liste exportieren</translation>
    </message>
    <message>
        <location filename="../ui/takes/history_panel.cpp" line="878"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::SpectrogramView</name>
    <message>
        <location filename="../ui/takes/spectrogram.cpp" line="106"/>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <location filename="../ui/takes/spectrogram.cpp" line="107"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::TakeHistoryModel</name>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="83"/>
        <location filename="../ui/takes/take_history_model.cpp" line="95"/>
        <source>(custom)</source>
        <translation>(eigenes)</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="94"/>
        <source>%1

“%2”
Preset: %3 · seed %4 · %5 · %6 AR tokens · %7</source>
        <translation>%1

„%2“
Preset: %3 · Seed %4 · %5 · %6 AR-Token · %7</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="97"/>
        <source>deep clone</source>
        <translation>Deep Clone</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="97"/>
        <source>shallow clone</source>
        <translation>Shallow Clone</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="99"/>
        <source>stopped early</source>
        <translation>vorzeitig gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="99"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="103"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="124"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="125"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="126"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="127"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="128"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_history_model.cpp" line="129"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::TakeInternalsView</name>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="42"/>
        <source>frame (75 per second)</source>
        <translation>Frame (75 pro Sekunde)</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="43"/>
        <source>codebook</source>
        <translation>Codebook</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="70"/>
        <source>AR L0</source>
        <translation>AR L0</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="79"/>
        <source>Scrub through the NAR diffusion: left is the first kept step (mostly noise), right the final codes</source>
        <translation>Durch die NAR-Diffusion scrollen: links der erste gespeicherte Schritt (überwiegend Rauschen), rechts die endgültigen Codes</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="84"/>
        <source>Play coarse (L0 only)</source>
        <translation>Grob abspielen (nur L0)</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="85"/>
        <source>Vocode the AR&apos;s codebook-0 codes alone: what the NAR starts from</source>
        <translation>Nur die Codebook-0-Codes des AR durch den Vocoder schicken: der Ausgangspunkt des NAR</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="89"/>
        <source>first </source>
        <translation>erste </translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="90"/>
        <source> codebooks</source>
        <translation> Codebooks</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="91"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="92"/>
        <source>Vocode only the first k codebooks of the final codes</source>
        <translation>Nur die ersten k Codebooks der endgültigen Codes durch den Vocoder schicken</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="98"/>
        <source>Diffusion step:</source>
        <translation>Diffusionsschritt:</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="129"/>
        <source>Choose a take in the history to see its codes.</source>
        <translation>Wählen Sie einen Take im Verlauf, um seine Codes zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="152"/>
        <source>, the first %1 frames are the reference (deep clone)</source>
        <translation>, die ersten %1 Frames sind die Referenz (Deep Clone)</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="46"/>
        <source>L0 (AR)</source>
        <translation>L0 (AR)</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="254"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="234"/>
        <source>final codes</source>
        <translation>endgültige Codes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/take_internals_view.cpp" line="145"/>
        <source>spoken in %n pieces, their codes one after another</source>
        <translation>
            <numerusform>gesprochen in %n Stück, seine Codes hintereinander</numerusform>
            <numerusform>gesprochen in %n Stücken, ihre Codes hintereinander</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="146"/>
        <source>%1 diffusion snapshots kept</source>
        <translation>%1 Diffusions-Snapshots gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="147"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 codebooks × %3 frames (%4 s)%5; %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 Codebooks × %3 Frames (%4 s)%5; %6</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="234"/>
        <source>final codes (no snapshots kept)</source>
        <translation>endgültige Codes (keine Snapshots gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="236"/>
        <source>step %1 of %2 (t = %3): %4% of codes differ from the final</source>
        <translation>Schritt %1 von %2 (t = %3): %4 % der Codes weichen vom Endergebnis ab</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="257"/>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="262"/>
        <source>piece %1</source>
        <translation>Stück %1</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="285"/>
        <source>coarse (L0 only)</source>
        <translation>grob (nur L0)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takes/take_internals_view.cpp" line="289"/>
        <source>the first %n codebook(s)</source>
        <translation>
            <numerusform>nur %n Codebook</numerusform>
            <numerusform>die ersten %n Codebooks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="296"/>
        <source>Vocoding %1…</source>
        <translation>Vocoder läuft: %1…</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="309"/>
        <source>Could not vocode %1: %2</source>
        <translation>Vocoder fehlgeschlagen für %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="316"/>
        <source>Playing %1 (%2 s)</source>
        <translation>Wiedergabe: %1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_internals_view.cpp" line="317"/>
        <source>%1 is ready, but cannot play: %2</source>
        <translation>%1 bereit, aber Wiedergabe nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::TakeReuse</name>
    <message>
        <location filename="../ui/takes/take_reuse.cpp" line="25"/>
        <source>the voice of take %1</source>
        <translation>die Stimme von Take %1</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_reuse.cpp" line="38"/>
        <source>The reference clip of take %1 is gone (%2), so its voice cannot be brought back. Its text and settings still can.</source>
        <translation>Der Referenzclip von Take %1 ist nicht mehr vorhanden (%2), daher kann seine Stimme nicht zurückgeholt werden. Text und Einstellungen lassen sich weiterhin übernehmen.</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_reuse.cpp" line="49"/>
        <source>voice of take %1</source>
        <translation>Stimme von Take %1</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_reuse.cpp" line="51"/>
        <source>its voice</source>
        <translation>seine Stimme</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_reuse.cpp" line="55"/>
        <source>its text</source>
        <translation>sein Text</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_reuse.cpp" line="61"/>
        <source>settings of take %1</source>
        <translation>Einstellungen von Take %1</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_reuse.cpp" line="62"/>
        <source>its settings with its seed %1 fixed</source>
        <translation>seine Einstellungen mit festem Seed %1</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_reuse.cpp" line="66"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../ui/takes/take_reuse.cpp" line="68"/>
        <source>Take %1 is in the studio: %2. Ctrl+Z puts back what was there.</source>
        <translation>Take %1 ist im Studio: %2. Strg+Z stellt das Vorherige wieder her.</translation>
    </message>
</context>
<context>
    <name>mars5::ui::takes::VariationsView</name>
    <message>
        <location filename="../ui/takes/variations_view.cpp" line="29"/>
        <source>Same loudness</source>
        <translation>Gleiche Lautheit</translation>
    </message>
    <message>
        <location filename="../ui/takes/variations_view.cpp" line="30"/>
        <source>Play each take at the quietest one&apos;s integrated loudness (EBU R128), so the seed that happened to come out louder does not sound better for it. The plots show the takes as made</source>
        <translation>Jede Aufnahme in der integrierten Lautheit der leisesten abspielen (EBU R128), damit der Seed, der zufällig lauter geraten ist, nicht deshalb besser klingt. Die Diagramme zeigen die Aufnahmen, wie sie erzeugt wurden</translation>
    </message>
    <message>
        <location filename="../ui/takes/variations_view.cpp" line="63"/>
        <source>&lt;b&gt;N takes&lt;/b&gt; makes several takes of the same text with different seeds and lays them out here to pick from.</source>
        <translation>&lt;b&gt;N Takes&lt;/b&gt; erzeugt mehrere Takes desselben Textes mit verschiedenen Seeds und zeigt sie hier zur Auswahl an.</translation>
    </message>
    <message>
        <location filename="../ui/takes/variations_view.cpp" line="67"/>
        <source>&lt;b&gt;%1 of %2 takes&lt;/b&gt; of “%3” — star the ones to keep.</source>
        <translation>&lt;b&gt;%1 von %2 Takes&lt;/b&gt; von „%3“ — markieren Sie die zu behaltenden mit einem Stern.</translation>
    </message>
    <message>
        <location filename="../ui/takes/variations_view.cpp" line="82"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · seed %2 · %3 s</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Seed %2 · %3 s</translation>
    </message>
    <message>
        <location filename="../ui/takes/variations_view.cpp" line="86"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/takes/variations_view.cpp" line="152"/>
        <source>★ Kept</source>
        <translation>★ Behalten</translation>
    </message>
    <message>
        <location filename="../ui/takes/variations_view.cpp" line="152"/>
        <source>☆ Keep</source>
        <translation>☆ Behalten</translation>
    </message>
</context>
</TS>
