// Takes dragged or copied (Ctrl+C) out of the history become files (take_drag_files.h): the
// ones Export writes with the last export choices, made in each take's own folder and kept
// with it, so that a program that refers to them where they are keeps finding them; a file
// made before is reused untouched; a take that cannot become a file is named, and the others
// still go.
#include "question_answer.h"
#include "take_fixtures.h"

#include "studio/export_options.h"
#include "studio/take_export.h"
#include "takes/history_panel.h"
#include "takes/take_drag_files.h"
#include "takes/take_history_model.h"
#include "takes/take_store.h"

#include "mars5/audio.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace mars5::ui;
using namespace mars5::ui::takes;
using take_test::makeModels;
using take_test::makeOutcome;

namespace {

ExportOptions flac48AtMinus16() {
    ExportOptions o = ExportOptions::inFormat(mars5::AudioFileFormat::FlacPcm24);
    o.sampleRate = 48000;
    o.loudnessLufs = -16.0;
    return o;
}

QByteArray sha256Of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList localFiles(const QMimeData* data) {
    QStringList paths;
    if (data)
        for (const QUrl& url : data->urls()) paths << url.toLocalFile();
    return paths;
}

}  // namespace

class TestTakeDrag : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // A store with two takes, "Line 0" and "Line 1".
    QList<TakeRecord> fill(TakeStore& store, const QString& name) {
        const QString path = take_test::freshStorePath(m_dir, name);
        if (!store.open(path).ok()) return {};
        const LoadedModels models = makeModels();
        QList<TakeRecord> made;
        for (int i = 0; i < 2; ++i) {
            auto added = store.add(makeOutcome(QStringLiteral("Line %1").arg(i), QStringLiteral("Warm"), 70 + i, 1 + i), &models);
            if (!added.ok()) return {};
            made << added.value();
        }
        return made;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("mars5-studio-test-take-drag"));
        QVERIFY(m_dir.isValid());
    }

    // Ctrl+C in the list puts the selected takes on the clipboard as files: those Export
    // writes with the remembered choices (a FLAC at 48 kHz here, with its sidecar), in the
    // take's own folder, as file URLs and GNOME's copied-files list, with no text of their own.
    // (No translation is loaded here: "take(s)".)
    void ctrlCCopiesTheTakesAsTheFilesExportWrites() {
        TakeStore store;
        const QList<TakeRecord> takes = fill(store, QStringLiteral("copy"));
        QCOMPARE(takes.size(), 2);
        flac48AtMinus16().remember();
        HistoryPanel panel(&store);
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QGuiApplication::clipboard()->clear();
        panel.view()->setFocus();
        panel.view()->selectAll();
        QTest::keyClick(panel.view(), Qt::Key_C, Qt::ControlModifier);

        const QMimeData* copied = QGuiApplication::clipboard()->mimeData();
        QVERIFY(copied);
        const QStringList paths = localFiles(copied);
        QCOMPARE(paths.size(), 2);
        QVERIFY(!copied->formats().contains(QStringLiteral("text/plain")));
        QVERIFY(copied->data(QStringLiteral("x-special/gnome-copied-files")).startsWith("copy\nfile://"));
        for (const TakeRecord& take : takes) {
            const QString expected = QDir(store.files().takeFolder(take.uuid))
                                         .filePath(QStringLiteral("dragged/flac24-48000hz-at-16lufs/%1-Line-%2.flac")
                                                       .arg(take.id, 4, 10, QLatin1Char('0'))
                                                       .arg(take.text.back()));
            QVERIFY2(paths.contains(expected), qPrintable(paths.join(QLatin1Char('\n'))));
            QCOMPARE(draggedFilePath(store.files(), take, flac48AtMinus16()), expected);
            const auto info = mars5::probeAudio(expected.toStdString());
            QVERIFY(info.ok());
            QVERIFY2(info.value().container.starts_with("FLAC"), info.value().container.c_str());
            QCOMPARE(info.value().sampleRate, 48000);
            QVERIFY(QFileInfo::exists(sidecarPathFor(expected)));
        }
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Copied 2 take(s) as files (FLAC, 24-bit · 48,000 Hz · −16 LUFS)")),
                 qPrintable(panel.statusText()));

        // The take's own files are untouched, and the history still sees no stray folder.
        auto strays = store.strayTakes();
        QVERIFY(strays.ok());
        QVERIFY(strays.value().restorable.isEmpty());
        QCOMPARE(strays.value().problems, QStringList());
    }

    // A file made before is reused as it is (a DAW may be playing it from there); other
    // choices make files of their own, in another folder, beside it.
    void aFileMadeBeforeIsReusedUntouched() {
        TakeStore store;
        const QList<TakeRecord> takes = fill(store, QStringLiteral("reuse"));
        QCOMPARE(takes.size(), 2);
        const QList<TakeRecord> one{takes[0]};
        const DraggedTakeFiles first = filesForDrag(store.files(), one, flac48AtMinus16());
        QCOMPARE(first.problems, QStringList());
        QCOMPARE(first.written, 1);
        const QString path = first.paths.value(0);
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const QByteArray hash = sha256Of(path);

        const DraggedTakeFiles again = filesForDrag(store.files(), one, flac48AtMinus16());
        QCOMPARE(again.paths, first.paths);
        QCOMPARE(again.written, 0);
        QCOMPARE(QFileInfo(path).lastModified().toUTC().toSecsSinceEpoch(), old.toSecsSinceEpoch());
        QCOMPARE(sha256Of(path), hash);

        const DraggedTakeFiles asMade = filesForDrag(store.files(), one, ExportOptions::inFormat(mars5::AudioFileFormat::WavPcm16));
        QCOMPARE(asMade.written, 1);
        QVERIFY2(asMade.paths.value(0).contains(QStringLiteral("/dragged/wav16-24000hz-as-made/")), qPrintable(asMade.paths.value(0)));
        QVERIFY(asMade.paths.value(0).endsWith(QStringLiteral(".wav")));
        QCOMPARE(sha256Of(path), hash);

        // The files go with the take: deleted for good, its folder and them are gone.
        QVERIFY(store.remove(takes[0].id).ok());
        QVERIFY(store.purgeDeleted().ok());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(store.files().takeFolder(takes[0].uuid)));
    }

    // Deleting a take whose files were dragged out asks first (they go with the take's folder
    // at the next start): Cancel keeps it; Yes deletes it, undoably. A take never dragged out
    // is deleted without a question.
    void deletingADraggedTakeAsksFirst() {
        TakeStore store;
        const QList<TakeRecord> takes = fill(store, QStringLiteral("delete"));
        QCOMPARE(takes.size(), 2);
        QVERIFY(!hasDraggedFiles(store.files(), takes[0]));
        QCOMPARE(filesForDrag(store.files(), {takes[0]}, flac48AtMinus16()).written, 1);
        QVERIFY(hasDraggedFiles(store.files(), takes[0]));
        HistoryPanel panel(&store);
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (const auto answer : {QMessageBox::Cancel, QMessageBox::Yes}) {
            panel.selectTake(takes[0].id);
            QString question;
            answerNextQuestion(this, answer, &question);
            panel.deleteSelected();
            QVERIFY2(question.contains(QStringLiteral("a DAW that does not copy media into its project")), qPrintable(question));
            QCOMPARE(panel.model()->takeById(takes[0].id) != nullptr, answer == QMessageBox::Cancel);
        }
        panel.undo();
        QVERIFY(panel.model()->takeById(takes[0].id));
        panel.selectTake(takes[1].id);
        panel.deleteSelected();  // never dragged out: no question (none is answered here)
        QVERIFY(!panel.model()->takeById(takes[1].id));
    }

    // A take whose audio is gone cannot become a file: the status line names it, and the
    // others are still copied; with none left, nothing is copied and the clipboard keeps what
    // it had.
    void aTakeWithoutAudioIsNamedAndTheOthersGo() {
        TakeStore store;
        const QList<TakeRecord> takes = fill(store, QStringLiteral("broken"));
        QCOMPARE(takes.size(), 2);
        ExportOptions::inFormat(mars5::AudioFileFormat::WavPcm24).remember();
        QVERIFY(QFile::remove(store.files().audioPath(takes[1])));
        HistoryPanel panel(&store);
        panel.view()->selectAll();
        QVERIFY(panel.copySelectedFiles());
        QCOMPARE(localFiles(QGuiApplication::clipboard()->mimeData()).size(), 1);
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("1 take(s) could not be made into files: Line 1: ")),
                 qPrintable(panel.statusText()));

        auto* before = new QMimeData;
        before->setText(QStringLiteral("kept"));
        QGuiApplication::clipboard()->setMimeData(before);
        panel.selectTake(takes[1].id);
        QVERIFY(!panel.copySelectedFiles());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kept"));
        QVERIFY(panel.statusText().startsWith(QStringLiteral("1 take(s) could not be made into files: Line 1: ")));
    }

    // A drag must have its files before it starts: more than kMostFilesMadeAtOnce to make, or
    // more than kMostSecondsMadeAtOnce of audio, is refused in words (Export writes any number
    // aside); files made before do not count.
    void aDragMakesAtMostFortyFilesAtOnce() {
        TakeStore store;
        QVERIFY(store.open(take_test::freshStorePath(m_dir, QStringLiteral("many"))).ok());
        const LoadedModels models = makeModels();
        QList<TakeRecord> takes;
        for (int i = 0; i <= kMostFilesMadeAtOnce; ++i) {
            auto added = store.add(makeOutcome(QStringLiteral("Line %1").arg(i), {}, 300 + i, 1 + i), &models);
            QVERIFY(added.ok());
            takes << added.value();
        }
        const ExportOptions options = ExportOptions::inFormat(mars5::AudioFileFormat::WavPcm16);
        options.remember();
        QCOMPARE(filesToMake(store.files(), takes, options).takes, kMostFilesMadeAtOnce + 1);
        HistoryPanel panel(&store);
        panel.view()->selectAll();
        QVERIFY(!panel.copySelectedFiles());
        QVERIFY2(panel.statusText().startsWith(
                     QStringLiteral("41 of these takes have no file yet (9 s of audio), and a drag or a copy makes at most 40 files, 5:20 of audio, at a time")),
                 qPrintable(panel.statusText()));
        QCOMPARE(filesToMake(store.files(), takes, options).takes, kMostFilesMadeAtOnce + 1);  // nothing was made

        QCOMPARE(filesForDrag(store.files(), {takes.first()}, options).written, 1);
        QCOMPARE(filesToMake(store.files(), takes, options).takes, kMostFilesMadeAtOnce);
        QVERIFY(panel.copySelectedFiles());
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->urls().size(), kMostFilesMadeAtOnce + 1);
        // Few takes but long ones count by their audio: 320 s at most.
        QVERIFY(!tooMuchToMakeAtOnce({2, kMostSecondsMadeAtOnce}));
        QVERIFY(tooMuchToMakeAtOnce({2, kMostSecondsMadeAtOnce + 1.0}));
        QVERIFY(!tooMuchToMakeAtOnce({1, 3 * kMostSecondsMadeAtOnce}));  // one take alone, however long
    }

    // Rows drag: the list's model gives one file per selected take, whatever number of cells
    // the view passes, and the view is set to drag out (only).
    void theSelectedRowsDragAsOneFileEach() {
        TakeStore store;
        const QList<TakeRecord> takes = fill(store, QStringLiteral("drag"));
        QCOMPARE(takes.size(), 2);
        ExportOptions::inFormat(mars5::AudioFileFormat::WavPcm16).remember();
        HistoryPanel panel(&store);
        QTableView* view = panel.view();
        QCOMPARE(view->dragDropMode(), QAbstractItemView::DragOnly);
        QAbstractItemModel* model = view->model();
        QVERIFY(model->flags(model->index(0, TakeHistoryModel::Name)) & Qt::ItemIsDragEnabled);
        QCOMPARE(model->supportedDragActions(), Qt::CopyAction);
        view->selectAll();
        const QModelIndexList cells = view->selectionModel()->selectedIndexes();
        QCOMPARE(cells.size(), 2 * (TakeHistoryModel::ColumnCount));
        std::unique_ptr<QMimeData> data(model->mimeData(cells));
        QVERIFY(data);
        const QStringList paths = localFiles(data.get());
        QCOMPARE(paths.size(), 2);
        for (const QString& path : paths) QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(model->mimeTypes(), QStringList{QStringLiteral("text/uri-list")});
    }

    // The mouse: pressed on a row not selected and moved, it selects rows as any list does and
    // makes no file; pressed on a selected row and moved, the row drags, its file made for it.
    void aSelectedRowPressedAndMovedStartsADrag() {
        TakeStore store;
        const QList<TakeRecord> takes = fill(store, QStringLiteral("mouse"));
        QCOMPARE(takes.size(), 2);
        const ExportOptions options = ExportOptions::inFormat(mars5::AudioFileFormat::WavFloat32);
        options.remember();
        HistoryPanel panel(&store);
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView* view = panel.view();
        view->clearSelection();
        const QPoint first = view->visualRect(view->model()->index(0, TakeHistoryModel::Preset)).center();
        const QPoint second = view->visualRect(view->model()->index(1, TakeHistoryModel::Preset)).center();
        const auto fileOfRow = [&](int row) {
            const qint64 id = view->model()->index(row, 0).data(TakeHistoryModel::TakeIdRole).toLongLong();
            for (const TakeRecord& t : takes)
                if (t.id == id) return draggedFilePath(store.files(), t, options);
            return QString();
        };
        QVERIFY(!QFileInfo::exists(fileOfRow(0)) && !QFileInfo::exists(fileOfRow(1)));

        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, first);
        QTest::mouseMove(view->viewport(), first + QPoint(30, 0));
        QTest::mouseMove(view->viewport(), second);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, second);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        QVERIFY(!QFileInfo::exists(fileOfRow(0)) && !QFileInfo::exists(fileOfRow(1)));

        view->selectRow(0);
        QTimer release;  // local: a drag that ends by itself leaves no release to come later
        release.setSingleShot(true);
        connect(&release, &QTimer::timeout, view, [&] { QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, first + QPoint(200, 60)); });
        release.start(100);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, first);
        QTest::mouseMove(view->viewport(), first + QPoint(40, 20));
        QTest::mouseMove(view->viewport(), first + QPoint(200, 60));
        QTRY_VERIFY(QFileInfo::exists(fileOfRow(0)));
        QVERIFY(!QFileInfo::exists(fileOfRow(1)));
    }
};

QTEST_MAIN(TestTakeDrag)
#include "test_take_drag.moc"
