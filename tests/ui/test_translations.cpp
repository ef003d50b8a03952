// The translations the studio installs: proper English plurals ("1 take", "3 takes") under
// English and under any language without a file of its own, German where German exists,
// and .ts files with nothing left unfinished (an unfinished English plural would show the
// source's "take(s)"), core's warnings and the errors a user meets in the user's language, and a
// studio window that fits 1280 pixels in every language.
#include "main_window.h"
#include "panels/audio_panel.h"
#include "rating/rating_store.h"
#include "rating/rating_window.h"
#include "studio/text_panel.h"
#include "util/app_translations.h"
#include "util/model_role_name.h"
#include "util/notice_text.h"
#include "util/setting_labels.h"

#include "mars5/audio.h"
#include "mars5/model_files.h"
#include "mars5/script_text.h"
#include "squeezed_widgets.h"
#include "temp_files.h"

#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLibraryInfo>
#include <QtTest>

#include <memory>

using mars5::ui::installAppTranslations;

namespace {

const QString kQmDir = QStringLiteral(MARS5_STUDIO_QM_DIR);
const QString kTsDir = QStringLiteral(MARS5_TRANSLATIONS_DIR);

QString settingsDiffer(int n) {
    return QCoreApplication::translate("mars5::ui::takes::CompareView", "%n setting(s) differ:", nullptr, n);
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
    // Owns the translators of one case; deleting it uninstalls them.
    std::unique_ptr<QObject> m_owner;

    QStringList install(const QLocale& locale) {
        m_owner = std::make_unique<QObject>();
        return installAppTranslations(m_owner.get(), locale, kQmDir);
    }

private slots:
    void cleanup() { m_owner.reset(); }

    void withoutTranslationsTheSourceTextShows() {
        QCOMPARE(settingsDiffer(2), QStringLiteral("2 setting(s) differ:"));
    }

    void englishHasProperPlurals() {
        const QStringList files = install(QLocale(QLocale::English, QLocale::UnitedStates));
        // Qt's own qtbase_en.qm comes too where qt6-translations-l10n is installed.
        const QStringList ours = files.filter(QStringLiteral("mars5_studio_"));
        QVERIFY2(ours.size() == 1 && ours.first().endsWith(QStringLiteral("mars5_studio_en.qm")), qPrintable(files.join(", ")));
        QCOMPARE(settingsDiffer(1), QStringLiteral("1 setting differs:"));
        QCOMPARE(settingsDiffer(4), QStringLiteral("4 settings differ:"));
        QCOMPARE(QCoreApplication::translate("mars5::ui::takes::HistoryPanel", "Deleted %n take(s). Undo brings them back.", nullptr, 1),
                 QStringLiteral("Deleted 1 take. Undo brings it back."));
        // The end of a script's batch: "2 of 3 queued takes made, 1 failed".
        const auto batch = [](const char* text, int n) { return QCoreApplication::translate("mars5::ui::SynthesisPanel", text, nullptr, n); };
        QCOMPARE(batch("%1 of %n queued take(s) made", 3).arg(2) + batch(", %n failed", 1),
                 QStringLiteral("2 of 3 queued takes made, 1 failed"));

        // As a user sees it: the line under the text editors.
        mars5::ui::TextPanel panel;
        panel.setTargetText(QStringLiteral("A"));
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("1 character ·")), qPrintable(panel.statusText()));
        panel.setTargetText(QStringLiteral("Hello there"));
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("11 characters ·")), qPrintable(panel.statusText()));
    }

    void germanWinsWhereItExists() {
        const QStringList files = install(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(files.filter(QStringLiteral("mars5_studio_de.qm")).size() == 1, qPrintable(files.join(", ")));
        QCOMPARE(settingsDiffer(1), QStringLiteral("1 Einstellung weicht ab:"));
        QCOMPARE(settingsDiffer(3), QStringLiteral("3 Einstellungen weichen ab:"));
        // Core's help texts, the settings' tooltips: every one has its German (lupdate reads
        // core's setting table), and the CLI's English stays the source.
        for (const mars5::InferenceConfigField& field : mars5::inferenceConfigFields())
            QVERIFY2(mars5::ui::settingHelp(field) != QString::fromUtf8(field.help), field.name);
        QCOMPARE(mars5::ui::settingHelp(*mars5::findInferenceConfigField("nar_guidance_w")),
                 QStringLiteral("Gewicht der Classifier-free Guidance"));
        // Qt's own strings (Cancel, Yes, the file dialogs) in German too, where Qt's translations
        // are installed (scripts/setup.sh installs qt6-translations-l10n).
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (QFile::exists(qtbase)) {
            QVERIFY2(files.contains(qtbase), qPrintable(files.join(", ")));
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        }
    }

    void coreWarningsInTheUsersLanguage() {
        // A truncated WAV, as the audio panel opens it: core's warning in English for the CLI,
        // in German with German numbers in the studio.
        QTemporaryDir dir;
        const std::string full = dir.filePath(QStringLiteral("full.wav")).toStdString();
        QVERIFY(mars5::writeAudioFile(full, mars5::AudioBuffer{std::vector<float>(48000, 0.25f), 24000, {}}).ok());
        QFile file(QString::fromStdString(full));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QFile cut(dir.filePath(QStringLiteral("cut.wav")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        const auto read = mars5::readAudioMono(cut.fileName().toStdString());
        QVERIFY(read.ok());
        QCOMPARE(read->warnings.size(), std::size_t{1});
        const mars5::Notice& truncated = read->warnings.front();
        QCOMPARE(QString::fromStdString(truncated.text()),
                 QStringLiteral("the file is truncated: its header announces 2.0 s but only 1.0 s could be read"));
        QCOMPARE(mars5::ui::noticeText(truncated, QLocale(QLocale::English)), QString::fromStdString(truncated.text()));

        install(QLocale(QLocale::German, QLocale::Germany));
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(mars5::ui::noticeText(truncated, german),
                 QStringLiteral("die Datei ist abgeschnitten: ihr Dateikopf kündigt 2,0 s an, lesbar waren nur 1,0 s"));
        // A pattern with no translation shows in English, numbers still the locale's; a value
        // is put in once, never read for places of its own.
        const mars5::Notice unknown{"no translation for %1 (%2, %3%)",
                                    {mars5::NoticeValue::words("x%2"), mars5::NoticeValue::real(1.5, 1),
                                     mars5::NoticeValue::integer(12345)}};
        QCOMPARE(mars5::ui::noticeText(unknown, german), QStringLiteral("no translation for x%2 (1,5, 12.345%)"));
        QCOMPARE(QString::fromStdString(unknown.text()), QStringLiteral("no translation for x%2 (1.5, 12345%)"));
        // A long text's piece names the piece before its own words, both in German.
        mars5::Notice inPiece = truncated;
        inPiece.piece = 2;
        inPiece.pieces = 12;
        QCOMPARE(QString::fromStdString(inPiece.text()),
                 QStringLiteral("piece 2 of 12: the file is truncated: its header announces 2.0 s but only 1.0 s could be read"));
        QCOMPARE(mars5::ui::noticeText(inPiece, german),
                 QStringLiteral("Stück 2 von 12: die Datei ist abgeschnitten: ihr Dateikopf kündigt 2,0 s an, lesbar waren nur 1,0 s"));
        // Places with no value, %0 and a lone % stay as written.
        QCOMPARE(mars5::fillNoticePattern("%0 %1 %2 100 % %", {"a"}), std::string("%0 a %2 100 % %"));
    }

    void coreErrorsInTheUsersLanguage() {
        // The errors a user meets in normal use carry their notice: English, as before, for the
        // CLI; German, with German numbers, in the studio.
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nope.wav"));
        const auto notThere = mars5::readAudioMono(missing.toStdString());
        QVERIFY(!notThere.ok());
        QCOMPARE(notThere.error().kind, mars5::ErrorKind::Io);
        QCOMPARE(QString::fromStdString(notThere.error().message),
                 missing + QStringLiteral(": cannot open the file (missing or no permission)"));
        QCOMPARE(notThere.error().notice.text(), notThere.error().message);
        QCOMPARE(mars5::ui::errorText(notThere), QString::fromStdString(notThere.error().message));

        const std::string longWav = dir.filePath(QStringLiteral("long.wav")).toStdString();
        QVERIFY(mars5::writeAudioFile(longWav, mars5::AudioBuffer{std::vector<float>(36000, 0.25f), 24000, {}}).ok());
        mars5::AudioReadOptions shortLimit;
        shortLimit.maxSeconds = 1.0;
        const auto tooLong = mars5::readAudioMono(longWav, shortLimit);
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().message,
                 longWav + ": 1.5 s of audio is longer than the 1.0 s this accepts; cut the part you need first");

        const auto folder = mars5::validateModelFile(dir.path().toStdString(), mars5::ModelRole::Mars5Ar);
        QVERIFY(!folder.ok());
        QVERIFY2(!folder.error().notice.pattern.empty(), folder.error().message.c_str());

        // A script of lines that is not text, as the text panel opens it.
        const QString binary = dir.filePath(QStringLiteral("script.txt"));
        QFile script(binary);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QByteArray("line one\0line two", 17));
        script.close();
        const auto notText = mars5::readScriptText(binary.toStdString());
        QVERIFY(!notText.ok());

        // Model files chosen for the wrong slot, the commonest slip in Set up model: said as such,
        // not as a list of missing tensors.
        const std::string fixtures = MARS5_TEST_FIXTURES;
        const auto swapped = mars5::validateModelFile(fixtures + "/mars5/mars5_tiny_nar.safetensors", mars5::ModelRole::Mars5Ar);
        QVERIFY(!swapped.ok());
        QCOMPARE(swapped.error().message, fixtures + "/mars5/mars5_tiny_nar.safetensors: this is a MARS5 NAR (ResidualTransformer) "
                                                     "checkpoint, not a MARS5 AR (CodecLM) (AR and NAR files swapped?)");
        const auto vocosAsAr = mars5::validateModelFile(fixtures + "/codec/vocos_tiny_pytorch_model.bin", mars5::ModelRole::Mars5Ar);
        QVERIFY(!vocosAsAr.ok());
        QCOMPARE(vocosAsAr.error().message, fixtures + "/codec/vocos_tiny_pytorch_model.bin: holds Vocos weights where "
                                                       "MARS5 AR (CodecLM) weights are needed");
        const auto arAsVocos = mars5::validateModelFile(fixtures + "/mars5/mars5_tiny_ar.safetensors", mars5::ModelRole::VocosWeights);
        QVERIFY(!arAsVocos.ok());
        QCOMPARE(arAsVocos.error().message, fixtures + "/mars5/mars5_tiny_ar.safetensors: holds MARS5 AR weights where Vocos "
                                                       "weights are needed");
        const auto vocosAsEncodec = mars5::validateModelFile(fixtures + "/codec/vocos_tiny_pytorch_model.bin", mars5::ModelRole::Encodec);
        QVERIFY(!vocosAsEncodec.ok());
        QVERIFY(!vocosAsEncodec.error().notice.pattern.empty());
        // A codec file saved by a PyTorch before 1.6 (a bare pickle, no zip), given for either slot
        // that takes PyTorch files: one notice from both readers.
        const std::string legacy = mars5::test::writeBytes(dir.filePath(QStringLiteral("encodec_old.th")),
                                                           QByteArray("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20", 10));
        const auto legacyEncodec = mars5::validateModelFile(legacy, mars5::ModelRole::Encodec);
        const auto legacyAr = mars5::validateModelFile(legacy, mars5::ModelRole::Mars5Ar);
        for (const auto* r : {&legacyEncodec, &legacyAr}) {
            QVERIFY(!r->ok());
            QCOMPARE(r->error().kind, mars5::ErrorKind::Unsupported);
            QCOMPARE(r->error().message, legacy + ": a pre-1.6 PyTorch checkpoint (the old format, not a zip archive), which "
                                                  "this program does not read; re-save it with a recent PyTorch "
                                                  "(torch.save) or convert it to safetensors");
        }

        // A rating export with a slip, as File ▸ Import in the rating window reads it. Line numbers
        // stay as an editor shows them: no thousands separator.
        const QString ratings = dir.filePath(QStringLiteral("ratings.csv"));
        QFile csv(ratings);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QByteArray rows("item,left_id,right_id,choice\n");
        for (int i = 0; i < 1200; ++i) rows += "u" + QByteArray::number(i) + ",ours,ref,A\n";
        rows += "u1200,ours,ref,maybe\n";
        csv.write(rows);
        csv.close();
        mars5::ui::rating::RatingStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("ratings.sqlite"))).ok());
        const auto badChoice = store.importFile(ratings);
        QVERIFY(!badChoice.ok());
        QCOMPARE(mars5::ui::errorText(badChoice), QStringLiteral("ratings.csv line 1202: choice 'maybe' is not A, B or tie"));

        // Deeper diagnostics have no notice and show as core wrote them, in any language.
        const mars5::Error plain{mars5::ErrorKind::Format, "tensor 'x' has shape [2] where [3] was expected"};

        install(QLocale(QLocale::German, QLocale::Germany));
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(mars5::ui::errorText(notThere.error(), german),
                 missing + QStringLiteral(": die Datei lässt sich nicht öffnen (sie fehlt, oder die Berechtigung fehlt)"));
        QCOMPARE(mars5::ui::errorText(tooLong.error(), german),
                 QString::fromStdString(longWav) + QStringLiteral(": 1,5 s Audio sind länger als die hier erlaubten 1,0 s; "
                                                                  "schneiden Sie zuerst den benötigten Teil heraus"));
        QCOMPARE(mars5::ui::errorText(folder.error(), german),
                 dir.path() + QStringLiteral(": ist ein Ordner, keine Checkpoint-Datei"));
        QCOMPARE(mars5::ui::errorText(plain, german), QString::fromStdString(plain.message));
        QCOMPARE(mars5::ui::errorText(notText.error(), german), binary + QStringLiteral(": keine Textdatei (sie enthält NUL-Bytes)"));
        QCOMPARE(mars5::ui::errorText(badChoice.error(), german),
                 QStringLiteral("ratings.csv Zeile 1202: Die Wahl „maybe“ ist weder A noch B noch tie (unentschieden)"));
        QCOMPARE(mars5::ui::errorText(swapped.error(), german),
                 QString::fromStdString(fixtures) + QStringLiteral("/mars5/mars5_tiny_nar.safetensors: das ist ein Checkpoint für "
                                                                   "MARS5 NAR (ResidualTransformer), nicht für MARS5 AR (CodecLM) "
                                                                   "(AR- und NAR-Datei vertauscht?)"));
        QCOMPARE(mars5::ui::errorText(arAsVocos.error(), german),
                 QString::fromStdString(fixtures) + QStringLiteral("/mars5/mars5_tiny_ar.safetensors: enthält Gewichte für MARS5 "
                                                                   "AR, gebraucht werden hier Gewichte für Vocos"));
        QCOMPARE(mars5::ui::errorText(vocosAsEncodec.error(), german),
                 QString::fromStdString(fixtures) + QStringLiteral("/codec/vocos_tiny_pytorch_model.bin: das ist eine "
                                                                   "Vocos-Vocoder-Datei, kein Encodec-Checkpoint"));
        for (const auto* r : {&legacyEncodec, &legacyAr})
            QCOMPARE(mars5::ui::errorText(r->error(), german),
                     QString::fromStdString(legacy) + QStringLiteral(": ein Checkpoint aus PyTorch vor 1.6 (das alte Format, "
                                                                     "kein ZIP-Archiv), den dieses Programm nicht liest; "
                                                                     "speichern Sie ihn mit einem aktuellen PyTorch neu "
                                                                     "(torch.save) oder wandeln Sie ihn in safetensors um"));
        // The file roles the model dialogs list, which core names in English for the CLI.
        QCOMPARE(mars5::ui::modelRoleName(mars5::ModelRole::VocosWeights), QStringLiteral("Vocos-Gewichte"));

        // As a user sees it: the reference panel, opening a file that is not there.
        mars5::ui::AudioPanel panel;
        QVERIFY(!panel.loadFile(missing));
        QCOMPARE(panel.messageText(), QStringLiteral("nope.wav konnte nicht geöffnet werden: die Datei lässt sich nicht "
                                                     "öffnen (sie fehlt, oder die Berechtigung fehlt)"));
    }

    void aLanguageWithoutAFileGetsEnglishPlurals() {
        const QStringList files = install(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(files.filter(QStringLiteral("mars5_studio_")).size(), 1);
        QCOMPARE(settingsDiffer(1), QStringLiteral("1 setting differs:"));
    }

    void missingFilesAreSkipped() {
        m_owner = std::make_unique<QObject>();
        const QStringList files = installAppTranslations(m_owner.get(), QLocale(QLocale::German), QStringLiteral("/no/such/folder"));
        QVERIFY(files.filter(QStringLiteral("mars5_studio_")).isEmpty());
        QCOMPARE(settingsDiffer(2), QStringLiteral("2 setting(s) differ:"));
    }

    void everyLanguageFitsA1280PixelWindow_data() {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en_US");
        QTest::newRow("de") << QStringLiteral("de_DE");
    }
    void everyLanguageFitsA1280PixelWindow() {
        // German words are longer: "Rückgängig" and "Wiederholen" on the reference's editing row
        // once made the studio 1343 pixels wide at the least, wider than the screens it promises.
        QFETCH(QString, locale);
        QStandardPaths::setTestModeEnabled(true);  // a private QSettings location
        QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("mars5-studio-test"));
        install(QLocale(locale));
        QLocale::setDefault(QLocale(locale));
        {
            mars5::ui::MainWindow window(mars5::ui::MainWindow::SavedLayout::Ignore);
            window.resize(1280, 720);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY2(window.minimumSizeHint().width() <= 1280 && window.minimumSizeHint().height() <= 720,
                     qPrintable(QStringLiteral("%1: the window needs at least %2 x %3")
                                    .arg(locale)
                                    .arg(window.minimumSizeHint().width())
                                    .arg(window.minimumSizeHint().height())));
            QCOMPARE(window.width(), 1280);
            // Longer words wrap onto more lines: each still gets its height from the splitters,
            // none from the widgets beside it.
            QTest::qWait(100);  // the wrapping labels' second layout pass
            const QStringList squeezed = mars5::test::squeezedWidgets(&window);
            QVERIFY2(squeezed.isEmpty(), qPrintable(locale + QStringLiteral(": ") + squeezed.join(QStringLiteral("; "))));
        }
        {
            // The rating window too, on each of its pages: judging, the session list, statistics.
            QTemporaryDir dir;
            mars5::ui::rating::RatingWindow window(dir.filePath(QStringLiteral("ratings.sqlite")),
                                                   mars5::ui::rating::AbPlayer::Output::Silent);
            window.resize(1280, 720);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QSize least = window.minimumSizeHint();
            QVERIFY2(least.width() <= 1280 && least.height() <= 720,
                     qPrintable(QStringLiteral("%1: the rating window needs at least %2 x %3")
                                    .arg(locale)
                                    .arg(least.width())
                                    .arg(least.height())));
            QTest::qWait(100);
            const QStringList squeezed = mars5::test::squeezedWidgets(&window);
            QVERIFY2(squeezed.isEmpty(), qPrintable(locale + QStringLiteral(": ") + squeezed.join(QStringLiteral("; "))));
        }
        QLocale::setDefault(QLocale::c());
    }

    void eachMenusKeysAreItsOwn_data() { everyLanguageFitsA1280PixelWindow_data(); }
    void eachMenusKeysAreItsOwn() {
        // Alt+letter picks one item of an open menu: two items with one letter need a second
        // press, which nobody expects (German had "Take-&Verlauf" and "Take im Studio &verwenden").
        QFETCH(QString, locale);
        QStandardPaths::setTestModeEnabled(true);
        install(QLocale(locale));
        mars5::ui::MainWindow window(mars5::ui::MainWindow::SavedLayout::Ignore);
        QStringList clashes;
        const auto checkKeys = [&](const QString& where, const QList<QAction*>& actions) {
            QHash<QString, QString> seen;
            for (QAction* a : actions) {
                const QString key = QKeySequence::mnemonic(a->text()).toString().toLower();
                if (key.isEmpty() || a->isSeparator()) continue;
                if (seen.contains(key)) clashes << QStringLiteral("%1: %2 in “%3” and “%4”").arg(where, key, seen[key], a->text());
                seen.insert(key, a->text());
            }
        };
        QTemporaryDir dir;
        mars5::ui::rating::RatingWindow rating(dir.filePath(QStringLiteral("ratings.sqlite")), mars5::ui::rating::AbPlayer::Output::Silent);
        for (QMainWindow* w : {static_cast<QMainWindow*>(&window), static_cast<QMainWindow*>(&rating)}) {
            checkKeys(w->objectName() + QStringLiteral(" menu bar"), w->menuBar()->actions());
            for (QAction* m : w->menuBar()->actions())
                if (m->menu()) checkKeys(m->text(), m->menu()->actions());
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(locale + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
    }

    void noTranslationIsLeftUnfinished_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral("mars5_studio_de.ts");
        QTest::newRow("en") << QStringLiteral("mars5_studio_en.ts");
    }
    void noTranslationIsLeftUnfinished() {
        QFETCH(QString, file);
        QFile ts(kTsDir + QLatin1Char('/') + file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        const QString text = QString::fromUtf8(ts.readAll());
        QVERIFY(text.contains(QStringLiteral("<message")));
        QCOMPARE(text.count(QStringLiteral("type=\"unfinished\"")), 0);
        // Nor dropped: a lupdate run without the sources marks everything "vanished", and
        // lrelease then compiles nothing.
        QCOMPARE(text.count(QStringLiteral("type=\"vanished\"")), 0);
        QCOMPARE(text.count(QStringLiteral("type=\"obsolete\"")), 0);
        // An empty plural form would show nothing at all for that count.
        QCOMPARE(text.count(QStringLiteral("<numerusform></numerusform>")), 0);
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
