// The Models… dialog on a fake machine built in a temporary folder: a Hugging Face cache whose
// AR is not the published file, an unrecognised but valid AR in a chosen folder, a truncated
// Encodec in torch hub's cache, the NAR and Vocos missing. Then "Download missing" against a
// local mirror on 127.0.0.1: Vocos arrives (valid), the fixture NAR/Encodec are refused by
// their published sha256, and no half file is left anywhere.
// MARS5_SCREENSHOT=path.png saves what the dialog looks like after verification.
#include "local_http_server.h"
#include "models/models_dialog.h"
#include "temp_files.h"
#include "squeezed_widgets.h"
#include "wrapped_text.h"
#include "util/app_translations.h"
#include "util/background_tasks.h"

#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mars5;
using mars5::test::LocalHttpServer;

namespace {

QString fx(const char* relative) { return QString::fromStdString(mars5::test::fixture(relative)); }

bool copyTo(const QString& from, const QString& to) {
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to);
}

// The usual places (home, Hugging Face cache, torch hub, the studio's data folder) inside `tmp`.
ModelSearchEnvironment machineIn(const QTemporaryDir& tmp) {
    ModelSearchEnvironment env;
    env.home = tmp.filePath("home").toStdString();
    env.hfHubCache = tmp.filePath("hf/hub").toStdString();
    env.torchHome = tmp.filePath("torch").toStdString();
    env.xdgDataHome = tmp.filePath("data").toStdString();
    return env;
}

QPushButton* button(QWidget* w, const QString& startsWith) {
    for (auto* b : w->findChildren<QPushButton*>())
        if (b->text().startsWith(startsWith)) return b;
    return nullptr;
}

}  // namespace

class TestModelsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_models_dialog"));
        QSettings().clear();
        // The screenshot reads as in the studio, with its English plural forms ("4 files").
        if (!qEnvironmentVariableIsEmpty("MARS5_SCREENSHOT"))
            mars5::ui::installAppTranslations(qApp, QLocale(QLocale::English), QStringLiteral(MARS5_STUDIO_QM_DIR));
    }

    // The scans and verifications run on the global thread pool, which the application waits
    // for at exit. This test once hung after its last line (one run in many, not reproduced):
    // if a pool task is what never ends, this says so instead of a silent time-out.
    void cleanupTestCase() {
        // Scans and verifications run on BackgroundTasks; joining its threads here means none
        // is still ending while libtorch's statics are destroyed at exit.
        ui::BackgroundTasks::instance().drain();
    }

    void showsWhatIsFoundAndDownloadsWhatIsMissing() {
        QTemporaryDir tmp;
        const QString hub = tmp.filePath("hf/hub/models--CAMB-AI--MARS5-TTS");
        const QString rev = "8d5e7e3c1b2a4f6e9d0c8b7a6f5e4d3c2b1a0f9e";
        QVERIFY(copyTo(fx("mars5/mars5_tiny_ar.safetensors"), hub + "/blobs/aaaa"));
        QDir().mkpath(hub + "/snapshots/" + rev);
        QVERIFY(QFile::link("../../blobs/aaaa", hub + "/snapshots/" + rev + "/mars5_ar.safetensors"));
        const QByteArray encodec = mars5::test::readBytes(fx("codec/encodec_tiny.th"));
        mars5::test::writeBytes(tmp.filePath("torch/hub/checkpoints/encodec_24khz-d7cc33bc.th"), QByteArray());
        QDir().mkpath(tmp.filePath("torch/hub/checkpoints"));
        mars5::test::writeBytes(tmp.filePath("torch/hub/checkpoints/encodec_24khz-d7cc33bc.th"), encodec.left(encodec.size() / 3));
        QVERIFY(copyTo(fx("mars5/mars5_tiny_ar.pt"), tmp.filePath("voices-project/models/my_finetune_ar.pt")));
        QSettings().setValue("models/userFolders", QStringList{tmp.filePath("voices-project/models")});

        LocalHttpServer server;
        QVERIFY(server.start());
        for (ModelRole role : kAllModelRoles) {
            const KnownModelFile& k = recommendedFile(role);
            const char* source = role == ModelRole::Mars5Ar ? "mars5/mars5_tiny_ar.safetensors"
                               : role == ModelRole::Mars5Nar ? "mars5/mars5_tiny_nar.safetensors"
                               : role == ModelRole::Encodec ? "codec/encodec_tiny.th"
                               : role == ModelRole::VocosConfig ? "codec/vocos_tiny_config.yaml"
                                                                : "codec/vocos_tiny_pytorch_model.bin";
            server.addFile("/" + QByteArray::fromStdString(k.mirrorPath), mars5::test::readBytes(fx(source)));
        }
        qputenv("XDG_CACHE_HOME", tmp.filePath("cache").toUtf8());

        ui::ModelsDialog dialog(nullptr, machineIn(tmp));
        QSignalSpy scanned(&dialog, &ui::ModelsDialog::scanFinished);
        QVERIFY(scanned.wait(20000));
        dialog.rescan(true);  // with sha256
        QVERIFY(scanned.wait(20000));

        const ModelInventory& inv = dialog.inventory();
        QVERIFY(inv.best(ModelRole::Mars5Ar));
        QVERIFY(QString::fromStdString(inv.best(ModelRole::Mars5Ar)->path).endsWith("my_finetune_ar.pt"));
        QVERIFY(!inv.best(ModelRole::Mars5Nar));
        QVERIFY(!inv.best(ModelRole::Encodec));  // only a truncated copy
        QCOMPARE(inv.missing().size(), std::size_t(4));

        auto* tree = dialog.findChild<QTreeWidget*>();
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 5);
        QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("ready"));
        QCOMPARE(tree->topLevelItem(1)->text(3), QStringLiteral("missing"));
        QCOMPARE(tree->topLevelItem(2)->text(3), QStringLiteral("damaged"));
        QVERIFY(tree->topLevelItem(1)->text(4).contains("mars5_nar.safetensors"));
        // The HF-cache AR: sha256 differs from the published one.
        bool sawMismatch = false, sawTruncated = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c) {
                QTreeWidgetItem* item = tree->topLevelItem(i)->child(c);
                sawMismatch |= item->text(2) == QStringLiteral("differs!");
                for (int r = 0; r < item->childCount(); ++r) sawTruncated |= item->child(r)->text(0).contains("why:");
            }
        QVERIFY(sawMismatch);
        QVERIFY(sawTruncated);

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (const QByteArray shot = qgetenv("MARS5_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shot)));

        // Download what is missing or flagged from the local mirror. The mirror is set only now,
        // so that the screenshot shows the dialog as a user sees it, not the test's server
        // (a download reads the setting when it starts).
        qputenv("MARS5_MODELS_MIRROR", server.baseUrl().toUtf8());
        QPushButton* download = button(&dialog, "Download missing");
        QVERIFY(download && download->isEnabled());
        QVERIFY(download->text().contains("GB"));
        download->click();
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
        const QString models = dialog.modelsFolder();
        QCOMPARE(mars5::test::readBytes(models + "/vocos/pytorch_model.bin"),
                 mars5::test::readBytes(fx("codec/vocos_tiny_pytorch_model.bin")));
        QVERIFY(QFile::exists(models + "/vocos/config.yaml"));
        // The fixture checkpoints are not the published files: refused, nothing half-written left.
        QVERIFY(!QFile::exists(models + "/mars5_nar.safetensors"));
        QVERIFY(!QFile::exists(models + "/encodec_24khz-d7cc33bc.th"));
        QDirIterator it(models, QDirIterator::Subdirectories);
        while (it.hasNext()) QVERIFY2(!it.next().endsWith(".part"), qPrintable(it.filePath()));
        QString progressText;
        for (auto* l : dialog.findChildren<QLabel*>())
            if (l->text().contains("checksum mismatch")) progressText = l->text();
        QVERIFY2(!progressText.isEmpty(), "the failures are shown");
        // After the rescan the Vocos pair is ready.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.inventory().best(ModelRole::VocosWeights) != nullptr, 20000);
        QCOMPARE(tree->topLevelItem(4)->text(3), QStringLiteral("ready"));
        qunsetenv("MARS5_MODELS_MIRROR");
        // Three roles still without a usable file: nothing to load yet.
        QPushButton* use = button(&dialog, "Use these files");
        QVERIFY(use && !use->isEnabled());
    }

    // Every role found: "Use these files" hands the studio the files marked ●; once the studio
    // has loaded them they are marked "(in use)" and named above the list, and the button has
    // nothing left to do. A failed load says why in the same place.
    void usesWhatItFoundAndNamesWhatIsInUse() {
        QSettings().clear();
        QTemporaryDir tmp;
        const QString folder = tmp.filePath("downloads");
        QVERIFY(copyTo(fx("mars5/mars5_tiny_ar.safetensors"), folder + "/mars5_ar.safetensors"));
        QVERIFY(copyTo(fx("mars5/mars5_tiny_nar.safetensors"), folder + "/mars5_nar.safetensors"));
        QVERIFY(copyTo(fx("mars5/tiny_config.json"), folder + "/tiny_config.json"));  // the tiny NAR's head count
        QVERIFY(copyTo(fx("codec/encodec_tiny.th"), folder + "/encodec_24khz-d7cc33bc.th"));
        QVERIFY(copyTo(fx("codec/vocos_tiny_pytorch_model.bin"), folder + "/vocos/pytorch_model.bin"));
        QVERIFY(copyTo(fx("codec/vocos_tiny_config.yaml"), folder + "/vocos/config.yaml"));
        QSettings().setValue("models/userFolders", QStringList{folder});
        qputenv("XDG_CACHE_HOME", tmp.filePath("cache").toUtf8());

        ui::ModelsDialog dialog(nullptr, machineIn(tmp));
        QSignalSpy scanned(&dialog, &ui::ModelsDialog::scanFinished);
        QVERIFY(scanned.wait(20000));
        QVERIFY(dialog.inventory().missing().empty());

        QLabel* inUse = nullptr;
        for (auto* l : dialog.findChildren<QLabel*>())
            if (l->text().contains("No model is loaded")) inUse = l;
        QVERIFY2(inUse, "the dialog says that nothing is loaded yet");

        QPushButton* use = button(&dialog, "Use these files");
        QVERIFY(use && use->isEnabled());
        QSignalSpy requested(&dialog, &ui::ModelsDialog::useFilesRequested);
        use->click();
        QCOMPARE(requested.count(), 1);
        const auto paths = requested.at(0).at(0).value<ModelPaths>();
        QCOMPARE(QString::fromStdString(paths.ar), folder + "/mars5_ar.safetensors");
        QCOMPARE(QString::fromStdString(paths.nar), folder + "/mars5_nar.safetensors");
        QCOMPARE(QString::fromStdString(paths.encodec), folder + "/encodec_24khz-d7cc33bc.th");
        QCOMPARE(QString::fromStdString(paths.vocos), folder + "/vocos/pytorch_model.bin");
        QCOMPARE(QString::fromStdString(paths.vocosConfig), folder + "/vocos/config.yaml");

        dialog.setInUse(paths);
        QVERIFY(!use->isEnabled());
        QVERIFY2(inUse->text().contains("mars5_ar.safetensors") && inUse->text().contains("pytorch_model.bin"),
                 qPrintable(inUse->text()));
        auto* tree = dialog.findChild<QTreeWidget*>();
        QVERIFY(tree->topLevelItem(0)->childCount() > 0);
        QVERIFY2(tree->topLevelItem(0)->child(0)->text(0).endsWith("(in use)"), qPrintable(tree->topLevelItem(0)->child(0)->text(0)));

        // Files chosen elsewhere (Set up model): the list is about the usual places, and says so.
        ModelPaths elsewhere = paths;
        elsewhere.ar = tmp.filePath("elsewhere/my_ar.safetensors").toStdString();
        dialog.setInUse(elsewhere);
        QVERIFY(use->isEnabled());
        QVERIFY(inUse->text().contains("my_ar.safetensors"));
        QVERIFY(!tree->topLevelItem(0)->child(0)->text(0).endsWith("(in use)"));

        dialog.showLoadFailure(QStringLiteral("the AR checkpoint is truncated"));
        QVERIFY2(inUse->text().contains("The last load failed: the AR checkpoint is truncated"), qPrintable(inUse->text()));
        QVERIFY2(inUse->text().contains("my_ar.safetensors"), "the model still in use stays named");

        // A failure as long as a real one (three refused files, each with its path) cuts no
        // line of any text in the dialog at the size it opens at (its layout leaves room).
        QString longFailure;
        for (const char* role : {"MARS5 AR", "MARS5 NAR", "Encodec 24 kHz"})
            longFailure += QStringLiteral("%1: /home/someone/voices/models/some_long_folder_name/file.safetensors: this is "
                                          "a file of another kind, not the one this field needs; ")
                               .arg(QLatin1String(role));
        dialog.showLoadFailure(longFailure);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.resize(980, 560);
        QTRY_VERIFY(mars5::test::wrappedTextIsWhole(&dialog));
        QTRY_VERIFY2(mars5::test::squeezedWidgets(&dialog).isEmpty(), qPrintable(mars5::test::squeezedWidgets(&dialog).join(u';')));
    }
};

QTEST_MAIN(TestModelsDialog)
#include "test_models_dialog.moc"
