// The take history (ui/takes/): the SQLite store's round trip and its migration from an
// empty database (and refusal of a newer one), the settings diff, the codebook heatmap
// model and what its view draws, the history model's filters, rename, star and delete
// with undo, batch export — and, with the tiny fixture models through the whole window,
// that every successful synthesis is stored automatically and that rendering a take again
// from its stored settings and seed gives the identical audio and codes.
#include "main_window.h"
#include "audio/playback_engine.h"
#include "panels/audio_panel.h"
#include "studio/reference_panel.h"
#include "studio/settings_panel.h"
#include "studio/synthesis_panel.h"
#include "audio/loudness.h"
#include "studio/export_dialog.h"
#include "studio/take_export.h"
#include "question_answer.h"
#include "raw_sqlite.h"
#include "studio/text_panel.h"
#include "widgets/waveform_view.h"
#include "takes/codebook_heatmap.h"
#include "takes/compare_view.h"
#include "takes/spectrogram.h"
#include "takes/history_panel.h"
#include "takes/settings_diff.h"
#include "takes/take_history_model.h"
#include "takes/take_internals_view.h"
#include "takes/variations_view.h"
#include "takes/take_store.h"
#include "takes/batch_export.h"

#include "studio_fixtures.h"
#include "studio_synthesis_helpers.h"
#include "drop_files.h"
#include "take_fixtures.h"

#include "mars5/audio.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <qcustomplot.h>

#include <limits>

#include <cmath>
#include <chrono>
#include <complex>
#include <numbers>
#include <random>
#include <thread>

using namespace mars5::ui;
using namespace mars5::ui::takes;
using studio_test::fixture;
using studio_test::setField;
using studio_test::waitForTake;

using take_test::exportAndWait;
using take_test::makeModels;
using take_test::makeOutcome;
using take_test::randomCodes;
using take_test::sameCodes;

namespace {
// A widget of a panel that can take the keyboard (where Edit ▸ Undo then walks that panel's history).
QWidget* focusableIn(QWidget* panel) {
    QWidget* found = nullptr;
    for (QWidget* child : panel->findChildren<QWidget*>())
        if (child->isVisible() && child->isEnabled() && child->focusPolicy() != Qt::NoFocus) found = child;
    return found;
}
}  // namespace

class TestTakes : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("mars5-studio-test-takes"));
        QVERIFY(m_dir.isValid());
    }

    void migratesFromAnEmptyDatabase() {
        const QString path = m_dir.filePath(QStringLiteral("empty/takes.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        {  // An empty SQLite file (version 0, no tables).
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        TakeStore store;
        const auto opened = store.open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.message().c_str());
        QCOMPARE(store.schemaVersion(), TakeStore::kSchemaVersion);
        auto list = store.takes();
        QVERIFY(list.ok());
        QVERIFY(list.value().isEmpty());
        store.close();
        // Opening again does not migrate twice.
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.schemaVersion(), TakeStore::kSchemaVersion);
        store.close();

        // A database from a newer studio is refused and left alone.
        const QString newer = m_dir.filePath(QStringLiteral("newer/takes.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(newer).absolutePath()));
        QVERIFY(mars5::test::runSqlOn(newer, QStringLiteral("PRAGMA user_version = 99")));
        const auto refused = store.open(newer);
        QVERIFY(!refused.ok());
        QVERIFY(QString::fromStdString(refused.message()).contains(QStringLiteral("newer")));
        QVERIFY(!store.isOpen());

        // Not a database at all.
        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(!store.open(junk).ok());
        QCOMPARE(QFileInfo(junk).size(), 4096);
    }

    void migratesAVersionOneDatabase() {
        const QString path = m_dir.filePath(QStringLiteral("v1/takes.sqlite"));
        {
            TakeStore v1;
            QVERIFY(v1.open(path, 1).ok());
            QCOMPARE(v1.schemaVersion(), 1);
        }
        {  // A take as the version-1 studio wrote it (every NOT NULL column filled, by its type).
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery info(db);
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(takes)")));
            QStringList columns, values;
            while (info.next()) {
                const QString name = info.value(1).toString();
                QVERIFY(name != QStringLiteral("variation_group"));
                if (name == QStringLiteral("id") || !info.value(3).toBool() || !info.value(4).isNull()) continue;
                columns << name;
                if (name == QStringLiteral("text")) values << QStringLiteral("'An old take.'");
                else if (name == QStringLiteral("uuid")) values << QStringLiteral("'u-1'");
                else if (name.endsWith(QStringLiteral("_json"))) values << QStringLiteral("'{}'");
                else if (info.value(2).toString() == QStringLiteral("TEXT")) values << QStringLiteral("''");
                else values << QStringLiteral("0");
            }
            QSqlQuery insert(db);
            QVERIFY2(insert.exec(QStringLiteral("INSERT INTO takes (%1) VALUES (%2)").arg(columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')))),
                     qPrintable(insert.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1raw"));
        TakeStore store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.schemaVersion(), TakeStore::kSchemaVersion);
        auto list = store.takes();
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().first().text, QStringLiteral("An old take."));
        QCOMPARE(list.value().first().variationGroup, QString());
        QCOMPARE(list.value().first().note, QString());
        QCOMPARE(list.value().first().config.temperature, mars5::InferenceConfig{}.temperature);  // "{}": the defaults
        // And new takes go in beside it.
        const LoadedModels models = makeModels();
        SynthesisOutcome o = makeOutcome(QStringLiteral("A new one."), {}, 5);
        o.request.variationGroup = QStringLiteral("g1");
        QVERIFY(store.add(o, &models).ok());
        QCOMPARE(store.takes().value().size(), 2);
        QCOMPARE(store.variation(QStringLiteral("g1")).value().size(), 1);
    }

    void roundTripKeepsEveryField() {
        const QString path = m_dir.filePath(QStringLiteral("rt/takes.sqlite"));
        const SynthesisOutcome outcome = makeOutcome(QStringLiteral("Hello there."), QStringLiteral("Warm"), 4242);
        const LoadedModels models = makeModels();
        qint64 id = 0;
        {
            TakeStore store;
            QVERIFY(store.open(path).ok());
            auto added = store.add(outcome, &models);
            QVERIFY2(added.ok(), added.ok() ? "" : added.message().c_str());
            id = added.value().id;
            QVERIFY(id > 0);
        }
        TakeStore store;  // a restart
        QVERIFY(store.open(path).ok());
        auto read = store.take(id);
        QVERIFY(read.ok());
        const TakeRecord& t = read.value();
        QCOMPARE(t.text, outcome.request.text);
        QCOMPARE(t.transcript, outcome.request.transcript);
        QVERIFY(t.deepClone);
        QCOMPARE(t.presetName, QStringLiteral("Warm"));
        QCOMPARE(t.seed, quint64(4242));
        QCOMPARE(t.config.temperature, 0.55);
        QCOMPARE(t.config.top_k, std::int64_t(64));
        QCOMPARE(t.config.seed, std::int64_t(-1));
        QVERIFY(t.config.deep_clone);
        for (const auto& field : mars5::inferenceConfigFields()) {
            mars5::InferenceConfig used = outcome.request.config;
            used.deep_clone = true;
            QCOMPARE(t.config.get(field.name).value(), used.get(field.name).value());
        }
        QCOMPARE(t.referenceName, outcome.request.referenceName);
        QCOMPARE(t.referenceFile, outcome.request.referenceFile);
        QCOMPARE(t.referenceFileSha256, QStringLiteral("ab12"));
        QCOMPARE(t.referenceAudioSha256, audioSha256(outcome.request.reference.samples));
        QVERIFY(t.referenceEdited);
        QCOMPARE(t.referenceRate, 16000);
        QCOMPARE(t.referenceSamples, qint64(3200));
        QCOMPARE(t.models.value(QStringLiteral("MARS5 AR")).toObject().value(QStringLiteral("sha256")).toString(),
                 QStringLiteral("deadbeef"));
        QCOMPARE(t.timings.refineSeconds, 0.3);
        QCOMPARE(t.timings.totalSeconds, 0.66);
        QCOMPARE(t.wallSeconds, 0.7);
        QCOMPARE(t.arTokens, qint64(21));
        QCOMPARE(t.expectedTokens, qint64(25));
        QCOMPARE(t.coarseStop, QStringLiteral("EOS"));
        QCOMPARE(t.warnings, QStringList{QStringLiteral("a warning")});
        QCOMPARE(t.status, QStringLiteral("finished"));
        QCOMPARE(t.sampleRate, 24000);
        QCOMPARE(t.samples, qint64(4800));
        QCOMPARE(t.referenceFrames, qint64(5));
        QCOMPARE(t.snapshotT, (std::vector<std::int64_t>{4, 3, 2, 1}));
        QVERIFY(t.createdAt.isValid());

        // Audio and reference come back bit for bit; the codes exactly.
        auto audio = store.readAudio(t);
        QVERIFY(audio.ok());
        QCOMPARE(audio.value().samples, outcome.audio.samples);
        auto reference = store.readReference(t);
        QVERIFY(reference.ok());
        QCOMPARE(reference.value().sampleRate, 16000);
        QCOMPARE(reference.value().samples, outcome.request.reference.samples);
        auto in = store.readInternals(t);
        QVERIFY2(in.ok(), in.ok() ? "" : in.message().c_str());
        QVERIFY(sameCodes(in.value().codes, outcome.codes));
        QVERIFY(sameCodes(in.value().fullCodes, outcome.fullCodes));
        QVERIFY(sameCodes(in.value().l0Codes, outcome.l0Codes));
        QCOMPARE(in.value().snapshots.size(), outcome.snapshots.size());
        for (std::size_t i = 0; i < outcome.snapshots.size(); ++i) QVERIFY(sameCodes(in.value().snapshots[i], outcome.snapshots[i]));

        // The re-render request carries the seed the run used and the same reference samples.
        auto request = store.rerenderRequest(t);
        QVERIFY(request.ok());
        QCOMPARE(request.value().config.seed, std::int64_t(4242));
        QCOMPARE(request.value().reference.samples, outcome.request.reference.samples);
        QCOMPARE(request.value().text, outcome.request.text);
        QVERIFY(request.value().deepClone);

        // Rename and star survive a restart; delete is soft until purged.
        QVERIFY(store.rename(id, QStringLiteral("  Keeper ")).ok());
        QVERIFY(store.setStarred(id, true).ok());
        store.close();
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.take(id).value().name, QStringLiteral("Keeper"));
        QVERIFY(store.take(id).value().starred);
        QVERIFY(store.remove(id).ok());
        QVERIFY(store.takes().value().isEmpty());
        QVERIFY(store.undelete(id).ok());
        QCOMPARE(store.takes().value().size(), 1);
        const QString audioFile = store.audioPath(t);
        QVERIFY(QFileInfo::exists(audioFile));
        QVERIFY(store.remove(id).ok());
        QCOMPARE(store.purgeDeleted().value(), 1);
        QVERIFY(!QFileInfo::exists(audioFile));
        QVERIFY(!QFileInfo::exists(store.referencePath(t)));
        QVERIFY(!store.take(id).ok());
    }

    void aLongTakeKeepsItsPieces() {
        // A long text spoken in pieces: each piece's words, seed, place and ending are kept
        // with the take, come back after a restart and go back into the studio with it.
        const QString path = m_dir.filePath(QStringLiteral("pieces/takes.sqlite"));
        SynthesisOutcome outcome = makeOutcome(QStringLiteral("One. Two."), {}, 77);
        outcome.pieceList = {{QStringLiteral("One."), 77, 0, 2000, 0, 6, 12, QStringLiteral("EOS")},
                             {QStringLiteral("Two."), 99, 2800, 2000, 6, 7, 30, QStringLiteral("max length")}};
        const LoadedModels models = makeModels();
        qint64 id = 0;
        {
            TakeStore store;
            QVERIFY(store.open(path).ok());
            id = store.add(outcome, &models).value().id;
        }
        TakeStore store;
        QVERIFY(store.open(path).ok());
        const TakeRecord t = store.take(id).value();
        QCOMPARE(t.pieces, 2);
        QCOMPARE(t.pieceList, outcome.pieceList);  // with where each piece's codes lie
        QCOMPARE(t.pieceList[1].startFrame, qint64(6));
        // The second piece was spoken again (seed 99, not 77 + 1): rendering the take again
        // speaks each piece with its own seed, so that it repeats this take.
        auto again = store.rerenderRequest(t);
        QVERIFY2(again.ok(), again.ok() ? "" : again.message().c_str());
        QCOMPARE(again.value().pieceSeeds, (std::vector<std::uint64_t>{77, 99}));
        QCOMPARE(unusualPieceSeeds(outcome.pieceList).size(), std::size_t{2});
        QList<TakePiece> usual = outcome.pieceList;
        usual[1].seed = 78;
        QVERIFY(unusualPieceSeeds(usual).empty());  // the first's + 1: a render again needs none
        auto back = store.toOutcome(t);
        QVERIFY2(back.ok(), back.ok() ? "" : back.message().c_str());
        QCOMPARE(back.value().pieces(), 2);
        QCOMPARE(back.value().pieceList, outcome.pieceList);
        // An export's sidecar says where each sentence lies in the file, in seconds.
        const QString wav = m_dir.filePath(QStringLiteral("pieces/long.wav"));
        QCOMPARE(exportTake(wav, back.value(), nullptr, {}).error, QString());
        QFile sidecar(sidecarPathFor(wav));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject run = QJsonDocument::fromJson(sidecar.readAll()).object().value(QStringLiteral("run")).toObject();
        QCOMPARE(run.value(QStringLiteral("pieces")).toInt(), 2);  // the count, as in the take's record
        const QJsonArray spans = run.value(QStringLiteral("piece_list")).toArray();
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans[1].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Two."));
        QCOMPARE(spans[1].toObject().value(QStringLiteral("start_s")).toDouble(), 2800.0 / 24000.0);
        QCOMPARE(spans[1].toObject().value(QStringLiteral("end_s")).toDouble(), 4800.0 / 24000.0);
        QCOMPARE(spans[1].toObject().value(QStringLiteral("seed")).toString(), QStringLiteral("99"));

        // A record edited by hand or damaged: spans kept inside the take's audio; anything but a
        // list of objects is no pieces (the take itself still loads).
        const QJsonArray edited{QJsonObject{{QStringLiteral("text"), QStringLiteral("x")},
                                            {QStringLiteral("seed"), QStringLiteral("18446744073709551615")},
                                            {QStringLiteral("start_sample"), 4000},
                                            {QStringLiteral("samples"), 9000},
                                            {QStringLiteral("ar_tokens"), -5}},
                                QJsonObject{{QStringLiteral("start_sample"), -10}, {QStringLiteral("samples"), 10},
                                            {QStringLiteral("seed"), 12345}}};  // a number, as a person would type it
        const QList<TakePiece> read = takePiecesFromJson(edited, 4800);
        QCOMPARE(read.size(), 2);
        QCOMPARE(read[0].seed, std::numeric_limits<quint64>::max());
        QCOMPARE(read[0].startSample, qint64(4000));
        QCOMPARE(read[0].samples, qint64(800));
        QCOMPARE(read[0].arTokens, qint64(0));
        QCOMPARE(read[0].frames, qint64(0));  // a record from before the frames were kept
        QCOMPARE(read[1].startSample, qint64(0));
        QCOMPARE(read[1].seed, quint64(12345));
        QVERIFY(takePiecesFromJson(QJsonArray{1, 2}, 4800).isEmpty());
        QVERIFY(takePiecesFromJson(QJsonValue(3), 4800).isEmpty());
        QCOMPARE(takePiecesFromJson(takePiecesToJson(outcome.pieceList), 4800), outcome.pieceList);
    }

    void aLongTakesPiecesAreMarkedOnItsWaveform() {
        WaveformView view;
        view.resize(600, 160);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setClip(shareSamples(std::vector<float>(24000, 0.1f)), 24000);
        view.setMarks({{0.0, 0.4, QStringLiteral("1"), QStringLiteral("first")},
                       {0.5, 0.9, QStringLiteral("2"), QStringLiteral("second")},
                       {1.5, 2.0, QStringLiteral("3"), QStringLiteral("past the clip")}});
        QCOMPARE(view.marks().size(), 2);  // the one past the clip's end is dropped
        QCOMPARE(view.markToolTipAt(0.2), QStringLiteral("first"));
        QCOMPARE(view.markToolTipAt(0.45), QStringLiteral("first"));  // the pause belongs to the piece before it
        QCOMPARE(view.markToolTipAt(0.7), QStringLiteral("second"));
        // A line at the second piece's start (the first starts at the axis) and both labels.
        QCOMPARE(view.plot()->itemCount(), 3 /* playhead, hint, selection */ + 1 + 2);
        // The mouse over the second piece names it.
        const QPoint over(int(view.plot()->xAxis->coordToPixel(0.7)), view.plot()->axisRect()->center().y());
        QTest::mouseMove(view.plot(), over);
        QTRY_COMPARE(view.plot()->toolTip(), QStringLiteral("second"));
        // A new clip has no marks until it is given its own.
        view.setClip(shareSamples(std::vector<float>(2400, 0.1f)), 24000);
        QVERIFY(view.marks().isEmpty());
        QCOMPARE(view.plot()->itemCount(), 3);
        QVERIFY(view.plot()->toolTip().isEmpty());
    }

    // The list is read parsing each distinct settings and models text once: takes whose
    // settings and models come and go again still read back as each was made.
    void theListGivesEachTakeItsOwnSettingsAndModels() {
        const QString path = m_dir.filePath(QStringLiteral("shared-json/takes.sqlite"));
        TakeStore store;
        QVERIFY(store.open(path).ok());
        LoadedModels other = makeModels();
        other.files.first().sha256 = QStringLiteral("cafe");
        const LoadedModels models = makeModels();
        QHash<qint64, std::pair<double, QString>> made;  // id -> temperature, AR sha256
        for (int i = 0; i < 12; ++i) {
            SynthesisOutcome outcome = makeOutcome(QStringLiteral("Take %1").arg(i), QStringLiteral("Warm"), 10 + i, 1 + i);
            outcome.request.config.temperature = 0.4 + 0.1 * (i % 3);
            const bool second = (i / 2) % 2 == 1;
            auto added = store.add(outcome, second ? &other : &models);
            QVERIFY(added.ok());
            made.insert(added.value().id, {outcome.request.config.temperature, second ? QStringLiteral("cafe") : QStringLiteral("deadbeef")});
        }
        auto list = store.takes();
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 12);
        for (const TakeRecord& t : list.value()) {
            QCOMPARE(t.config.temperature, made.value(t.id).first);
            QCOMPARE(t.models.value(QStringLiteral("MARS5 AR")).toObject().value(QStringLiteral("sha256")).toString(), made.value(t.id).second);
            QCOMPARE(t.config.top_k, std::int64_t(64));
        }
    }

    void rerenderSaysWhatCannotBeTheSame() {
        const QString path = m_dir.filePath(QStringLiteral("rerender/takes.sqlite"));
        TakeStore store;
        QVERIFY(store.open(path).ok());
        const LoadedModels then = makeModels();  // CPU, float32, AR "deadbeef"
        const TakeRecord take = store.add(makeOutcome(QStringLiteral("Same again."), {}, 7), &then).value();
        QVERIFY(TakeStore::rerenderDifferences(take, then).isEmpty());

        LoadedModels gpu = then;
        gpu.info.device = mars5::ComputeDevice::Cuda;
        gpu.info.dtype = mars5::ComputeDType::Float16;
        QStringList d = TakeStore::rerenderDifferences(take, gpu);
        QCOMPARE(d.size(), 1);
        QVERIFY2(d.first().contains(QStringLiteral("made on cpu, float32")) && d.first().contains(QStringLiteral("now runs on cuda, float16")),
                 qPrintable(d.first()));

        LoadedModels otherFile = then;
        otherFile.files.first().sha256 = QStringLiteral("cafef00d");
        d = TakeStore::rerenderDifferences(take, otherFile);
        QCOMPARE(d.size(), 1);
        QVERIFY2(d.first().contains(QStringLiteral("MARS5 AR file")), qPrintable(d.first()));

        // A file whose hash is not known on one side (not fingerprinted) is not called different.
        otherFile.files.first().sha256.clear();
        QVERIFY(TakeStore::rerenderDifferences(take, otherFile).isEmpty());

        // Fewer than 200 diffusion steps: a take made before they skipped steps of the 200-step
        // schedule (no sampler recorded) cannot come out the same; one made since can.
        TakeRecord few = take;
        few.config.nar_steps = 50;
        QVERIFY(TakeStore::rerenderDifferences(few, then).isEmpty());
        few.models.remove(QStringLiteral("nar_sampler"));
        d = TakeStore::rerenderDifferences(few, then);
        QCOMPARE(d.size(), 1);
        QVERIFY2(d.first().contains(QStringLiteral("50 diffusion steps ran a 50-step schedule")), qPrintable(d.first()));
        few.config.nar_steps = 200;
        QVERIFY(TakeStore::rerenderDifferences(few, then).isEmpty());

        // The diffusion's route is recorded; a GPU take from before it was cannot come out the same.
        QCOMPARE(take.models.value(QStringLiteral("nar_diffusion_route")).toString(), QStringLiteral("reference"));
        TakeRecord oldGpu = take;
        oldGpu.models.insert(QStringLiteral("device"), QStringLiteral("cuda"));
        oldGpu.models.insert(QStringLiteral("dtype"), QStringLiteral("float16"));
        QVERIFY(TakeStore::rerenderDifferences(oldGpu, gpu).isEmpty());
        oldGpu.models.remove(QStringLiteral("nar_diffusion_route"));
        d = TakeStore::rerenderDifferences(oldGpu, gpu);
        QCOMPARE(d.size(), 1);
        QVERIFY2(d.first().contains(QStringLiteral("made on the GPU before 2026-12-03")), qPrintable(d.first()));
        TakeRecord oldCpu = take;
        oldCpu.models.remove(QStringLiteral("nar_diffusion_route"));
        QVERIFY(TakeStore::rerenderDifferences(oldCpu, then).isEmpty());  // the CPU's float32 route never changed
        // bfloat16 on the CPU took the reference's route before 2026-12-03, the short one since.
        TakeRecord oldBf16 = take;
        oldBf16.models.insert(QStringLiteral("dtype"), QStringLiteral("bfloat16"));
        LoadedModels bf16 = then;
        bf16.info.dtype = mars5::ComputeDType::BFloat16;
        d = TakeStore::rerenderDifferences(oldBf16, bf16);
        QCOMPARE(d.size(), 1);
        QVERIFY2(d.first().contains(QStringLiteral("made in bfloat16 on the CPU before 2026-12-03")), qPrintable(d.first()));
        oldBf16.models.insert(QStringLiteral("nar_diffusion_route"), QStringLiteral("short"));
        QVERIFY(TakeStore::rerenderDifferences(oldBf16, bf16).isEmpty());
    }

    void settingsDiffListsOnlyWhatDiffers() {
        TakeRecord a, b;
        a.text = b.text = QStringLiteral("same text");
        a.referenceAudioSha256 = b.referenceAudioSha256 = QStringLiteral("abc");
        a.seed = b.seed = 7;
        QVERIFY(settingsDiff(a, b).isEmpty());
        b.config.temperature = 0.9;
        b.config.nar_steps = 50;
        b.config.deep_clone = false;
        b.seed = 8;
        const QList<SettingDifference> diff = settingsDiff(a, b);
        QStringList fields;
        for (const auto& d : diff) fields << d.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("seed used"), QStringLiteral("temperature"), QStringLiteral("nar_steps"),
                                      QStringLiteral("deep_clone")}));
        QCOMPARE(diff[1].a, QStringLiteral("0.7"));
        QCOMPARE(diff[1].b, QStringLiteral("0.9"));
        QCOMPARE(diff[1].group, QStringLiteral("AR sampling"));
        {
            // Written as the settings panel writes them: "0,7" in German.
            const QLocale before;
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
            const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
            QCOMPARE(settingsDiff(a, b)[1].a, QStringLiteral("0,7"));
        }
        // people read the settings panel's labels, not the reference's field names
        QCOMPARE(diff[0].label, QStringLiteral("Seed used"));
        QCOMPARE(diff[1].label, QStringLiteral("Temperature"));
        QCOMPARE(diff[2].label, QStringLiteral("Diffusion steps"));
        QCOMPARE(diff[2].a, QStringLiteral("200"));
        QCOMPARE(diff[2].b, QStringLiteral("50"));
        QCOMPARE(diff[3].a, QStringLiteral("on"));
        QCOMPARE(diff[3].b, QStringLiteral("off"));
        b.referenceAudioSha256 = QStringLiteral("def");
        QCOMPARE(settingsDiff(a, b).first().field, QStringLiteral("reference"));
    }

    void heatmapModelAndViewMatchTheCodes() {
        const SynthesisOutcome o = makeOutcome(QStringLiteral("x"), {}, 1, 3);
        CodebookHeatmapModel model;
        model.setCodes(o.fullCodes, o.referenceFrames, o.snapshots, o.snapshotT);
        QCOMPARE(model.codebooks(), 8);
        QCOMPARE(model.frames(), std::int64_t(20));
        QCOMPARE(model.referenceFrames(), std::int64_t(5));
        QCOMPARE(model.snapshotCount(), 4);
        QVERIFY(model.showingFinal());
        for (int q = 0; q < 8; ++q)
            for (std::int64_t t = 0; t < 20; ++t) QCOMPARE(model.value(q, t), o.fullCodes.value(q, t));
        QCOMPARE(model.differencesFromFinal(), std::int64_t(0));
        model.setStep(1);
        QCOMPARE(model.stepT(1), std::int64_t(3));
        std::int64_t expectedDiff = 0;
        for (int q = 0; q < 8; ++q)
            for (std::int64_t t = 0; t < 20; ++t) {
                QCOMPARE(model.value(q, t), o.snapshots[1].value(q, t));
                expectedDiff += o.snapshots[1].value(q, t) != o.fullCodes.value(q, t);
            }
        QCOMPARE(model.differencesFromFinal(), expectedDiff);
        model.setStep(99);
        QVERIFY(model.showingFinal());

        // The view draws exactly those codes, and the slider scrubs the snapshots.
        TakeRecord take;
        take.text = QStringLiteral("x");
        TakeInternals in;
        in.fullCodes = o.fullCodes;
        in.codes = o.codes;
        in.l0Codes = o.l0Codes;
        in.snapshots = o.snapshots;
        in.snapshotT = o.snapshotT;
        in.referenceFrames = o.referenceFrames;
        TakeInternalsView view;
        view.resize(900, 400);
        view.setTake(take, in);
        QCOMPARE(view.stepSlider()->maximum(), 4);
        QCOMPARE(view.stepSlider()->value(), 4);
        for (int q = 0; q < 8; ++q)
            for (std::int64_t t = 0; t < 20; ++t) QCOMPARE(view.cellValue(q, t), double(o.fullCodes.value(q, t)));
        view.stepSlider()->setValue(2);
        QCOMPARE(view.model().step(), 2);
        for (int q = 0; q < 8; ++q)
            for (std::int64_t t = 0; t < 20; ++t) QCOMPARE(view.cellValue(q, t), double(o.snapshots[2].value(q, t)));

        // A long take's pieces: a line where each begins after the first, and the top
        // axis names them, when their frames add up to the codes (else the codes are one).
        const auto topLabels = [&] {
            return qSharedPointerDynamicCast<QCPAxisTickerText>(view.heatmapPlot()->xAxis2->ticker())->ticks().values();
        };
        TakeInternals pieced = in;
        pieced.referenceFrames = 0;
        pieced.fullCodes = o.codes;
        TakeRecord long_ = take;
        long_.pieceList = {{QStringLiteral("One."), 1, 0, 100, 0, 8, 5, QStringLiteral("EOS")},
                           {QStringLiteral("Two."), 2, 200, 100, 8, o.codes.numFrames - 8, 9, QStringLiteral("EOS")}};
        view.setTake(long_, pieced);
        QCOMPARE(topLabels(), (QList<QString>{QStringLiteral("piece 1"), QStringLiteral("piece 2")}));
        QCOMPARE(view.heatmapPlot()->itemCount(), 3);  // the L0 row's outline and the second piece's line (black under white)
        long_.pieceList[1].frames += 1;  // does not add up: drawn as one
        view.setTake(long_, pieced);
        QCOMPARE(topLabels(), QList<QString>{QStringLiteral("generated")});
    }

    void historyFiltersStarsRenamesAndUndoesDelete() {
        const QString path = m_dir.filePath(QStringLiteral("history/takes.sqlite"));
        TakeStore store;
        QVERIFY(store.open(path).ok());
        const LoadedModels models = makeModels();
        QList<qint64> ids;
        ids << store.add(makeOutcome(QStringLiteral("The quick brown fox."), QStringLiteral("Warm"), 1, 1), &models).value().id;
        ids << store.add(makeOutcome(QStringLiteral("A slow green turtle."), QStringLiteral("Bright"), 2, 2), &models).value().id;
        ids << store.add(makeOutcome(QStringLiteral("The lazy dog sleeps."), QStringLiteral("Warm"), 3, 3), &models).value().id;

        HistoryPanel panel(&store);
        TakeHistoryModel* model = panel.model();
        TakeFilterProxy* proxy = panel.proxy();
        QCOMPARE(model->rowCount(), 3);
        // The largest seed a random run draws (53 bits) fits its column unelided.
        const QString largestSeed = QString::number((std::int64_t{1} << 53) - 1);
        QVERIFY(panel.view()->columnWidth(TakeHistoryModel::Seed) >= panel.view()->fontMetrics().horizontalAdvance(largestSeed) + 8);
        QCOMPARE(model->presetNames(), (QStringList{QStringLiteral("Bright"), QStringLiteral("Warm")}));
        QCOMPARE(panel.presetFilter()->count(), 3);  // "Every preset" + 2

        panel.searchEdit()->setText(QStringLiteral("the DOG"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data(TakeHistoryModel::TakeIdRole).toLongLong(), ids[2]);
        panel.searchEdit()->setText(QStringLiteral("the"));
        QCOMPARE(proxy->rowCount(), 2);
        panel.searchEdit()->clear();
        panel.presetFilter()->setCurrentIndex(panel.presetFilter()->findText(QStringLiteral("Bright")));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data(TakeHistoryModel::TakeIdRole).toLongLong(), ids[1]);
        panel.presetFilter()->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), 3);

        // Star through the model (the ★ cell), filter to starred.
        const int row = model->rowOf(ids[0]);
        QVERIFY(model->setData(model->index(row, TakeHistoryModel::Star), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(store.take(ids[0]).value().starred);
        panel.starredOnly()->setChecked(true);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data(TakeHistoryModel::TakeIdRole).toLongLong(), ids[0]);
        panel.starredOnly()->setChecked(false);

        // The ★ cell as a user meets it: a click anywhere in the cell stars, a second click takes
        // the star off, Space on the cell stars again, and a double click is one toggle.
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const qint64 clicked = ids[1];
        const auto starCell = [&] {
            const QModelIndex source = model->index(model->rowOf(clicked), TakeHistoryModel::Star);
            return proxy->mapFromSource(source);
        };
        const auto starredInStore = [&] { return store.take(clicked).value().starred; };
        QVERIFY(!starredInStore());
        QRect cell = panel.view()->visualRect(starCell());
        QVERIFY(!cell.isEmpty());
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, cell.topLeft() + QPoint(2, 2));
        QVERIFY(starredInStore());
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(!starredInStore());
        panel.view()->setCurrentIndex(starCell());
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_Space);
        QVERIFY(starredInStore());
        cell = panel.view()->visualRect(starCell());
        // A double click as the window system delivers it: press, release, press, double click, release.
        QWidget* viewport = panel.view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, cell.center());
        QTest::mousePress(viewport, Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, cell.center());
        QVERIFY(!starredInStore());
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, cell.center());  // the next click still counts
        QVERIFY(starredInStore());
        QVERIFY(model->setData(model->index(model->rowOf(clicked), TakeHistoryModel::Star), Qt::Unchecked, Qt::CheckStateRole));
        panel.hide();

        // Rename through the Name cell; the search finds the new name.
        QVERIFY(model->setData(model->index(model->rowOf(ids[1]), TakeHistoryModel::Name), QStringLiteral("Turtle keeper")));
        QCOMPARE(store.take(ids[1]).value().name, QStringLiteral("Turtle keeper"));
        panel.searchEdit()->setText(QStringLiteral("keeper"));
        QCOMPARE(proxy->rowCount(), 1);
        panel.searchEdit()->clear();

        // Delete two, undo brings both back (with their star and name), redo removes them again.
        panel.selectTake(ids[0]);
        QCOMPARE(panel.selectedIds(), QList<qint64>{ids[0]});
        QVERIFY(panel.internalsView()->model().frames() == 20);  // the selection shows its codes
        QVERIFY(model->removeTakes({ids[0], ids[1]}).isEmpty());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(store.takes().value().size(), 1);
        panel.undo();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->takeById(ids[0])->starred);
        QCOMPARE(model->takeById(ids[1])->name, QStringLiteral("Turtle keeper"));
        model->undoStack()->redo();
        QCOMPARE(model->rowCount(), 1);
        model->undoStack()->undo();
        QCOMPARE(model->rowCount(), 3);

        // Batch export: a WAV and a sidecar per selected take.
        QTemporaryDir out;
        panel.view()->selectAll();
        QCOMPARE(panel.selectedIds().size(), 3);
        QCOMPARE(exportAndWait(panel, out.path()), QString());
        const QStringList wavs = QDir(out.path()).entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
        QCOMPARE(wavs.size(), 3);
        // Named <id>-<name>, the id padded: sorted by name, the files are in the order the takes were made.
        for (int i = 0; i < 3; ++i)
            QVERIFY2(wavs[i].startsWith(QStringLiteral("%1-").arg(ids[i], 4, 10, QLatin1Char('0'))), qPrintable(wavs.join(QLatin1Char(' '))));
        QCOMPARE(wavs[1], QStringLiteral("%1-Turtle-keeper.wav").arg(ids[1], 4, 10, QLatin1Char('0')));
        for (const QString& wav : wavs) {
            QFile sidecar(QDir(out.path()).filePath(sidecarPathFor(wav)));
            QVERIFY(sidecar.open(QIODevice::ReadOnly));
            const QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
            QVERIFY(json.value(QStringLiteral("seed")).toInteger() >= 1);
            QCOMPARE(json.value(QStringLiteral("models")).toObject().value(QStringLiteral("MARS5 AR")).toObject()
                         .value(QStringLiteral("sha256")).toString(),
                     QStringLiteral("deadbeef"));
            auto audio = mars5::readAudioMono(QDir(out.path()).filePath(wav).toStdString());
            QVERIFY(audio.ok());
            QCOMPARE(audio.value().samples.size(), std::size_t(4800));
        }
    }

    // A batch export runs on its own thread with a bar and Stop under the list. Stop ends it
    // after the take being written: those written are complete with their sidecars and kept,
    // and the status says how many. A second export waits for the first; a panel destroyed
    // mid-export stops it and leaves no half-written file.
    // (No translation is loaded here: "take(s)".)
    void aBatchExportRunsAsideAndStops() {
        const QString path = m_dir.filePath(QStringLiteral("batch/takes.sqlite"));
        TakeStore store;
        QVERIFY(store.open(path).ok());
        const LoadedModels models = makeModels();
        for (int i = 0; i < 6; ++i)
            QVERIFY(store.add(makeOutcome(QStringLiteral("Line %1").arg(i), QStringLiteral("Warm"), 50 + i, 1 + i), &models).ok());
        QTemporaryDir out, late;
        QSemaphore mayGoOn, firstWritten;
        std::thread releaser;
        const auto joinReleaser = qScopeGuard([&] { if (releaser.joinable()) releaser.join(); });
        {
            HistoryPanel panel(&store);
            // A failed check must not leave the export's thread waiting (the panel waits for it).
            const auto letGo = qScopeGuard([&] { if (QTest::currentTestFailed()) mayGoOn.release(8); });
            panel.resize(900, 400);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            panel.view()->selectAll();
            // The export's thread waits after its first take until the test lets it go on.
            const auto waitAfterTheFirstTake = [&](BatchExport* batch) {
                connect(batch, &BatchExport::progressed, batch, [&](int done) {
                    if (done != 1) return;
                    firstWritten.release();
                    mayGoOn.acquire();
                }, Qt::DirectConnection);
            };
            auto hook = connect(&panel, &HistoryPanel::exportStarted, this, waitAfterTheFirstTake);
            QSignalSpy ended(&panel, &HistoryPanel::exportFinished);
            QCOMPARE(panel.exportSelected(out.path()), QString());
            QVERIFY(panel.isExporting());
            QVERIFY(firstWritten.tryAcquire(1, 30000));
            QCOMPARE(panel.exportSelected(out.path()), QStringLiteral("An export is still running: wait for it, or stop it, first."));
            QVERIFY(panel.stopExportButton()->isVisible());
            panel.stopExportButton()->click();
            QVERIFY(!panel.stopExportButton()->isEnabled());
            mayGoOn.release();
            QVERIFY(ended.wait(30000));
            QVERIFY2(ended.first().first().toString().startsWith(QStringLiteral("Export stopped: 1 of 6 take(s) written")),
                     qPrintable(ended.first().first().toString()));
            QVERIFY(!panel.isExporting());
            QVERIFY(!panel.stopExportButton()->isVisible());
            QVERIFY2(panel.statusText().startsWith(QStringLiteral("Export stopped: 1 of 6 take(s) written")), qPrintable(panel.statusText()));
            QStringList files = QDir(out.path()).entryList(QDir::Files, QDir::Name);
            QCOMPARE(files.size(), 2);  // the first take and its .json, nothing half-written
            QVERIFY(files[0].endsWith(QStringLiteral(".json")) && files[1].endsWith(QStringLiteral(".wav")));

            // Started again, unhindered: every take, the one already there written anew.
            disconnect(hook);
            QCOMPARE(exportAndWait(panel, out.path()), QString());
            QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 12);
            QVERIFY2(panel.statusText().startsWith(QStringLiteral("Exported 6 take(s)")), qPrintable(panel.statusText()));

            // Destroyed mid-export (the studio closed): the export stops after the take being
            // written, which the destructor waits for (let go 0.2 s later).
            connect(&panel, &HistoryPanel::exportStarted, this, waitAfterTheFirstTake);
            QCOMPARE(panel.exportSelected(late.path()), QString());
            QVERIFY(firstWritten.tryAcquire(1, 30000));
            releaser = std::thread([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                mayGoOn.release();
            });
        }
        QCOMPARE(QDir(late.path()).entryList(QDir::Files).size(), 2);  // the first take and its .json
    }

    void loudTakesSayWhatA16BitExportClips() {
        // Vocos output is unbounded: a take can peak above full scale. A 16-bit file clips
        // those samples; the export says so (sidecar and note) and a float file keeps them.
        SynthesisOutcome loud = makeOutcome(QStringLiteral("Loud."), {}, 9);
        loud.audio.samples[10] = 2.0f;
        loud.audio.samples[20] = -1.5f;
        const AudioPeak peak = measurePeak(loud.audio.samples);
        QCOMPARE(peak.peak, 2.0f);
        QCOMPARE(peak.overFullScale, std::size_t(2));
        QVERIFY(std::abs(peak.peakDbfs() - 6.0206) < 1e-3);
        const QString note = clippingNote(peak, mars5::AudioFileFormat::WavPcm16);
        QVERIFY2(note.contains(QStringLiteral("2 sample")) && note.contains(QStringLiteral("+6.0 dBFS")) &&
                     note.contains(QStringLiteral("16-bit")),
                 qPrintable(note));
        QVERIFY(clippingNote(peak, mars5::AudioFileFormat::FlacPcm24).contains(QStringLiteral("FLAC, 24-bit")));
        QVERIFY(clippingNote(peak, mars5::AudioFileFormat::WavFloat32).isEmpty());  // float keeps them
        QVERIFY(clippingNote(measurePeak(makeOutcome(QStringLiteral("Quiet."), {}, 9).audio.samples),
                             mars5::AudioFileFormat::WavPcm16)
                    .isEmpty());

        QTemporaryDir out;
        const QString pcm = QDir(out.path()).filePath(QStringLiteral("loud16.wav"));
        const QString flt = QDir(out.path()).filePath(QStringLiteral("loudf.wav"));
        const TakeExportResult pcmResult = exportTake(pcm, loud, nullptr, ExportOptions::inFormat(mars5::AudioFileFormat::WavPcm16));
        QCOMPARE(pcmResult.error, QString());
        QCOMPARE(pcmResult.clippingNote(mars5::AudioFileFormat::WavPcm16), note);
        QCOMPARE(exportTake(flt, loud, nullptr, ExportOptions::inFormat(mars5::AudioFileFormat::WavFloat32)).error, QString());
        const auto sidecarAudio = [](const QString& wav) {
            QFile f(sidecarPathFor(wav));
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("audio")).toObject()
                                               : QJsonObject();
        };
        QCOMPARE(sidecarAudio(pcm).value(QStringLiteral("clipped_samples")).toInteger(), qint64(2));
        QCOMPARE(sidecarAudio(flt).value(QStringLiteral("clipped_samples")).toInteger(), qint64(0));
        QCOMPARE(sidecarAudio(pcm).value(QStringLiteral("peak_dbfs")).toDouble(), 6.02);
        const auto pcmBack = mars5::readAudioMono(pcm.toStdString());
        const auto fltBack = mars5::readAudioMono(flt.toStdString());
        QVERIFY(pcmBack.ok() && fltBack.ok());
        QVERIFY(pcmBack.value().samples[10] <= 1.0f && pcmBack.value().samples[10] > 0.99f);  // clipped, not wrapped
        QCOMPARE(fltBack.value().samples[10], 2.0f);                                           // kept

        // Silence has no peak in dB: null in the sidecar, not an invalid number.
        SynthesisOutcome silent = makeOutcome(QStringLiteral("Silent."), {}, 9);
        std::fill(silent.audio.samples.begin(), silent.audio.samples.end(), 0.0f);
        const QString quiet = QDir(out.path()).filePath(QStringLiteral("silent.wav"));
        QCOMPARE(exportTake(quiet, silent, nullptr, {}).error, QString());
        QVERIFY(sidecarAudio(quiet).value(QStringLiteral("peak_dbfs")).isNull());

        // Batch export from the history: the panel counts the loud takes, the float export keeps
        // their peaks, and the 16-bit one says how many clip.
        TakeStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("loud/takes.sqlite"))).ok());
        const LoadedModels models = makeModels();
        QVERIFY(store.add(loud, &models).ok());
        QVERIFY(store.add(makeOutcome(QStringLiteral("Quiet."), {}, 10), &models).ok());
        HistoryPanel panel(&store);
        QCOMPARE(panel.model()->rowCount(), 2);
        panel.view()->selectAll();
        // What the dialog reads the takes with (on its measuring thread for many): the files.
        const QList<TakeRecord> listed = store.takes().value();
        QCOMPARE(listed.size(), 2);
        for (const TakeRecord& t : listed) QVERIFY(store.files().audio(t).ok());
        QVERIFY(!store.files().audio(TakeRecord{}).ok());
        // The history's Export opens the dialog on the selection, read from the store: it says
        // one of the two takes clips in 16 bits. Cancel writes nothing.
        QSettings().remove(QStringLiteral("export"));
        QString seenSummary;
        QTimer::singleShot(0, this, [&] {
            if (auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget())) {
                seenSummary = dialog->summaryText();
                dialog->reject();
            }
        });
        panel.exportSelectedWithDialog();
        QVERIFY2(seenSummary.contains(QStringLiteral("above full scale and will clip in WAV, 16-bit PCM")), qPrintable(seenSummary));
        QTemporaryDir floatOut, pcmOut;
        QCOMPARE(exportAndWait(panel, floatOut.path(), ExportOptions::inFormat(mars5::AudioFileFormat::WavFloat32)), QString());
        QVERIFY(!panel.statusText().contains(QStringLiteral("clip")));
        const QStringList loudFiles = QDir(floatOut.path()).entryList({QStringLiteral("*-Loud*.wav")});
        QCOMPARE(loudFiles.size(), 1);
        QCOMPARE(mars5::readAudioMono(QDir(floatOut.path()).filePath(loudFiles[0]).toStdString()).value().samples[10], 2.0f);
        QCOMPARE(exportAndWait(panel, pcmOut.path()), QString());
        QVERIFY2(panel.statusText().contains(QStringLiteral("1 of them clip in WAV, 16-bit PCM")), qPrintable(panel.statusText()));

        // Export into the same folder again asks before replacing the files there (one of them
        // edited since): Cancel keeps them and the dialog open; Replace writes them again.
        QSettings().setValue(QStringLiteral("export/lastTakesFolder"), pcmOut.path());
        const QStringList pcmFiles = QDir(pcmOut.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(pcmFiles.size(), 4);  // two takes, each with its .json
        const QString edited = QDir(pcmOut.path()).filePath(pcmFiles.filter(QStringLiteral(".wav")).first());
        {
            QFile f(edited);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("edited by hand") > 0);
        }
        const auto contentOf = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.read(4) : QByteArray();
        };
        for (const auto answer : {QMessageBox::Cancel, QMessageBox::Yes}) {
            QString question;
            bool openAfterAnswer = false;
            QTimer::singleShot(0, this, [&] {
                auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
                if (!dialog) return;
                answerNextQuestion(this, answer, &question);
                dialog->exportButton()->click();
                openAfterAnswer = dialog->isVisible();
                if (openAfterAnswer) dialog->reject();
            });
            panel.exportSelectedWithDialog();
            QTRY_VERIFY(!panel.isExporting());
            QVERIFY2(question.startsWith(QStringLiteral("2 of the files to write already exist in")), qPrintable(question));
            QCOMPARE(openAfterAnswer, answer == QMessageBox::Cancel);
            QCOMPARE(contentOf(edited), answer == QMessageBox::Cancel ? QByteArray("edit") : QByteArray("RIFF"));
            QCOMPARE(QDir(pcmOut.path()).entryList(QDir::Files, QDir::Name), pcmFiles);
        }

        // FLAC from the history: named .flac, clipped like any integer format.
        QTemporaryDir flacOut;
        QCOMPARE(exportAndWait(panel, flacOut.path(), ExportOptions::inFormat(mars5::AudioFileFormat::FlacPcm24)), QString());
        const QStringList flacs = QDir(flacOut.path()).entryList({QStringLiteral("*.flac")}, QDir::Files, QDir::Name);
        QCOMPARE(flacs.size(), 2);
        QVERIFY(QString::fromStdString(mars5::probeAudio(QDir(flacOut.path()).filePath(flacs[0]).toStdString()).value().container)
                    .startsWith(QStringLiteral("FLAC")));
        QVERIFY2(panel.statusText().contains(QStringLiteral("1 of them clip in FLAC, 24-bit")), qPrintable(panel.statusText()));
    }

    // A note typed under the list is kept with the take (Enter, or leaving the field, or a new
    // selection: always for the take it was typed for), found by the search, shown in the
    // tooltip and written into the export's sidecar; Escape puts the kept note back.
    void notesAreKeptFoundAndExported() {
        const QString path = m_dir.filePath(QStringLiteral("notes/takes.sqlite"));
        TakeStore store;
        QVERIFY(store.open(path).ok());
        const LoadedModels models = makeModels();
        const qint64 first = store.add(makeOutcome(QStringLiteral("The quick brown fox."), QStringLiteral("Warm"), 1, 1), &models).value().id;
        const qint64 second = store.add(makeOutcome(QStringLiteral("A slow green turtle."), QStringLiteral("Warm"), 2, 2), &models).value().id;
        HistoryPanel panel(&store);
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QLineEdit* note = panel.noteEdit();
        QVERIFY(!note->isEnabled());  // nothing selected

        panel.selectTake(first);
        QVERIFY(note->isEnabled());
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("breathy ending, keep "));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(store.take(first).value().note, QStringLiteral("breathy ending, keep"));
        QCOMPARE(panel.statusText(), QStringLiteral("Note kept."));
        const QModelIndex row = panel.model()->index(panel.model()->rowOf(first), TakeHistoryModel::Name);
        QVERIFY2(row.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("Note: breathy ending, keep")),
                 qPrintable(row.data(Qt::ToolTipRole).toString()));
        QVERIFY(!row.data(Qt::DecorationRole).isNull());  // the pencil: this take has a note
        QVERIFY(panel.model()->index(panel.model()->rowOf(second), TakeHistoryModel::Name).data(Qt::DecorationRole).isNull());
        panel.searchEdit()->setText(QStringLiteral("BREATHY"));
        QCOMPARE(panel.proxy()->rowCount(), 1);
        panel.searchEdit()->clear();
        // "✎ only" keeps the takes with a note.
        panel.notedOnly()->setChecked(true);
        QCOMPARE(panel.proxy()->rowCount(), 1);
        QCOMPARE(panel.proxy()->index(0, 0).data(TakeHistoryModel::TakeIdRole).toLongLong(), first);
        panel.notedOnly()->setChecked(false);
        QCOMPARE(panel.proxy()->rowCount(), 2);
        // Inside the take, the note is under the title, and follows its edits.
        QVERIFY2(panel.internalsView()->titleText().contains(QStringLiteral("breathy ending, keep")), qPrintable(panel.internalsView()->titleText()));

        // Escape puts the kept note back; nothing is written.
        QTest::keyClicks(note, QStringLiteral(" and more"));
        QTest::keyClick(note, Qt::Key_Escape);
        QCOMPARE(note->text(), QStringLiteral("breathy ending, keep"));
        QCOMPARE(store.take(first).value().note, QStringLiteral("breathy ending, keep"));

        // Typed, then the selection moves on by itself (a take just made is selected): the note
        // stays with the first take while it is written, Enter writes it there, and the field
        // then shows the second take's note.
        note->selectAll();
        QTest::keyClicks(note, QStringLiteral("too"));
        panel.selectTake(second);
        QTest::keyClicks(note, QStringLiteral(" fast"));
        QCOMPARE(note->text(), QStringLiteral("too fast"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(store.take(first).value().note, QStringLiteral("too fast"));
        QCOMPARE(store.take(second).value().note, QString());
        QCOMPARE(note->text(), QString());
        QVERIFY(!panel.internalsView()->titleText().contains(QStringLiteral("\u270E")));  // the second take: no note
        panel.selectTake(first);
        QVERIFY2(panel.internalsView()->titleText().contains(QStringLiteral("too fast")), qPrintable(panel.internalsView()->titleText()));
        // The user moving the selection takes the keyboard from the field, which writes the note.
        panel.selectTake(first);
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("!"));
        panel.view()->setFocus();
        QCOMPARE(store.take(first).value().note, QStringLiteral("too fast!"));
        QVERIFY2(panel.internalsView()->titleText().contains(QStringLiteral("too fast!")), qPrintable(panel.internalsView()->titleText()));
        QVERIFY(panel.model()->setData(panel.model()->index(panel.model()->rowOf(first), TakeHistoryModel::Name), QStringLiteral("too fast"),
                                       TakeHistoryModel::NoteRole));
        // Several selected: no note field. Compared, the take with a note says so, and its note
        // is the tooltip of its line.
        panel.view()->selectAll();
        QVERIFY(!note->isEnabled());
        QVERIFY(panel.compareSelected());
        QVERIFY(panel.compareView()->sideLabel(CompareView::Side::A).contains(QStringLiteral("\u270E")));  // A: the older take
        QCOMPARE(panel.compareView()->sideNote(CompareView::Side::A), QStringLiteral("too fast"));
        QVERIFY(!panel.compareView()->sideLabel(CompareView::Side::B).contains(QStringLiteral("\u270E")));

        // The export says which take it was, with its note.
        panel.selectTake(first);
        const QString folder = m_dir.filePath(QStringLiteral("notes-export"));
        QDir().mkpath(folder);
        QCOMPARE(exportAndWait(panel, folder), QString());
        const QStringList written = panel.exportPaths(folder, {});
        QCOMPARE(written.size(), 1);
        QFile sidecar(sidecarPathFor(written.first()));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject take = QJsonDocument::fromJson(sidecar.readAll()).object().value(QStringLiteral("take")).toObject();
        QCOMPARE(take.value(QStringLiteral("id")).toInteger(), first);
        QCOMPARE(take.value(QStringLiteral("note")).toString(), QStringLiteral("too fast"));

        // Cleared: the note is gone.
        note->clear();
        note->setModified(true);
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(store.take(first).value().note, QString());
        QCOMPARE(panel.statusText(), QStringLiteral("Note removed."));
    }

    // File ▸ Export the Take List: the takes the list shows, in its order, as RFC 4180 CSV, a
    // note with a comma, quotes and a line break kept whole; the star filter gives the keepers.
    void theTakeListIsATable() {
        const QString path = m_dir.filePath(QStringLiteral("list/takes.sqlite"));
        TakeStore store;
        QVERIFY(store.open(path).ok());
        const LoadedModels models = makeModels();
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)  // a preset name with spaces at its ends, which a spreadsheet would trim unquoted
            ids << store.add(makeOutcome(QStringLiteral("Line %1, spoken.").arg(i), QStringLiteral(" Warm "), 10 + i, 1 + i), &models).value().id;
        HistoryPanel panel(&store);
        TakeHistoryModel* model = panel.model();
        QVERIFY(model->setData(model->index(model->rowOf(ids[1]), TakeHistoryModel::Name), QStringLiteral("says \"hi\", twice\nsecond line"),
                               TakeHistoryModel::NoteRole));
        QVERIFY(model->setData(model->index(model->rowOf(ids[1]), TakeHistoryModel::Star), Qt::Checked, Qt::CheckStateRole));

        const QString all = m_dir.filePath(QStringLiteral("list/all.csv"));
        QCOMPARE(panel.exportTakeList(all), QString());
        QFile file(all);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("id,made,name,starred,note,text,transcript,preset,seed,seconds,deep_clone,reference,status,folder\r\n")));
        QVERIFY(text.contains(QStringLiteral(",1,\"says \"\"hi\"\", twice\nsecond line\",\"Line 1, spoken.\",reference words,\" Warm \",")));
        // Newest first, as the list shows them: take 3, 2, 1 (the note's line break is inside quotes).
        const QStringList rows = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows[1].startsWith(QString::number(ids[2]) + QLatin1Char(',')));
        QVERIFY(rows[3].startsWith(QString::number(ids[0]) + QLatin1Char(',')));
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("The list of 3 take")), qPrintable(panel.statusText()));

        panel.starredOnly()->setChecked(true);
        const QString kept = m_dir.filePath(QStringLiteral("list/kept.csv"));
        QCOMPARE(panel.exportTakeList(kept), QString());
        QFile keptFile(kept);
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(keptFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 2);
        // A folder that cannot take the file: said, nothing half-written.
        QVERIFY(!panel.exportTakeList(m_dir.filePath(QStringLiteral("no/such/folder/list.csv"))).isEmpty());
    }

    // The note from the keyboard. In the window, Escape is also Stop: an edited note takes
    // Escape to put its kept note back (no ambiguous shortcut, no Stop), and an untouched note
    // leaves it to Stop. Ctrl+Shift+K goes to the selected take's note.
    void theNoteFromTheKeyboard() {
        const QList<TakeRecord> made = take_test::fillDefaultStore(1);
        QCOMPARE(made.size(), 1);
        take_test::WindowWithTakes studio;
        QVERIFY(studio.panel);
        studio.window.show();
        studio.dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(&studio.window));
        QAction* stop = nullptr;
        for (QAction* a : studio.window.findChildren<QAction*>())
            if (a->shortcuts().contains(QKeySequence(Qt::Key_Escape))) stop = a;
        QVERIFY(stop);
        stop->setEnabled(true);  // as while a synthesis runs
        QSignalSpy stops(stop, &QAction::triggered);

        studio.panel->selectTake(made[0].id);
        QLineEdit* note = studio.panel->noteEdit();
        note->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return note->hasFocus(); }));
        QTest::keyClicks(note, QStringLiteral("half-typed"));
        QTest::keyClick(note, Qt::Key_Escape);
        QCOMPARE(note->text(), QString());
        QCOMPARE(stops.count(), 0);
        QTest::keyClick(note, Qt::Key_Escape);  // nothing to put back: Escape is Stop again
        QCOMPARE(stops.count(), 1);

        // Ctrl+Shift+K puts the keyboard in the selected take's note; with none selected, it says so.
        studio.window.activateWindow();
        studio.panel->view()->setFocus();
        QTest::keySequence(&studio.window, studio.window.noteTakeAction()->shortcut());
        QVERIFY(QTest::qWaitFor([&] { return note->hasFocus(); }));
        studio.panel->view()->clearSelection();
        QVERIFY(!studio.panel->editNoteOfSelected());
    }

    // A take goes back into the studio to go on from it: its voice (the clip as sent and its
    // transcript), its text and its settings with the seed it used, each part one undo step
    // where it lands (Edit ▸ Undo follows the keyboard to the settings' history). A take whose
    // clip is gone cannot give its voice, and then nothing changes; its settings still come.
    // A clip whose file has changed since it was read counts as edited.
    void aTakeGoesBackIntoTheStudio() {
        const QList<TakeRecord> made = take_test::fillDefaultStore(3);  // the second deleted
        QCOMPARE(made.size(), 3);
        QTemporaryDir voices;
        const QString voiceFile = voices.filePath(QStringLiteral("narrator.wav"));
        qint64 fileTakeId = 0;
        {
            // A take of a file opened and left as it was: the record has its bytes' sha256.
            SynthesisOutcome o = take_test::makeOutcome(QStringLiteral("From a file"), QStringLiteral("Warm"), 300, 9);
            QVERIFY(mars5::writeAudioFile(QFile::encodeName(voiceFile).toStdString(), o.request.reference, mars5::AudioFileFormat::WavFloat32).ok());
            QFile f(voiceFile);
            QVERIFY(f.open(QIODevice::ReadOnly));
            o.request.referenceFile = voiceFile;
            o.request.referenceFileSha256 = QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
            o.request.referenceEdited = false;
            TakeStore store;
            QVERIFY(store.open(TakeStore::defaultPath()).ok());
            const LoadedModels models = take_test::makeModels();
            auto added = store.add(o, &models);
            QVERIFY(added.ok());
            fileTakeId = added.value().id;
        }
        take_test::WindowWithTakes studio;
        QVERIFY(studio.panel);
        studio.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&studio.window));
        mars5::ui::ReferencePanel* reference = studio.window.referencePanel();
        mars5::ui::TextPanel* text = studio.window.textPanel();
        mars5::ui::SettingsPanel* settings = studio.window.settingsPanel();

        // What the user has before: a recording, two texts, tuned settings.
        std::vector<float> recorded(24000, 0.1f);
        reference->setRecordedClip(mars5::ui::shareSamples(std::vector<float>(recorded)), 24000);
        text->setTargetText(QStringLiteral("My own text"));
        text->setTranscript(QStringLiteral("my own words"));
        mars5::InferenceConfig tuned = settings->config();
        tuned.temperature = 0.9;
        settings->setConfig(tuned);
        const QByteArray tunedState = settings->saveState();

        // Nothing or two selected: Use is off, and says why when asked.
        studio.panel->view()->clearSelection();
        QVERIFY(!studio.panel->useButton()->isEnabled());
        QVERIFY(!studio.panel->useSelected());
        QVERIFY(studio.panel->statusText().contains(QStringLiteral("Select one take")));

        // The whole take, from the window's Ctrl+U.
        studio.panel->selectTake(made[0].id);
        QVERIFY(studio.panel->useButton()->isEnabled());
        QVERIFY(studio.panel->useButton()->menu() && studio.panel->useButton()->menu()->actions().size() == 5);
        studio.window.useTakeAction()->trigger();
        QCOMPARE(studio.window.synthesisPanel()->errorText(), QString());
        TakeStore store;
        QVERIFY(store.open(TakeStore::defaultPath()).ok());
        const auto sent = store.files().request(made[0]);
        QVERIFY(sent.ok());
        QCOMPARE(reference->referenceAudio().sampleRate, 16000);
        QVERIFY(reference->referenceAudio().samples == sent.value().reference.samples);
        QCOMPARE(reference->sourceDescription(), QStringLiteral("speaker.wav (edited)"));
        QCOMPARE(text->transcript(), QStringLiteral("reference words"));
        QCOMPARE(text->targetText(), made[0].text.trimmed());
        QCOMPARE(settings->config().temperature, 0.55);
        QCOMPARE(settings->config().top_k, std::int64_t{64});
        QCOMPARE(settings->config().seed, std::int64_t{100});  // the seed it used, not "random"
        QVERIFY(text->deepCloneEffective());
        QVERIFY2(studio.window.statusBar()->currentMessage().contains(QStringLiteral("Take %1 is in the studio").arg(made[0].id)),
                 qPrintable(studio.window.statusBar()->currentMessage()));

        // One Ctrl+Z takes the whole Use back (it landed in four histories); Redo brings it again.
        QAction* editUndo = studio.window.undoAction();
        QAction* editRedo = nullptr;
        for (QAction* a : studio.window.findChildren<QAction*>())
            if (a->shortcuts().contains(QKeySequence(QKeySequence::Redo)) && a->parent() == &studio.window) editRedo = a;
        QVERIFY(editUndo && editRedo);
        QVERIFY(studio.window.useTake(made[0].id, mars5::ui::takes::kWholeTake));  // again: nothing changes, still one step back
        QVERIFY2(editUndo->text().contains(QStringLiteral("use of take %1").arg(made[0].id)), qPrintable(editUndo->text()));
        QTest::keyClick(&studio.window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(settings->saveState(), tunedState);
        QCOMPARE(reference->referenceAudio().samples, recorded);
        QCOMPARE(text->targetText(), QStringLiteral("My own text"));
        QCOMPARE(text->transcript(), QStringLiteral("my own words"));
        QVERIFY2(editRedo->text().contains(QStringLiteral("use of take %1").arg(made[0].id)), qPrintable(editRedo->text()));
        editRedo->trigger();
        QCOMPARE(settings->config().seed, std::int64_t{100});
        QVERIFY(reference->referenceAudio().samples == sent.value().reference.samples);
        QCOMPARE(text->targetText(), made[0].text.trimmed());
        QCOMPARE(text->transcript(), QStringLiteral("reference words"));

        // Anything done since makes Ctrl+Z the usual single step: here the settings'. The rest
        // is each history's own.
        settings->editor(QStringLiteral("top_k"))->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return settings->editor(QStringLiteral("top_k"))->hasFocus(); }));
        text->targetEditor()->appendPlainText(QStringLiteral("more"));
        text->targetEditor()->undo();  // typed and taken back: still not as the Use left it
        QVERIFY2(!editUndo->text().contains(QStringLiteral("use of")), qPrintable(editUndo->text()));
        editUndo->trigger();
        QCOMPARE(settings->saveState(), tunedState);
        QVERIFY(reference->referenceAudio().samples == sent.value().reference.samples);
        QWidget* inClip = focusableIn(reference);
        QVERIFY(inClip);
        inClip->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return inClip->hasFocus(); }));
        editUndo->trigger();
        QCOMPARE(reference->referenceAudio().samples, recorded);
        text->targetEditor()->undo();
        text->transcriptEditor()->undo();
        QCOMPARE(text->targetText(), QStringLiteral("My own text"));
        QCOMPARE(text->transcript(), QStringLiteral("my own words"));

        // A take whose clip is gone: no voice, and nothing changed; its settings still come.
        QVERIFY(QFile::remove(store.referencePath(made[2])));
        studio.panel->selectTake(made[2].id);
        QVERIFY(!studio.window.useTake(made[2].id, TakePart::Voice | TakePart::Text));
        QVERIFY2(studio.window.synthesisPanel()->errorText().contains(QStringLiteral("is gone")),
                 qPrintable(studio.window.synthesisPanel()->errorText()));
        QCOMPARE(reference->referenceAudio().samples, recorded);
        QCOMPARE(text->targetText(), QStringLiteral("My own text"));
        QVERIFY(studio.window.useTake(made[2].id, TakePart::Settings));
        QCOMPARE(settings->config().seed, std::int64_t{102});
        QCOMPARE(text->targetText(), QStringLiteral("My own text"));
        QCOMPARE(studio.window.synthesisPanel()->errorText(), QString());

        // A clip from a file: as it was read while the file is unchanged, edited once it changed.
        QVERIFY(studio.window.useTake(fileTakeId, TakePart::Voice));
        QCOMPARE(reference->sourceDescription(), QStringLiteral("narrator.wav"));
        QVERIFY(!reference->editedSinceLoad());
        reference->undoStack()->undo();
        {
            QFile f(voiceFile);
            QVERIFY(f.open(QIODevice::Append));
            f.write("x");
        }
        QVERIFY(studio.window.useTake(fileTakeId, TakePart::Voice));
        QCOMPARE(reference->sourceDescription(), QStringLiteral("narrator.wav (edited)"));
        // The same clip again is no new step.
        const int steps = reference->undoStack()->count();
        QVERIFY(studio.window.useTake(fileTakeId, TakePart::Voice));
        QCOMPARE(reference->undoStack()->count(), steps);
    }

    void ctrlZInTheListBringsBackItsDeletionElseTheStudiosStep() {
        // The list's Ctrl+Z (deleted takes back) and the window's (the studio's last change)
        // share the key. Both enabled, Qt called it ambiguous and ran neither.
        const QList<TakeRecord> made = take_test::fillDefaultStore(3);
        QCOMPARE(made.size(), 3);
        take_test::WindowWithTakes studio;
        QVERIFY(studio.panel);
        QVERIFY(take_test::showActive(studio.window));
        mars5::ui::ReferencePanel* reference = studio.window.referencePanel();
        reference->setRecordedClip(mars5::ui::shareSamples(std::vector<float>(24000, 0.1f)), 24000);
        QVERIFY(studio.window.undoAction()->isEnabled());
        const int rows = studio.panel->view()->model()->rowCount();
        QVERIFY(rows >= 2);

        studio.panel->selectTake(made[0].id);
        studio.panel->view()->setFocus();
        QTRY_VERIFY(studio.panel->view()->hasFocus());
        QTest::keyClick(studio.panel->view(), Qt::Key_Delete);
        QTRY_COMPARE(studio.panel->view()->model()->rowCount(), rows - 1);
        QTest::keyClick(studio.panel->view(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(studio.panel->view()->model()->rowCount(), rows);
        QVERIFY(reference->hasReference());  // the studio's step untouched

        // Nothing of the list's to take back: the key goes on to the studio.
        QTest::keyClick(studio.panel->view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!reference->hasReference());
        QCOMPARE(studio.panel->view()->model()->rowCount(), rows);
    }

    void noTwoShortcutsInTheWindowShareAKey() {
        // Two enabled shortcuts of one key that both apply (the window's and a panel's while the
        // keyboard is in it) make Qt run neither ("Ambiguous shortcut overload"). Ctrl+Z and
        // Space were such pairs; the panels now claim their keys with ShortcutOverride instead.
        take_test::WindowWithTakes studio;
        QVERIFY(studio.panel);
        QList<QWidget*> widgets = studio.window.findChildren<QWidget*>();
        widgets << &studio.window;
        QHash<QKeySequence, QStringList> owners;
        QSet<QAction*> seen;
        for (QWidget* w : widgets)
            for (QAction* a : w->actions()) {
                if (seen.contains(a) || qobject_cast<QMenu*>(w)) continue;  // a menu's items are the window's actions
                seen.insert(a);
                for (const QKeySequence& key : a->shortcuts())
                    owners[key] << QStringLiteral("%1 on %2").arg(a->text().isEmpty() ? QStringLiteral("(unnamed)") : a->text(),
                                                                  QString::fromLatin1(w->metaObject()->className()));
            }
        QStringList shared;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            if (it.value().size() > 1) shared << it.key().toString() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
        QVERIFY2(shared.isEmpty(), qPrintable(shared.join(QLatin1Char('\n'))));
    }

    void spaceInTheComparisonPlaysIt() {
        // Compare's own Space shortcut shared the key with the window's Play/Stop: Qt ran
        // neither, so Space on Compare's Play button did nothing.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Ambiguous shortcut")));
        QVERIFY(take_test::fillDefaultStore(3).size() == 3);
        take_test::WindowWithTakes studio;
        QVERIFY(studio.panel);
        QVERIFY(take_test::showActive(studio.window));
        QAbstractItemModel* model = studio.panel->view()->model();
        QVERIFY(model->rowCount() >= 2);
        studio.panel->view()->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(1, model->columnCount() - 1)),
                                                       QItemSelectionModel::ClearAndSelect);
        QVERIFY(studio.panel->compareSelected());
        CompareView* compare = studio.panel->compareView();
        QVERIFY(compare->hasTakes());
        QPushButton* play = nullptr;
        for (QPushButton* b : compare->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Play")) play = b;
        QVERIFY(play);
        play->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(play->hasFocus());
        QTest::keyClick(play, Qt::Key_Space);
        // Playing, or (no sound device here) tried to and said why.
        QVERIFY(compare->playback()->isPlaying() || !compare->playback()->lastError().isEmpty());
        QVERIFY(!studio.window.referencePanel()->audioPanel()->playback()->isPlaying());
        compare->playback()->stop();
    }

    void editUndoTakesBackTheLastPanelChanged() {
        // The clip and the settings keep separate histories; Edit ▸ Undo (Ctrl+Z) walks the one
        // last changed. A slider takes no focus, so before this a drag was followed by Ctrl+Z
        // undoing the clip's trim instead.
        QTemporaryDir dir;
        const QString voice = dir.filePath(QStringLiteral("voice.wav"));
        QVERIFY(mars5::writeAudioFile(QFile::encodeName(voice).toStdString(),
                                      take_test::makeOutcome(QStringLiteral("x"), QStringLiteral("Warm"), 1).request.reference)
                    .ok());
        MainWindow w(MainWindow::SavedLayout::Ignore);
        QVERIFY(take_test::showActive(w));
        mars5::ui::ReferencePanel* ref = w.referencePanel();
        mars5::ui::SettingsPanel* settings = w.settingsPanel();
        QAction* undo = w.undoAction();
        QVERIFY(ref->loadFile(voice));
        const double full = ref->durationSeconds();
        ref->audioPanel()->waveformView()->setSelection(0.0, full / 2);
        QVERIFY(ref->keepSelection());
        QCOMPARE(ref->undoStack()->index(), 2);  // opened, trimmed

        auto* temperature = qobject_cast<QDoubleSpinBox*>(settings->editor(QStringLiteral("temperature")));
        QSlider* slider = settings->slider(QStringLiteral("temperature"));
        QVERIFY(temperature && slider && !(slider->focusPolicy() & Qt::ClickFocus));  // a click on it moves no focus
        const double before = temperature->value();
        for (int pos = slider->value() + 10; pos <= slider->value() + 100; pos += 10) slider->setValue(pos);  // a drag
        QVERIFY(temperature->value() != before);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(temperature->value(), before);
        QCOMPARE(ref->undoStack()->index(), 2);  // the trim stays
        QVERIFY(!undo->isEnabled());  // the settings have nothing more; the clip is not reached by accident

        // Focus on a button outside both panels changes nothing; into the clip's panel, its history.
        w.synthesisPanel()->synthesizeButton()->setFocus(Qt::OtherFocusReason);
        QVERIFY(!undo->isEnabled());
        QWidget* inClip = focusableIn(ref);
        QVERIFY(inClip);
        inClip->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(ref->durationSeconds(), full);  // the trim undone
        // And a change of the clip makes its history the one Ctrl+Z walks, wherever the keyboard is.
        temperature->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(!undo->isEnabled());
        ref->audioPanel()->waveformView()->setSelection(0.0, full / 4);
        QVERIFY(ref->keepSelection());
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(ref->durationSeconds(), full);

        // The keys themselves, with the keyboard in a setting's spin box: its line edit would
        // claim Ctrl+Z for its own text (and undo nothing), so the settings' history gets it.
        temperature->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(temperature->hasFocus());
        temperature->setValue(before + 0.25);
        QTest::keyClick(temperature, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(temperature->value(), before);
        QTest::keyClick(temperature, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(temperature->value(), before + 0.25);
    }

    // Quitting while takes are exported asks first: Cancel keeps the window and the export;
    // Yes closes it and stops the export after the take being written, which is kept.
    void quittingWhileExportingAsksFirst() {
        QCOMPARE(take_test::fillDefaultStore(4).size(), 4);
        take_test::WindowWithTakes studio;
        QVERIFY(studio.panel);
        studio.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&studio.window));
        studio.panel->view()->selectAll();  // the three not deleted
        QSemaphore mayGoOn, firstWritten;
        // A failed check must not leave the export's thread waiting (the window waits for it).
        const auto letGo = qScopeGuard([&] { if (QTest::currentTestFailed()) mayGoOn.release(8); });
        connect(studio.panel, &HistoryPanel::exportStarted, this, [&](BatchExport* batch) {
            connect(batch, &BatchExport::progressed, batch, [&](int done) {
                if (done != 1) return;
                firstWritten.release();
                mayGoOn.acquire();
            }, Qt::DirectConnection);
        });
        QTemporaryDir out;
        QCOMPARE(studio.panel->exportSelected(out.path()), QString());
        QVERIFY(firstWritten.tryAcquire(1, 30000));
        for (const auto answer : {QMessageBox::Cancel, QMessageBox::Yes}) {
            QString question;
            answerNextQuestion(this, answer, &question);
            QCOMPARE(studio.window.close(), answer == QMessageBox::Yes);
            QVERIFY2(question.startsWith(QStringLiteral("1 of 3 take(s) are exported so far. Quit and stop the export?")), qPrintable(question));
            QVERIFY(studio.panel->isExporting());
        }
        mayGoOn.release();
        QTRY_VERIFY(!studio.panel->isExporting());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2);  // the first take and its .json
    }

    void exportResamplesAndBringsTheTakeToALoudness() {
        // Two seconds of a 220 Hz tone at 0.1: about -23 LUFS less than full-scale speech.
        SynthesisOutcome take = makeOutcome(QStringLiteral("Tone."), {}, 9);
        take.audio.samples.resize(48000);
        for (std::size_t i = 0; i < take.audio.samples.size(); ++i)
            take.audio.samples[i] = 0.1f * static_cast<float>(std::sin(2.0 * M_PI * 220.0 * static_cast<double>(i) / 24000.0));
        const auto before = mars5::ui::measureLoudness(take.audio.samples, 24000);
        QVERIFY(before.ok());

        QTemporaryDir out;
        const QString path = QDir(out.path()).filePath(QStringLiteral("tone.flac"));
        const ExportOptions options{mars5::AudioFileFormat::FlacPcm24, 48000, -16.0};
        const TakeExportResult result = exportTake(path, take, nullptr, options);
        QCOMPARE(result.error, QString());
        const auto info = mars5::probeAudio(path.toStdString());
        QVERIFY(info.ok());
        QVERIFY(QString::fromStdString(info.value().container).startsWith(QStringLiteral("FLAC")));
        QCOMPARE(info.value().sampleRate, 48000);
        QCOMPARE(info.value().frames, std::int64_t(96000));
        const auto back = mars5::readAudioMono(path.toStdString());
        QVERIFY(back.ok());
        const auto after = mars5::ui::measureLoudness(back.value().samples, 48000);
        QVERIFY(after.ok());
        QVERIFY2(std::abs(after.value().integratedLufs - -16.0) < 0.1, qPrintable(QString::number(after.value().integratedLufs)));

        QFile sidecar(sidecarPathFor(path));
        QCOMPARE(sidecarPathFor(path), QDir(out.path()).filePath(QStringLiteral("tone.json")));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject audio = QJsonDocument::fromJson(sidecar.readAll()).object().value(QStringLiteral("audio")).toObject();
        QCOMPARE(audio.value(QStringLiteral("container")).toString(), QStringLiteral("flac"));
        QCOMPARE(audio.value(QStringLiteral("encoding")).toString(), QStringLiteral("pcm24"));
        QCOMPARE(audio.value(QStringLiteral("sample_rate")).toInt(), 48000);
        QCOMPARE(audio.value(QStringLiteral("resampled_from")).toInt(), 24000);
        const QJsonObject loudness = audio.value(QStringLiteral("loudness")).toObject();
        QCOMPARE(loudness.value(QStringLiteral("target_lufs")).toDouble(), -16.0);
        QVERIFY(std::abs(loudness.value(QStringLiteral("take_lufs")).toDouble() - before.value().integratedLufs) < 0.01);
        QVERIFY(std::abs(loudness.value(QStringLiteral("gain_db")).toDouble() - (-16.0 - before.value().integratedLufs)) < 0.01);

        // As made at the model's rate: nothing resampled, no loudness record.
        const QString plain = QDir(out.path()).filePath(QStringLiteral("plain.wav"));
        QCOMPARE(exportTake(plain, take, nullptr, {}).error, QString());
        QFile plainSidecar(sidecarPathFor(plain));
        QVERIFY(plainSidecar.open(QIODevice::ReadOnly));
        const QJsonObject plainAudio =
            QJsonDocument::fromJson(plainSidecar.readAll()).object().value(QStringLiteral("audio")).toObject();
        QVERIFY(plainAudio.value(QStringLiteral("resampled_from")).isNull());
        QVERIFY(plainAudio.value(QStringLiteral("loudness")).isNull());
        QCOMPARE(mars5::readAudioMono(plain.toStdString()).value().samples.size(), std::size_t(48000));

        // A take too short for the gated loudness measure is written as made, and says so.
        SynthesisOutcome blip = makeOutcome(QStringLiteral("Blip."), {}, 9);
        blip.audio.samples.assign(2400, 0.0f);
        blip.audio.samples[100] = 0.5f;
        const auto prepared = prepareExportAudio(blip.audio, {mars5::AudioFileFormat::WavPcm16, 24000, -16.0});
        QVERIFY(prepared.ok());
        QVERIFY(prepared.value().silent);
        QCOMPARE(prepared.value().gainDb, 0.0);
        QCOMPARE(prepared.value().audio.samples, blip.audio.samples);
    }

    void exportDialogSaysWhatTheChoicesDo() {
        QSettings().remove(QStringLiteral("export"));
        QTemporaryDir out0;
        SynthesisOutcome loud = makeOutcome(QStringLiteral("Loud."), {}, 9);
        loud.audio.samples[10] = 2.0f;
        ExportDialog dialog(ExportDialog::Target::File, {loud.audio}, QStringLiteral("/tmp/some take.wav"));
        QCOMPARE(dialog.options(), ExportOptions{});  // nothing remembered: 16-bit WAV, 24 kHz, as made
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/some take.wav"));
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("above full scale will clip in WAV, 16-bit PCM")),
                 qPrintable(dialog.summaryText()));
        // The file name follows the format.
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(static_cast<int>(mars5::AudioFileFormat::FlacPcm16)));
        QCOMPARE(dialog.pathEdit()->text(), QStringLiteral("/tmp/some take.flac"));
        QVERIFY(dialog.summaryText().contains(QStringLiteral("FLAC, 16-bit")));
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(static_cast<int>(mars5::AudioFileFormat::WavFloat32)));
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/some take.wav"));
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("Nothing clips")), qPrintable(dialog.summaryText()));
        dialog.sampleRateBox()->setCurrentIndex(dialog.sampleRateBox()->findData(48000));
        dialog.loudnessBox()->setCurrentIndex(dialog.loudnessBox()->findData(-23.0));
        QCOMPARE(dialog.options(), (ExportOptions{mars5::AudioFileFormat::WavFloat32, 48000, -23.0}));
        // Another format's suffix is replaced (any case); any other suffix is part of the name.
        QCOMPARE(withFormatSuffix(QStringLiteral("a/take.FLAC"), mars5::AudioFileFormat::WavPcm24), QStringLiteral("a/take.wav"));
        QCOMPARE(withFormatSuffix(QStringLiteral("a/take.v2"), mars5::AudioFileFormat::FlacPcm16), QStringLiteral("a/take.v2.flac"));
        // A folder dropped on the name keeps the name, in that folder; a file dropped is the file
        // (its suffix following the format); a text dropped is the field's own business.
        QTemporaryDir dropped;
        QVERIFY(mars5::test::dropFiles(dialog.pathEdit(), {dropped.path()}));
        QCOMPARE(dialog.path(), QDir(dropped.path()).filePath(QStringLiteral("some take.wav")));
        QVERIFY(mars5::test::dropFiles(dialog.pathEdit(), {QDir(dropped.path()).filePath(QStringLiteral("old.flac"))}));
        QCOMPARE(dialog.path(), QDir(dropped.path()).filePath(QStringLiteral("old.wav")));
        ExportDialog toFolder(ExportDialog::Target::Folder, {loud.audio, loud.audio}, dropped.path());
        QVERIFY(mars5::test::dropFiles(toFolder.pathEdit(), {QDir(out0.path()).filePath(QStringLiteral("x.wav"))}));
        QCOMPARE(toFolder.path(), out0.path());  // a file dropped on a folder field: its folder
        dialog.setPath(QStringLiteral("/tmp/some take.wav"));
        // No name, no export.
        dialog.pathEdit()->clear();
        QVERIFY(!dialog.exportButton()->isEnabled());

        // Export remembers the choices for the next dialog.
        QTemporaryDir out;
        dialog.setPath(QDir(out.path()).filePath(QStringLiteral("take")));
        QCOMPARE(dialog.path(), QDir(out.path()).filePath(QStringLiteral("take.wav")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ExportOptions::remembered(), (ExportOptions{mars5::AudioFileFormat::WavFloat32, 48000, -23.0}));
        ExportDialog next(ExportDialog::Target::Folder, {loud.audio, loud.audio}, out.path());
        QCOMPARE(next.options(), (ExportOptions{mars5::AudioFileFormat::WavFloat32, 48000, -23.0}));
        QCOMPARE(next.path(), out.path());  // a folder keeps its name whatever the format
        // 0.2 s takes are too short for the gated measure: written as made, and the line says so.
        QVERIFY2(next.summaryText().contains(QStringLiteral("too short or too quiet to measure")), qPrintable(next.summaryText()));
        // Two seconds of tone at two levels: the gains that reach -23 LUFS, 20 dB apart.
        mars5::AudioBuffer tone{std::vector<float>(48000), 24000, {}};
        for (std::size_t i = 0; i < tone.samples.size(); ++i)
            tone.samples[i] = 0.1f * static_cast<float>(std::sin(2.0 * M_PI * 220.0 * static_cast<double>(i) / 24000.0));
        mars5::AudioBuffer quieter = tone;
        for (float& v : quieter.samples) v *= 0.1f;
        ExportDialog tones(ExportDialog::Target::Folder, {tone, quieter}, out.path());
        const double gain = -23.0 - mars5::ui::measureLoudness(tone.samples, 24000).value().integratedLufs;
        const auto db = [](double v) { return (v >= 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + QLocale().toString(std::abs(v), 'f', 1); };
        QCOMPARE(tones.summaryText().section(QStringLiteral(" LUFS"), 0, 0),
                 QStringLiteral("Gains from %1 to %2 dB to reach %3").arg(db(gain), db(gain + 20.0), QString(QChar(0x2212)) + "23"));

        // More takes than are measured at once: the dialog opens saying it measures them, and
        // the line comes when they are measured, on another thread; another loudness measures
        // again; closed while measuring, the dialog waits for the take being measured.
        const std::vector<mars5::AudioBuffer> many(ExportDialog::kMeasuredAtOnce + 4, tone);
        {
            ExportDialog large(ExportDialog::Target::Folder, many, out.path());
            QVERIFY(large.isMeasuring());
            QVERIFY2(large.summaryText().startsWith(QStringLiteral("Measuring the loudness and peaks of 12 take(s)")), qPrintable(large.summaryText()));
            QTRY_VERIFY(!large.isMeasuring());
            QCOMPARE(large.summaryText().section(QStringLiteral(" LUFS"), 0, 0),
                     QStringLiteral("Gain %1 dB to reach %2").arg(db(gain), QString(QChar(0x2212)) + "23"));
            large.loudnessBox()->setCurrentIndex(large.loudnessBox()->findData(-16.0));
            QVERIFY(large.isMeasuring());
            QTRY_VERIFY(!large.isMeasuring());
            QCOMPARE(large.summaryText().section(QStringLiteral(" LUFS"), 0, 0),
                     QStringLiteral("Gain %1 dB to reach %2").arg(db(gain + 7.0), QString(QChar(0x2212)) + "16"));
            large.loudnessBox()->setCurrentIndex(large.loudnessBox()->findData(-23.0));
            QVERIFY(!large.isMeasuring());  // measured before: at once
            large.loudnessBox()->setCurrentIndex(large.loudnessBox()->findData(-14.0));
            QVERIFY(large.isMeasuring());
        }  // destroyed while measuring
        QSettings().remove(QStringLiteral("export"));
    }

    void shortSpectrogramsKeepTheirFrequencyLabelsApart() {
        // The log axis spans 50 Hz .. Nyquist. At every height and sample rate the labels shown
        // lie below Nyquist and sit at least a line of text (~14 px) apart, and tall plots get
        // every 1-2-5 step below Nyquist.
        for (const int rate : {8000, 16000, 22050, 24000, 44100, 48000}) {
            const double nyquist = rate / 2.0;
            const double lo = std::log10(50.0), hi = std::log10(nyquist);
            for (int pixels = 10; pixels <= 400; ++pixels) {
                const std::vector<double> ticks = mars5::ui::takes::logFrequencyTicks(pixels, nyquist);
                QVERIFY(!ticks.empty());
                QVERIFY(ticks.back() < nyquist);
                for (std::size_t i = 1; i < ticks.size(); ++i) {
                    const double gap = (std::log10(ticks[i]) - std::log10(ticks[i - 1])) / (hi - lo) * pixels;
                    QVERIFY2(gap >= 14.0, qPrintable(QStringLiteral("%1 Hz, %2 px: %3 and %4 Hz are %5 px apart")
                                                         .arg(rate).arg(pixels).arg(ticks[i - 1]).arg(ticks[i]).arg(gap)));
                }
            }
        }
        // 24 kHz (every take): the thresholds the studio was tuned at.
        QCOMPARE(mars5::ui::takes::logFrequencyTicks(200, 12000.0).size(), std::size_t(7));
        QCOMPARE(mars5::ui::takes::logFrequencyTicks(127, 12000.0).size(), std::size_t(7));
        QCOMPARE(mars5::ui::takes::logFrequencyTicks(126, 12000.0).size(), std::size_t(4));
        QCOMPARE(mars5::ui::takes::logFrequencyTicks(50, 12000.0).size(), std::size_t(3));
        // 16 kHz: no 10 kHz label, and the 1-2-5 set fits sooner (fewer decades share the height).
        QCOMPARE(mars5::ui::takes::logFrequencyTicks(200, 8000.0),
                 (std::vector<double>{100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0}));
    }

    void spectrogramMatchesADirectDftOfASine() {
        const int rate = 24000, n = 1024, hop = 256;
        const double hz = 43.0 * rate / n;  // centred on bin 43
        const double amplitude = 0.5;
        std::vector<float> sine(24000);
        for (std::size_t i = 0; i < sine.size(); ++i)
            sine[i] = static_cast<float>(amplitude * std::sin(2.0 * std::numbers::pi * hz * double(i) / rate + 0.3));
        const Spectrogram s = computeSpectrogram(sine, rate, n, hop);
        QCOMPARE(s.bins, 513);
        QCOMPARE(s.frames, int((sine.size() + hop - 1) / hop));
        QCOMPARE(s.binHz(43), hz);
        const int frame = 20;  // wholly inside the signal
        QVERIFY(std::abs(s.value(frame, 43) - 20.0 * std::log10(amplitude)) < 0.01);
        // Every checked bin against a direct DFT of the same Hann-windowed frame.
        double windowSum = 0.0;
        for (int k = 0; k < n; ++k) windowSum += 0.5 * (1.0 - std::cos(2.0 * std::numbers::pi * k / n));
        for (int bin : {0, 10, 41, 42, 43, 44, 45, 100, 400, 512}) {
            std::complex<double> x = 0.0;
            for (int k = 0; k < n; ++k) {
                const double w = 0.5 * (1.0 - std::cos(2.0 * std::numbers::pi * k / n));
                x += double(sine[static_cast<std::size_t>(frame * hop + k)]) * w *
                     std::polar(1.0, -2.0 * std::numbers::pi * bin * k / n);
            }
            const double direct = std::max(20.0 * std::log10(std::abs(x) / (windowSum / 2.0)), double(kSpectrogramFloorDb));
            QVERIFY2(std::abs(s.value(frame, bin) - direct) < 1e-3,
                     qPrintable(QStringLiteral("bin %1: %2 vs %3").arg(bin).arg(s.value(frame, bin)).arg(direct)));
        }
        // The peak is the sine's bin; far bins are far below it.
        int peak = 0;
        for (int b = 0; b < s.bins; ++b)
            if (s.value(frame, b) > s.value(frame, peak)) peak = b;
        QCOMPARE(peak, 43);
        QVERIFY(s.value(frame, 200) < s.value(frame, 43) - 60.0);
        // Log frequency rows: the loudest row is the one nearest the sine's frequency.
        const int rows = 200;
        const std::vector<float> grid = logFrequencyRows(s, rows, 50.0);
        int loudest = 0;
        for (int r = 0; r < rows; ++r)
            if (grid[static_cast<std::size_t>(frame) * rows + r] > grid[static_cast<std::size_t>(frame) * rows + loudest]) loudest = r;
        const double rowHz = 50.0 * std::pow(12000.0 / 50.0, double(loudest) / (rows - 1));
        QVERIFY2(std::abs(rowHz - hz) < hz * 0.02, qPrintable(QString::number(rowHz)));
        QCOMPARE(grid[static_cast<std::size_t>(frame) * rows + rows - 1], s.value(frame, 512));

        // The view computes the same off the GUI thread.
        SpectrogramView view;
        QSignalSpy ready(&view, &SpectrogramView::ready);
        view.setAudio(std::make_shared<const std::vector<float>>(sine), rate);
        QVERIFY(!view.hasSpectrogram());  // not computed on the calling thread
        QVERIFY(ready.wait(10000));
        QCOMPARE(view.spectrogram()->frames, int((sine.size() + 255) / 256));
        QCOMPARE(view.spectrogram()->value(frame, 43), s.value(frame, 43));
        view.setLogFrequency(true);
        QVERIFY(view.logFrequency());
    }

    void compareShowsOnlyDifferencesAndKeepsThePosition() {
        TakeRecord a, b;
        a.text = b.text = QStringLiteral("same");
        a.referenceAudioSha256 = b.referenceAudioSha256 = QStringLiteral("r");
        a.seed = 1;
        b.seed = 2;
        b.config.top_p = 0.5;
        a.sampleRate = b.sampleRate = 24000;
        mars5::AudioBuffer audioA, audioB;
        audioA.sampleRate = audioB.sampleRate = 24000;
        audioA.samples.assign(24000, 0.1f);
        audioB.samples.assign(36000, -0.1f);
        audioB.samples[100] = 1.6f;  // a float take past full scale
        a.samples = 24000;
        b.samples = 36000;
        CompareView view;
        view.resize(1200, 400);
        view.setTakes(a, audioA, b, audioB);
        // one amplitude scale for both: B's 1.6 peak is not drawn the size of A's 0.1
        QCOMPARE(view.waveform(CompareView::Side::A)->amplitudeLimit(), double(1.6f));
        QCOMPARE(view.waveform(CompareView::Side::B)->amplitudeLimit(), double(1.6f));
        QCOMPARE(view.waveform(CompareView::Side::A)->plot()->yAxis->range(),
                 view.waveform(CompareView::Side::B)->plot()->yAxis->range());
        QCOMPARE(view.diffTable()->rowCount(), 2);
        QCOMPARE(view.diffTable()->item(0, 0)->text(), QStringLiteral("Seed used"));
        QCOMPARE(view.diffTable()->item(1, 0)->text(), QStringLiteral("Top-p (nucleus)"));
        QVERIFY(view.diffTable()->item(1, 0)->toolTip().contains(QStringLiteral("top_p")));
        QCOMPARE(view.diffTable()->item(1, 1)->text(), QStringLiteral("0.2"));
        QCOMPARE(view.diffTable()->item(1, 2)->text(), QStringLiteral("0.5"));
        QCOMPARE(view.current(), CompareView::Side::A);
        view.seek(0.75);
        view.select(CompareView::Side::B);
        QCOMPARE(view.current(), CompareView::Side::B);
        QCOMPARE(view.positionSeconds(), 0.75);
        QCOMPARE(view.waveform(CompareView::Side::A)->playheadSeconds(), 0.75);
        QCOMPARE(view.waveform(CompareView::Side::B)->playheadSeconds(), 0.75);
        QCOMPARE(view.playback()->durationSeconds(), 1.5);  // B is loaded
        view.seek(1.25);
        view.toggleSide();  // back to A, which is only 1 s long: the position is clamped
        QCOMPARE(view.current(), CompareView::Side::A);
        QCOMPARE(view.positionSeconds(), 1.0);
        QTRY_VERIFY_WITH_TIMEOUT(view.spectrogram(CompareView::Side::A)->hasSpectrogram() &&
                                     view.spectrogram(CompareView::Side::B)->hasSpectrogram(),
                                 10000);
        // Identical settings: no rows, and it says so.
        view.setTakes(a, audioA, a, audioA);
        QCOMPARE(view.diffTable()->rowCount(), 0);
    }

    // Compare hears both takes at the same loudness unless told not to: the louder one is
    // lowered to the quieter one (12 dB here), the plots stay as made, the choice is kept. A
    // take too short for the gated measure is heard as made, and the line says why.
    void compareHearsBothAtTheSameLoudness() {
        QSettings().remove(QStringLiteral("takes/compareMatchesLoudness"));
        TakeRecord a, b;
        a.seed = 1;
        b.seed = 2;
        mars5::AudioBuffer quiet, loud;
        quiet.sampleRate = loud.sampleRate = 24000;
        for (int i = 0; i < 48000; ++i) {
            const float tone = std::sin(2.0f * std::numbers::pi_v<float> * 440.0f * float(i) / 24000.0f);
            quiet.samples.push_back(0.1f * tone);
            loud.samples.push_back(0.4f * tone);
        }
        a.sampleRate = b.sampleRate = 24000;
        a.samples = b.samples = 48000;
        CompareView view;
        QVERIFY(view.matchLoudness()->isChecked());
        view.setTakes(a, quiet, b, loud);
        QCOMPARE(view.playbackGain(CompareView::Side::A), 1.0);
        QVERIFY2(std::abs(view.playbackGain(CompareView::Side::B) - 0.25) < 1e-3, qPrintable(QString::number(view.playbackGain(CompareView::Side::B))));
        QVERIFY2(view.loudnessNote().contains(QStringLiteral("B lowered by 12.0 dB")), qPrintable(view.loudnessNote()));
        view.select(CompareView::Side::B);
        QCOMPARE(view.playback()->samples()->at(6), 0.25f * loud.samples[6]);
        QVERIFY(view.waveform(CompareView::Side::B)->clipPeak() > 0.39);  // drawn as made

        view.matchLoudness()->setChecked(false);
        QCOMPARE(view.playbackGain(CompareView::Side::B), 1.0);
        QCOMPARE(view.current(), CompareView::Side::B);
        QCOMPARE(view.playback()->samples()->at(6), loud.samples[6]);
        QVERIFY2(view.loudnessNote().contains(QStringLiteral("B louder by 12.0 dB")), qPrintable(view.loudnessNote()));
        CompareView again;
        QVERIFY(!again.matchLoudness()->isChecked());  // kept
        again.matchLoudness()->setChecked(true);

        // The quieter take peaking near full scale is still heard as made: only the louder is lowered.
        mars5::AudioBuffer spiky = quiet;
        spiky.samples[100] = 0.97f;
        view.matchLoudness()->setChecked(true);
        view.setTakes(a, spiky, b, loud);
        QCOMPARE(view.playbackGain(CompareView::Side::A), 1.0);
        QVERIFY2(std::abs(view.playbackGain(CompareView::Side::B) - 0.25) < 1e-3, qPrintable(QString::number(view.playbackGain(CompareView::Side::B))));

        mars5::AudioBuffer blip = quiet;
        blip.samples.resize(2400);  // 0.1 s: below the 0.4 s gate
        view.matchLoudness()->setChecked(true);
        view.setTakes(a, blip, b, loud);
        QCOMPARE(view.playbackGain(CompareView::Side::B), 1.0);
        QVERIFY2(view.loudnessNote().contains(QStringLiteral("too short or too quiet")), qPrintable(view.loudnessNote()));
    }

    void variationsAreHeardAtTheSameLoudness() {
        // N takes of one text differ by seed; the one that came out louder must not win for that.
        QSettings().remove(QStringLiteral("takes/variationsMatchLoudness"));
        mars5::AudioBuffer quiet, loud, blip;
        quiet.sampleRate = loud.sampleRate = blip.sampleRate = 24000;
        for (int i = 0; i < 48000; ++i) {
            const float tone = std::sin(2.0f * std::numbers::pi_v<float> * 440.0f * float(i) / 24000.0f);
            quiet.samples.push_back(0.1f * tone);
            loud.samples.push_back(0.4f * tone);
        }
        blip.samples.assign(quiet.samples.begin(), quiet.samples.begin() + 2400);  // 0.1 s: not measurable
        const auto take = [](qint64 id) {
            TakeRecord t;
            t.id = id;
            t.seed = quint64(id);
            t.variationGroup = QStringLiteral("g");
            t.text = QStringLiteral("Same words.");
            t.sampleRate = 24000;
            t.samples = 48000;
            return t;
        };
        VariationsView view;
        QVERIFY(view.matchLoudness()->isChecked());
        view.startGroup(QStringLiteral("g"), 3);
        QVERIFY(view.addTake(take(1), loud));
        QCOMPARE(view.playbackGain(0), 1.0);  // alone it is the quietest
        QVERIFY(view.addTake(take(2), quiet));
        QVERIFY(view.addTake(take(3), blip));
        QVERIFY2(std::abs(view.playbackGain(0) - 0.25) < 1e-3, qPrintable(QString::number(view.playbackGain(0))));
        QCOMPARE(view.playbackGain(1), 1.0);
        QCOMPARE(view.playbackGain(2), 1.0);  // heard as made, and it does not set the level of the others
        QSignalSpy chosen(&view, &VariationsView::takeChosen);
        view.playColumn(0);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(view.playback()->samples()->at(6), 0.25f * loud.samples[6]);
        QVERIFY(view.waveformAt(0)->clipPeak() > 0.39);  // drawn as made

        view.matchLoudness()->setChecked(false);
        QCOMPARE(view.playbackGain(0), 1.0);
        view.playColumn(0);
        QCOMPARE(view.playback()->samples()->at(6), loud.samples[6]);
        VariationsView again;
        QVERIFY(!again.matchLoudness()->isChecked());  // kept
        again.matchLoudness()->setChecked(true);
    }

    // The tiny models through the whole window: each synthesis is stored; "Render again"
    // gives the same audio and codes (the first run drew a random seed).
    void theDockedHistoryFitsA720PixelWindow() {
        // The studio scrolls and the history's views scroll in their tabs, so with the Takes
        // dock open the window still fits 1280x720 (before: 1064 px high, off a laptop screen).
        MainWindow w(MainWindow::SavedLayout::Ignore);
        w.historyDock()->show();
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.historyDock()->isFloating());
        QVERIFY2(w.minimumSizeHint().height() <= 720, qPrintable(QString::number(w.minimumSizeHint().height())));
        QVERIFY2(w.minimumSizeHint().width() <= 1280, qPrintable(QString::number(w.minimumSizeHint().width())));
        QCOMPARE(w.height(), 720);
        QVERIFY(w.historyDock()->height() >= 150);  // room for the list, not a sliver
        // tabs are chosen and reported by the views inside the scroll areas
        w.historyPanel()->showDetail(w.historyPanel()->variationsView());
        QCOMPARE(w.historyPanel()->currentDetail(), static_cast<QWidget*>(w.historyPanel()->variationsView()));
    }

    void everyTakeIsStoredAndRendersAgainExactly() {
        QVERIFY(QStandardPaths::isTestModeEnabled());  // never the user's folder
        QDir(QFileInfo(TakeStore::defaultPath()).absolutePath()).removeRecursively();
        MainWindow w(MainWindow::SavedLayout::Ignore);
        QVERIFY(w.takeStore()->isOpen());
        QCOMPARE(w.historyPanel()->model()->rowCount(), 0);
        QVERIFY(w.historyDock()->isHidden());  // nothing in it yet
        QSignalSpy loaded(w.controller(), &SynthesisController::modelsLoaded);
        QVERIFY(w.controller()->loadModels(studio_test::tinyPaths()));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 120000);
        QVERIFY(w.referencePanel()->loadFile(fixture(QStringLiteral("codec/input.wav"))));
        SettingsPanel* s = w.settingsPanel();
        setField(s, "nar_steps", 8);
        setField(s, "q0_override_steps", 4);
        setField(s, "seed", -1);
        setField(s, "generate_max_len_override", 150);  // deep clone: the reference's codes are in the prompt
        w.textPanel()->setTranscript(QStringLiteral("A reference transcript."));
        w.textPanel()->setTargetText(QStringLiteral("Keep every take."));
        QVERIFY(w.textPanel()->deepCloneEffective());

        QVERIFY(w.synthesize() != 0);
        const SynthesisOutcomePtr first = waitForTake(w.controller());
        QVERIFY(first);
        QVERIFY2(first->hasAudio(), qPrintable(first->error));
        QCOMPARE(first->snapshots.size(), std::size_t(8));
        QVERIFY(first->referenceFrames > 0);

        auto list = w.takeStore()->takes();
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
        const TakeRecord take = list.value().first();
        // Its files were written by the synthesis thread, in the history's folder; the window
        // added the row to them.
        QVERIFY(first->prepared);
        QCOMPARE(first->prepared->folder, w.takeStore()->folder());
        QCOMPARE(take.uuid, first->prepared->take.uuid);
        QCOMPARE(take.seed, first->seed);
        QCOMPARE(take.config.seed, std::int64_t(-1));
        QCOMPARE(take.referenceFrames, first->referenceFrames);
        QCOMPARE(take.snapshotT.size(), std::size_t(8));
        QVERIFY(!take.models.value(QStringLiteral("MARS5 AR")).toObject().value(QStringLiteral("sha256")).toString().isEmpty());
        QCOMPARE(w.historyPanel()->model()->rowCount(), 1);
        QVERIFY(!w.historyDock()->isHidden());
        QCOMPARE(w.historyPanel()->selectedIds(), QList<qint64>{take.id});
        QCOMPARE(w.historyPanel()->internalsView()->model().referenceFrames(), first->referenceFrames);
        QCOMPARE(w.historyPanel()->internalsView()->model().snapshotCount(), 8);

        // Ctrl+K stars the take just made (the selected one), and again takes the star off.
        QCOMPARE(w.starTakeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        w.starTakeAction()->trigger();
        QVERIFY(w.takeStore()->take(take.id).value().starred);
        QVERIFY(w.historyPanel()->model()->takeById(take.id)->starred);
        w.starTakeAction()->trigger();
        QVERIFY(!w.takeStore()->take(take.id).value().starred);
        QVERIFY(!w.historyPanel()->model()->takeById(take.id)->starred);

        // Render it again from the store only (new settings in the panel do not matter).
        setField(s, "nar_steps", 20);
        w.textPanel()->setTargetText(QStringLiteral("Something else entirely."));
        QVERIFY(w.rerenderTake(take.id) != 0);
        const SynthesisOutcomePtr again = waitForTake(w.controller());
        QVERIFY(again);
        QVERIFY2(again->hasAudio(), qPrintable(again->error));
        QCOMPARE(again->seed, first->seed);
        QCOMPARE(again->audio.samples.size(), first->audio.samples.size());
        QVERIFY(again->audio.samples == first->audio.samples);
        QVERIFY(sameCodes(again->codes, first->codes));
        QVERIFY2(again->warnings.filter(QStringLiteral("not exactly")).isEmpty(), qPrintable(again->warnings.join(QLatin1Char(';'))));
        QVERIFY(sameCodes(again->l0Codes, first->l0Codes));
        QCOMPARE(w.takeStore()->takes().value().size(), 2);
        const TakeRecord second = w.takeStore()->takes().value().first();
        QCOMPARE(w.takeStore()->readAudio(second).value().samples, w.takeStore()->readAudio(take).value().samples);

        // Play coarse and the first k codebooks vocode off the GUI thread.
        TakeInternalsView* internals = w.historyPanel()->internalsView();
        QSignalSpy parts(internals, &TakeInternalsView::partAudioReady);
        internals->playCoarse();
        QTRY_VERIFY_WITH_TIMEOUT(parts.count() == 1, 60000);
        auto coarse = parts.at(0).at(1).value<mars5::AudioBuffer>();
        QCOMPARE(coarse.samples.size(), std::size_t(320 * first->l0Codes.numFrames));
        internals->codebookCount()->setValue(2);
        internals->playFirstCodebooks();
        QTRY_VERIFY_WITH_TIMEOUT(parts.count() == 2, 60000);
        auto two = parts.at(1).at(1).value<mars5::AudioBuffer>();
        QCOMPARE(two.samples.size(), std::size_t(320 * first->codes.numFrames));
        internals->playback()->stop();

        // Compare the two takes: the only difference is the seed field (-1 asked for a fresh
        // one; the re-render fixed the seed the first run drew), not the seed used.
        w.historyPanel()->view()->selectAll();
        QVERIFY(w.historyPanel()->compareSelected());
        QCOMPARE(w.historyPanel()->currentDetail(), static_cast<QWidget*>(w.historyPanel()->compareView()));
        QTableWidget* diff = w.historyPanel()->compareView()->diffTable();
        QCOMPARE(diff->rowCount(), 1);
        QCOMPARE(diff->item(0, 0)->text(), QStringLiteral("Seed"));
        QCOMPARE(diff->item(0, 1)->text(), QStringLiteral("random"));  // -1: a fresh seed each run
        QCOMPARE(diff->item(0, 2)->text(), QString::number(first->seed));

        // N takes: three seeds in one click, side by side, one variation group.
        setField(s, "nar_steps", 8);
        setField(s, "seed", 100);
        w.historyPanel()->variationCount()->setValue(3);
        QSignalSpy finished(w.controller(), &SynthesisController::synthesisFinished);
        w.synthesizeTakesAction()->trigger();  // Ctrl+Shift+Return: N from the spin box
        QCOMPARE(w.controller()->queue().size() + (w.controller()->isBusy() ? 1 : 0), 3);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 3, 240000);
        VariationsView* variations = w.historyPanel()->variationsView();
        QCOMPARE(variations->columnCount(), 3);
        auto group = w.takeStore()->variation(variations->group());
        QVERIFY(group.ok());
        QCOMPARE(group.value().size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(group.value()[i].seed, quint64(100 + i));
            QCOMPARE(variations->takeIdAt(i), group.value()[i].id);
            QVERIFY(variations->waveformAt(i)->hasClip());
            QCOMPARE(variations->waveformAt(i)->amplitudeLimit(), variations->waveformAt(0)->amplitudeLimit());
        }
        // One time axis too: each plot spans the longest take, so a shorter take looks shorter.
        double longest = 0.0;
        for (int i = 0; i < 3; ++i) longest = std::max(longest, variations->waveformAt(i)->durationSeconds());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(variations->waveformAt(i)->timeLimit(), longest);
            QCOMPARE(variations->waveformAt(i)->plot()->xAxis->range().upper, longest);
        }
        // Picking one stars it in the store and the history, and selects it there, so its note
        // field (and Ctrl+K, Ctrl+Shift+K) is the one just picked.
        variations->starButtonAt(1)->click();
        QVERIFY(w.takeStore()->take(group.value()[1].id).value().starred);
        QVERIFY(w.historyPanel()->model()->takeById(group.value()[1].id)->starred);
        QCOMPARE(w.historyPanel()->selectedIds(), QList<qint64>{group.value()[1].id});
        QCOMPARE(w.takeStore()->takes().value().size(), 5);
    }
};

QTEST_MAIN(TestTakes)
#include "test_takes.moc"
