// The new-session dialog driven as a person would (offscreen): two folders paired by name, a
// dataset against a folder of takes, and a dataset whose takes the studio synthesizes with the
// tiny fixture models (synthesized, saved, paired, judgeable; cancel keeps nothing); the
// speaker and reference rules; and the statistics tab locked while a session is judged.
#include "rating/new_session_dialog.h"
#include "rating/rating_stats_view.h"
#include "rating/rating_store.h"
#include "rating/rating_view.h"
#include "rating/rating_window.h"
#include "rating/session_sources.h"
#include "rating/session_synthesis.h"
#include "studio/synthesis_controller.h"
#include "util/app_translations.h"

#include "../studio/studio_fixtures.h"
#include "drop_files.h"
#include "squeezed_widgets.h"

#include "mars5/audio.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QLineEdit>
#include <QtTest>

#include <cmath>

using namespace mars5::ui::rating;
using mars5::ui::SynthesisController;

namespace {

void writeTone(const QString& path, double seconds, double pitch) {
    mars5::AudioBuffer b;
    b.sampleRate = 24000;
    b.samples.resize(static_cast<std::size_t>(seconds * b.sampleRate));
    for (std::size_t i = 0; i < b.samples.size(); ++i) {
        const double t = static_cast<double>(i) / b.sampleRate;
        b.samples[i] = static_cast<float>(0.3 * std::sin(2 * M_PI * pitch * t) * (0.6 + 0.4 * std::sin(2 * M_PI * 3 * t)));
    }
    QVERIFY(mars5::writeAudioFile(path.toStdString(), b).ok());
}

void writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QPushButton* okButton(QDialog* d) { return d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok); }

QPushButton* findButton(QWidget* in, const QString& text) {
    for (QPushButton* b : in->findChildren<QPushButton*>())
        if (b->text() == text) return b;
    return nullptr;
}

}  // namespace

class TestRatingNewSession : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_a, m_b, m_lj;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // The screenshot reads as in the studio, which installs the English plural forms
        // ("3 items found", not "3 item(s) found"); the checks below accept either form.
        if (!qEnvironmentVariableIsEmpty("MARS5_SCREENSHOT_DIR"))
            mars5::ui::installAppTranslations(qApp, QLocale(QLocale::English), QStringLiteral(MARS5_STUDIO_QM_DIR));
        QVERIFY(m_dir.isValid());
        m_a = m_dir.filePath(QStringLiteral("a"));
        m_b = m_dir.filePath(QStringLiteral("b"));
        m_lj = m_dir.filePath(QStringLiteral("lj"));
        for (const QString& d : {m_a, m_b, m_lj + QStringLiteral("/wavs")}) QVERIFY(QDir().mkpath(d));
        for (int i = 1; i <= 3; ++i) {
            const QString id = QStringLiteral("LJ001-%1").arg(i, 4, 10, QLatin1Char('0'));
            writeTone(m_a + QLatin1Char('/') + id + QStringLiteral(".wav"), 0.5, 200 + 10 * i);
            writeTone(m_b + QLatin1Char('/') + id + QStringLiteral(".wav"), 0.5, 300 + 10 * i);
            writeTone(m_lj + QStringLiteral("/wavs/") + id + QStringLiteral(".wav"), 1.2 + 0.1 * i, 120 + 15 * i);
        }
        writeTone(m_a + QStringLiteral("/extra.wav"), 0.5, 440);  // no partner in b
        // LJSpeech: id|transcript|normalised transcript.
        writeText(m_lj + QStringLiteral("/metadata.csv"),
                  "LJ001-0001|Hello there.|Hello there.\nLJ001-0002|Good day.|Good day.\nLJ001-0003|A test.|A test.\n");
    }

    void foldersPairedByName() {
        NewSessionDialog d;
        d.setNameAndRater(QStringLiteral("pairs"), QStringLiteral("ann"));
        d.setKind(NewSessionDialog::Kind::TakeVsTake);
        d.setSeed(7);
        d.setFolders({{QStringLiteral("A"), m_a}, {QStringLiteral("B"), m_b}});
        QVERIFY2(d.previewText().contains(QRegularExpression(QStringLiteral("3 items?(\\(s\\))? found"))), qPrintable(d.previewText()));
        QVERIFY(d.previewText().contains(QRegularExpression(QStringLiteral("1 files?(\\(s\\))? in"))));  // extra.wav left out
        QVERIFY(okButton(&d)->isEnabled());
        auto s = d.buildSession();
        QVERIFY2(s.ok(), s.message().c_str());
        QCOMPARE(s.value().sourceKind, QStringLiteral("takes"));
        QCOMPARE(s.value().trials.size(), std::size_t(3));
        for (const auto& t : s.value().trials) {
            QVERIFY((t.a.system == "A" && t.b.system == "B") || (t.a.system == "B" && t.b.system == "A"));
            QCOMPARE(QFileInfo(QString::fromStdString(t.a.file)).fileName(), QFileInfo(QString::fromStdString(t.b.file)).fileName());
        }
        // A tournament of two folders is refused, and the button says so by being disabled.
        d.setKind(NewSessionDialog::Kind::Tournament);
        QVERIFY(!okButton(&d)->isEnabled());
        QVERIFY(d.previewText().contains(QStringLiteral("three or more")));
        d.setKind(NewSessionDialog::Kind::TakeVsTake);
        QTest::mouseClick(okButton(&d), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    // Folders dropped on the list are added as systems named after them (a file: its folder;
    // a trailing slash does not lose the name), none twice, a name taken numbered; a dataset's
    // metadata.csv dropped on its field gives its folder.
    void droppedFoldersBecomeSystems() {
        NewSessionDialog d;
        d.setKind(NewSessionDialog::Kind::Tournament);
        auto* list = d.findChild<QTableWidget*>();
        QVERIFY(list);
        QVERIFY(mars5::test::dropFiles(list->viewport(), {m_a, m_b + QStringLiteral("/LJ001-0001.wav")}));
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->item(0, 0)->text(), QStringLiteral("a"));
        QCOMPARE(list->item(1, 1)->text(), m_b);
        QVERIFY(mars5::test::dropFiles(list->viewport(), {m_a + QLatin1Char('/'), m_lj}));  // a is there already
        QCOMPARE(list->rowCount(), 3);
        QCOMPARE(d.addFolders({m_b}), 0);
        // A folder of the same name elsewhere is another system, numbered.
        const QString otherA = m_dir.filePath(QStringLiteral("elsewhere/a"));
        QVERIFY(QDir().mkpath(otherA));
        QCOMPARE(d.addFolders({otherA + QLatin1Char('/')}), 1);
        QCOMPARE(list->item(3, 0)->text(), QStringLiteral("a (2)"));

        d.setKind(NewSessionDialog::Kind::Dataset);
        QLineEdit* datasetField = nullptr;
        for (QLineEdit* e : d.findChildren<QLineEdit*>())
            if (e->placeholderText().contains(QStringLiteral("metadata.csv"))) datasetField = e;
        QVERIFY(datasetField);
        QVERIFY(mars5::test::dropFiles(datasetField, {m_lj + QStringLiteral("/metadata.csv")}));
        QCOMPARE(datasetField->text(), QDir::toNativeSeparators(m_lj));
    }

    void datasetAgainstTakeFiles() {
        const QString takes = m_dir.filePath(QStringLiteral("lj-takes"));
        QVERIFY(QDir().mkpath(takes));
        writeTone(takes + QStringLiteral("/LJ001-0001.wav"), 0.5, 500);
        writeTone(takes + QStringLiteral("/LJ001-0003.wav"), 0.5, 520);
        NewSessionDialog d;
        d.setNameAndRater(QStringLiteral("gt"), QStringLiteral("ann"));
        d.setKind(NewSessionDialog::Kind::Dataset);
        d.setDatasetFolder(m_lj);
        d.setFolders({{QStringLiteral("v1"), takes}});
        QVERIFY2(d.previewText().contains(QRegularExpression(QStringLiteral("2 items?(\\(s\\))? found"))), qPrintable(d.previewText()));
        QVERIFY(d.previewText().contains(QRegularExpression(QStringLiteral("1 dataset items?(\\(s\\))? ha(s|ve) no take"))));
        auto s = d.buildSession();
        QVERIFY2(s.ok(), s.message().c_str());
        QCOMPARE(s.value().sourceKind, QStringLiteral("dataset"));
        QCOMPARE(s.value().trials.size(), std::size_t(2));
        for (const auto& t : s.value().trials) {
            QVERIFY(t.transcript == "Hello there." || t.transcript == "A test.");
            QVERIFY(t.a.system == "ground truth" || t.b.system == "ground truth");
        }
    }

    void speakersAndReferences() {
        // name.wav + name.txt: the folder is one speaker, each subfolder another.
        const QString root = m_dir.filePath(QStringLiteral("pairs"));
        for (const QString& sub : {QStringLiteral("anna"), QStringLiteral("bob")}) QVERIFY(QDir().mkpath(root + QLatin1Char('/') + sub));
        for (const QString& id : {QStringLiteral("x1"), QStringLiteral("x2")}) {
            writeTone(root + QStringLiteral("/anna/") + id + QStringLiteral(".wav"), 0.4, 200);
            writeText(root + QStringLiteral("/anna/") + id + QStringLiteral(".txt"), "anna says " + id.toUtf8());
        }
        writeTone(root + QStringLiteral("/bob/x1.wav"), 0.4, 300);
        writeText(root + QStringLiteral("/bob/x1.txt"), "bob says x1");
        auto items = readDataset(root);
        QVERIFY2(items.ok(), items.message().c_str());
        QCOMPARE(items.value().size(), 3);
        auto plan = planSynthesis(items.value(), 5);
        QVERIFY2(plan.ok(), plan.message().c_str());
        QCOMPARE(plan.value().items.size(), 2);  // bob has one clip only: left out, with a note
        QVERIFY(plan.value().notes.join(QLatin1Char(' ')).contains(QStringLiteral("bob_x1")));
        for (const SynthesisPlanItem& p : plan.value().items) {
            QCOMPARE(p.speaker, QStringLiteral("anna"));
            QVERIFY(p.reference != p.recording);
            QCOMPARE(QFileInfo(p.reference).dir().dirName(), QStringLiteral("anna"));
            QCOMPARE(p.seed, itemSeed(5, p.id));
        }
        QVERIFY(itemSeed(5, QStringLiteral("x1")) != itemSeed(6, QStringLiteral("x1")));
        QVERIFY(itemSeed(5, QStringLiteral("x1")) >= 0 && itemSeed(5, QStringLiteral("x1")) <= 0x7fffffff);
        // A metadata.csv header may name the speaker column.
        const QString multi = m_dir.filePath(QStringLiteral("multi"));
        QVERIFY(QDir().mkpath(multi));
        for (const QString& id : {QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3")})
            writeTone(multi + QLatin1Char('/') + id + QStringLiteral(".wav"), 0.4, 250);
        writeText(multi + QStringLiteral("/metadata.csv"), "id|transcript|speaker\nm1|one|s1\nm2|two|s2\nm3|three|s1\n");
        auto multiItems = readDataset(multi);
        QVERIFY2(multiItems.ok(), multiItems.message().c_str());
        QCOMPARE(multiItems.value().size(), 3);
        auto multiPlan = planSynthesis(multiItems.value(), 1);
        QVERIFY(multiPlan.ok());
        QCOMPARE(multiPlan.value().items.size(), 2);
        QCOMPARE(QFileInfo(multiPlan.value().items[0].reference).completeBaseName(), QStringLiteral("m3"));
        QCOMPARE(QFileInfo(multiPlan.value().items[1].reference).completeBaseName(), QStringLiteral("m1"));
    }

    void theSynthesisBarNeverRunsBack() {
        using mars5::EngineStage;
        const auto at = [](EngineStage stage, qint64 current, qint64 total, int piece = 0, int pieces = 1) {
            return sessionProgressValue(2, static_cast<int>(stage), current, total, piece, pieces);
        };
        // One text at once: the AR's half, the NAR's 45, the vocoder's end, after two items.
        QCOMPARE(at(EngineStage::Coarse, 10, 20), 225);
        QCOMPARE(at(EngineStage::Coarse, 40, 20), 250);  // the AR past its estimate stays in its half
        QCOMPARE(at(EngineStage::Refine, 4, 4), 295);
        QCOMPARE(at(EngineStage::Vocode, 0, 1), 295);
        // A long text in four pieces: each fills a quarter in turn, so piece 2's first token is
        // past piece 1's vocoder.
        QCOMPARE(at(EngineStage::Vocode, 0, 1, 0, 4), 223);
        QCOMPARE(at(EngineStage::Coarse, 0, 20, 1, 4), 225);
        QCOMPARE(at(EngineStage::Vocode, 0, 1, 3, 4), 298);
        int last = 0;
        for (int piece = 0; piece < 4; ++piece)
            for (EngineStage stage : {EngineStage::EncodeReference, EngineStage::Coarse, EngineStage::Refine, EngineStage::Vocode})
                for (qint64 current = 0; current <= 10; ++current) {
                    const int value = at(stage, current, 10, piece, 4);
                    QVERIFY2(value >= last, qPrintable(QStringLiteral("piece %1 stage %2 step %3").arg(piece).arg(int(stage)).arg(current)));
                    QVERIFY(value < 300);
                    last = value;
                }
    }

    void synthesizedNeedsAModel() {
        RatingWindow window(m_dir.filePath(QStringLiteral("nomodel.sqlite")), AbPlayer::Output::Silent);
        NewSessionDialog* d = window.newSession();
        QVERIFY(d);
        QVERIFY(!d->synthesizedAvailable());
        auto* kind = d->findChild<QComboBox*>();
        auto* model = qobject_cast<QStandardItemModel*>(kind->model());
        QStandardItem* option = model->item(static_cast<int>(NewSessionDialog::Kind::Synthesized));
        QVERIFY(!option->isEnabled());
        QVERIFY(option->text().contains(QStringLiteral("Load a model first: File ▸ Set up model…")));
        d->setKind(NewSessionDialog::Kind::Synthesized);
        d->setDatasetFolder(m_lj);
        QCOMPARE(d->previewText(), QStringLiteral("Load a model first: File ▸ Set up model…"));
        QVERIFY(!okButton(d)->isEnabled());
        static_cast<QDialog*>(d)->reject();  // public in QDialog; runs the override
    }

    void synthesizedEndToEnd() {
        SynthesisController controller;
        QSignalSpy loaded(&controller, &SynthesisController::modelsLoaded);
        QSignalSpy failed(&controller, &SynthesisController::modelsFailed);
        QVERIFY(controller.loadModels(studio_test::tinyPaths()));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 120000);
        QCOMPARE(failed.count(), 0);

        const QString db = m_dir.filePath(QStringLiteral("synth.sqlite"));
        RatingWindow window(db, AbPlayer::Output::Silent);
        mars5::InferenceConfig config;
        config.nar_steps = 4;          // few steps (of the 200-step schedule) keep the test quick
        config.q0_override_steps = 1;
        config.deep_clone = true;
        window.setStudio(&controller, [config] { return config; });
        window.show();

        // --- cancel mid-way: no session, no takes left behind --------------------------------
        {
            NewSessionDialog* d = window.newSession();
            QVERIFY(d->synthesizedAvailable());
            d->setNameAndRater(QStringLiteral("cancelled"), QStringLiteral("ann"));
            d->setKind(NewSessionDialog::Kind::Synthesized);
            d->setDatasetFolder(m_lj);
            QVERIFY2(okButton(d)->isEnabled(), qPrintable(d->previewText()));
            QVERIFY(d->previewText().contains(QRegularExpression(QStringLiteral("3 takes?(\\(s\\))? will be synthesized"))));
            QSignalSpy ended(d, &NewSessionDialog::synthesisEnded);
            connect(d->synthesizer(), &SessionSynthesizer::itemProgress, d, [d] { d->cancelSynthesis(); });
            QTest::mouseClick(okButton(d), Qt::LeftButton);
            QVERIFY(d->isSynthesizing());
            QTRY_VERIFY_WITH_TIMEOUT(ended.count() == 1, 240000);
            QCOMPARE(ended.front().front().toBool(), false);
            QVERIFY(d->isVisible());  // the dialog stays: the person may try again
            QVERIFY(d->synthesisStatus().contains(QStringLiteral("Cancelled")));
            QCOMPARE(window.store()->sessions().value().size(), 0);
            QVERIFY(QDir(window.takesRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
            QPointer<NewSessionDialog> guard(d);
            static_cast<QDialog*>(d)->reject();  // public in QDialog; runs the override
            QTRY_VERIFY(!guard || !guard->isVisible());
        }

        // --- the whole way: synthesized, saved, paired, judgeable ------------------------------
        NewSessionDialog* d = window.newSession();
        d->setNameAndRater(QStringLiteral("MARS5 vs LJ"), QStringLiteral("ann"));
        d->setKind(NewSessionDialog::Kind::Synthesized);
        d->setDatasetFolder(m_lj);
        d->setSeed(42);
        QSignalSpy ended(d, &NewSessionDialog::synthesisEnded);
        QSignalSpy started(d->synthesizer(), &SessionSynthesizer::itemStarted);
        QStringList itemMessages;  // why an item failed, for the failure message
        connect(d->synthesizer(), &SessionSynthesizer::itemFinished, this,
                [&](int, const SynthesisItemOutcome& o) { if (!o.ok) itemMessages << o.message; });
        QTest::mouseClick(okButton(d), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ended.count() == 1, 480000);
        // On success the dialog closes itself (and is deleted): say why only on failure.
        if (!ended.front().front().toBool()) QFAIL(qPrintable(itemMessages.join(QStringLiteral("; "))));
        QCOMPARE(started.count(), 3);
        QTRY_COMPARE(window.store()->sessions().value().size(), 1);
        const SessionInfo s = window.store()->sessions().value().front();
        QCOMPARE(s.sourceKind, QStringLiteral("synthesized"));
        QCOMPARE(s.trialCount, 3);
        const QString folder = QDir(window.takesRoot()).filePath(s.uuid);
        QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.wav")}).size(), 3);

        // Every take was really synthesized (24 kHz audio), and paired with its own recording.
        auto trials = window.store()->trials(s.id);
        QVERIFY(trials.ok());
        for (const TrialRecord& t : trials.value()) {
            const bool aIsTake = t.systemA == QStringLiteral("MARS5");
            QVERIFY(aIsTake || t.systemB == QStringLiteral("MARS5"));
            const QString take = aIsTake ? t.fileA : t.fileB, recording = aIsTake ? t.fileB : t.fileA;
            QCOMPARE(QFileInfo(take).absolutePath(), QFileInfo(folder).absoluteFilePath());
            QCOMPARE(QFileInfo(take).completeBaseName(), t.item);
            QCOMPARE(recording, QFileInfo(m_lj + QStringLiteral("/wavs/") + t.item + QStringLiteral(".wav")).absoluteFilePath());
            auto audio = mars5::readAudioMono(take.toStdString());
            QVERIFY(audio.ok());
            QCOMPARE(audio.value().sampleRate, 24000);
            QVERIFY(!audio.value().samples.empty());
            QVERIFY(!t.transcript.isEmpty());
        }
        // The per-item seeds and references are stored beside the takes.
        QFile manifestFile(QDir(folder).filePath(QStringLiteral("synthesis.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        QCOMPARE(manifest.value(QStringLiteral("settings")).toObject().value(QStringLiteral("nar_steps")).toInt(), 4);
        const QJsonArray items = manifest.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            QCOMPARE(static_cast<qint64>(o.value(QStringLiteral("seed")).toDouble()), itemSeed(42, id));
            QVERIFY(QFileInfo(o.value(QStringLiteral("reference")).toString()).completeBaseName() != id);
        }

        // The session opened for judging, and the statistics are locked while it is judged.
        QCOMPARE(window.ratingView()->sessionId(), s.id);
        QVERIFY(!window.ratingView()->isComplete());
        QVERIFY(window.isJudging());
        const int statsTab = window.tabs()->indexOf(static_cast<QWidget*>(window.statsView()));
        QVERIFY(!window.tabs()->isTabEnabled(statsTab));
        QVERIFY(window.judgingBannerText().contains(QStringLiteral("hidden while a session is being judged")));
        QPushButton* statisticsButton = findButton(&window, QStringLiteral("Statistics of selected"));
        QVERIFY(statisticsButton && !statisticsButton->isEnabled());  // the session is selected, but blinded
        window.showStatistics(s.id);
        QVERIFY(window.tabs()->currentWidget() != static_cast<QWidget*>(window.statsView()));
        QVERIFY(window.errorText().isEmpty());  // the banner says why; no second, red copy of it
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("stay hidden")));
        window.stopJudging();
        QVERIFY(!window.isJudging());
        QVERIFY(window.tabs()->isTabEnabled(statsTab));
        QVERIFY(statisticsButton->isEnabled());
        QVERIFY(window.judgingBannerText().isEmpty());
        window.showStatistics(s.id);
        QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget*>(window.statsView()));

        // --- with a codec ceiling: each recording through Encodec and Vocos, a third system -----
        NewSessionDialog* c = window.newSession();
        c->setNameAndRater(QStringLiteral("MARS5 vs LJ vs codec"), QStringLiteral("ann"));
        c->setKind(NewSessionDialog::Kind::Synthesized);
        c->setDatasetFolder(m_lj);
        c->setSeed(43);
        c->setCodecCeiling(true);
        QVERIFY2(c->previewText().contains(QStringLiteral("codec ceiling")), qPrintable(c->previewText()));
        QSignalSpy ceilingEnded(c, &NewSessionDialog::synthesisEnded);
        QTest::mouseClick(okButton(c), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ceilingEnded.count() == 1, 480000);
        QVERIFY(ceilingEnded.front().front().toBool());
        QTRY_COMPARE(window.store()->sessions().value().size(), 2);
        SessionInfo withCeiling;
        const auto sessions = window.store()->sessions();
        for (const SessionInfo& info : sessions.value())
            if (info.name == QStringLiteral("MARS5 vs LJ vs codec")) withCeiling = info;
        QCOMPARE(withCeiling.trialCount, 9);  // every pair of three systems, for each of the 3 items
        const QString ceilingFolder = QDir(window.takesRoot()).filePath(withCeiling.uuid + QStringLiteral("/codec-ceiling"));
        QCOMPARE(QDir(ceilingFolder).entryList({QStringLiteral("*.wav")}).size(), 3);
        int ceilingSides = 0;
        const auto ceilingTrials = window.store()->trials(withCeiling.id);
        QVERIFY(ceilingTrials.ok());
        for (const TrialRecord& t : ceilingTrials.value())
            for (const auto& [system, file] : {std::pair{t.systemA, t.fileA}, std::pair{t.systemB, t.fileB}}) {
                if (system != QStringLiteral("codec ceiling")) continue;
                ++ceilingSides;
                // The whole recording, resynthesized at 24 kHz: as long as it, to within a codec frame or two.
                const auto ceiling = mars5::readAudioMono(file.toStdString());
                const auto recording = mars5::readAudioMono((m_lj + QStringLiteral("/wavs/") + t.item + QStringLiteral(".wav")).toStdString());
                QVERIFY(ceiling.ok() && recording.ok());
                QCOMPARE(ceiling.value().sampleRate, 24000);
                QVERIFY2(std::abs(ceiling.value().durationSeconds() - recording.value().durationSeconds()) < 0.03,
                         qPrintable(QStringLiteral("%1 s vs %2 s").arg(ceiling.value().durationSeconds()).arg(recording.value().durationSeconds())));
            }
        QCOMPARE(ceilingSides, 6);  // in 2 of each item's 3 comparisons
        window.stopJudging();

        // --- a dataset against a folder of takes that exists already, with a codec ceiling ------
        // (the first session's takes serve as that folder). Cancelled first: nothing is kept.
        const QStringList foldersBefore = QDir(window.takesRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const auto datasetWithCeiling = [&](const QString& name) {
            NewSessionDialog* dialog = window.newSession();
            dialog->setNameAndRater(name, QStringLiteral("ann"));
            dialog->setKind(NewSessionDialog::Kind::Dataset);
            dialog->setDatasetFolder(m_lj);
            dialog->setFolders({FolderSource{QStringLiteral("MARS5"), folder}});
            dialog->setCodecCeiling(true);
            return dialog;
        };
        {
            NewSessionDialog* e = datasetWithCeiling(QStringLiteral("cancelled ceilings"));
            QVERIFY2(e->previewText().contains(QStringLiteral("codec ceiling")), qPrintable(e->previewText()));
            QCOMPARE(okButton(e)->text(), QStringLiteral("Make codec ceilings and create session"));
            QSignalSpy ended(e, &NewSessionDialog::synthesisEnded);
            QTest::mouseClick(okButton(e), Qt::LeftButton);
            QVERIFY(e->isSynthesizing());
            e->cancelSynthesis();
            QTRY_VERIFY_WITH_TIMEOUT(ended.count() == 1, 120000);
            QCOMPARE(ended.front().front().toBool(), false);
            QVERIFY(e->synthesisStatus().contains(QStringLiteral("Cancelled")));
            QCOMPARE(window.store()->sessions().value().size(), 2);
            QCOMPARE(QDir(window.takesRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), foldersBefore);
            QPointer<NewSessionDialog> guard(e);
            static_cast<QDialog*>(e)->reject();
            QTRY_VERIFY(!guard || !guard->isVisible());
        }
        NewSessionDialog* e = datasetWithCeiling(QStringLiteral("LJ vs takes vs codec"));
        if (const QString shots = qEnvironmentVariable("MARS5_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(100);  // the layout settles
            QVERIFY(e->grab().save(QDir(shots).filePath(QStringLiteral("rating-new-session.png"))));
            QVERIFY2(mars5::test::squeezedWidgets(e).isEmpty(), qPrintable(mars5::test::squeezedWidgets(e).join(u';')));
        }
        QSignalSpy datasetEnded(e, &NewSessionDialog::synthesisEnded);
        QTest::mouseClick(okButton(e), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(datasetEnded.count() == 1, 120000);
        QVERIFY(datasetEnded.front().front().toBool());
        QTRY_COMPARE(window.store()->sessions().value().size(), 3);
        SessionInfo dataset;
        const auto allSessions = window.store()->sessions();  // kept: value() is a reference into it
        for (const SessionInfo& info : allSessions.value())
            if (info.name == QStringLiteral("LJ vs takes vs codec")) dataset = info;
        QCOMPARE(dataset.sourceKind, QStringLiteral("dataset"));
        QCOMPARE(dataset.trialCount, 9);
        QVERIFY(dataset.sourceDescription.contains(QStringLiteral("codec ceiling")));
        const QString datasetCeilings = QDir(window.takesRoot()).filePath(dataset.uuid + QStringLiteral("/codec-ceiling"));
        QCOMPARE(QDir(datasetCeilings).entryList({QStringLiteral("*.wav")}).size(), 3);
        const auto datasetTrials = window.store()->trials(dataset.id);
        QVERIFY(datasetTrials.ok());
        int datasetCeilingSides = 0;
        for (const TrialRecord& t : datasetTrials.value())
            for (const auto& [system, file] : {std::pair{t.systemA, t.fileA}, std::pair{t.systemB, t.fileB}})
                if (system == QStringLiteral("codec ceiling")) {
                    ++datasetCeilingSides;
                    QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(datasetCeilings).absoluteFilePath());
                }
        QCOMPARE(datasetCeilingSides, 6);
        window.stopJudging();
    }
};

QTEST_MAIN(TestRatingNewSession)
#include "test_rating_new_session.moc"
