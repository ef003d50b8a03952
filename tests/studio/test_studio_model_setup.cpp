// Model setup: a folder with the tiny models is found and loads on the worker thread, with
// every file reported OK and fingerprinted; truncated and wrong files are refused, each
// with the loader's reason, and the studio stays without a model (and usable); a folder
// with files missing says which. Where it runs: Automatic, CPU or the GPU (CUDA), in which
// precision; a GPU that is not there is said in plain words and not remembered. File ▸
// Models… loads the files it found.
#include "main_window.h"
#include "models/models_dialog.h"
#include "studio/model_setup_dialog.h"
#include "studio/synthesis_controller.h"

#include "studio_fixtures.h"
#include "drop_files.h"
#include "squeezed_widgets.h"
#include "wrapped_text.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using mars5::ui::ComputeChoice;
using mars5::ui::MainWindow;
using mars5::ui::ModelsDialog;
using mars5::ui::ModelSetupDialog;
using mars5::ui::SynthesisController;

class TestStudioModelSetup : public QObject {
    Q_OBJECT
    QTemporaryDir m_cache;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("mars5-studio-test-models"));
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());  // the sha256 cache goes here
        QSettings().clear();  // a device choice an earlier run kept must not carry over
    }

    void goodFolderLoads() {
        QTemporaryDir dir;
        QVERIFY(studio_test::copyTinyModels(dir.path()));
        SynthesisController controller;
        ModelSetupDialog dialog(&controller);
        QVERIFY2(dialog.useFolder(dir.path()), qPrintable(dialog.statusText()));
        QVERIFY(dialog.fileEdit(0)->text().endsWith(QStringLiteral("mars5_tiny_ar.safetensors")));
        QVERIFY(dialog.fileEdit(1)->text().endsWith(QStringLiteral("mars5_tiny_nar.safetensors")));
        QVERIFY(dialog.fileEdit(2)->text().endsWith(QStringLiteral("encodec_tiny.th")));
        QVERIFY(dialog.fileEdit(3)->text().endsWith(QStringLiteral("vocos_tiny_pytorch_model.bin")));

        QSignalSpy loaded(&controller, &SynthesisController::modelsLoaded);
        QSignalSpy failed(&controller, &SynthesisController::modelsFailed);
        QVERIFY(dialog.startLoading());
        QCOMPARE(controller.modelState(), SynthesisController::ModelState::Loading);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(controller.modelState(), SynthesisController::ModelState::Ready);

        const auto models = controller.models();
        QVERIFY(models && models->engine);
        QVERIFY(models->files.size() >= 4);
        for (const auto& f : models->files) {
            QVERIFY2(f.ok, qPrintable(f.role + QStringLiteral(": ") + f.message));
            QCOMPARE(f.sha256.size(), 64);
        }
        QCOMPARE(dialog.results()->topLevelItemCount(), static_cast<int>(models->files.size()));
        for (int i = 0; i < dialog.results()->topLevelItemCount(); ++i)
            QCOMPARE(dialog.results()->topLevelItem(i)->text(1), QStringLiteral("OK"));
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Loaded in")), qPrintable(dialog.statusText()));
        // Automatic: the GPU when this build has one, else the CPU in float32; the dialog says which.
        QCOMPARE(dialog.computeChoice(), ComputeChoice{});
        const bool gpu = mars5::cudaAvailable();
        QCOMPARE(models->info.device, gpu ? mars5::ComputeDevice::Cuda : mars5::ComputeDevice::Cpu);
        QCOMPARE(models->info.dtype, gpu ? mars5::ComputeDType::Float16 : mars5::ComputeDType::Float32);
        QVERIFY2(dialog.statusText().contains(gpu ? QStringLiteral("on GPU (CUDA), float16") : QStringLiteral("on CPU, float32")),
                 qPrintable(dialog.statusText()));
        // (Remembering the paths for the next start is the main window's: modelsDialogLoadsWhatItFound.)
        // Opened again, the dialog shows what is loaded: each file's check, and a full bar.
        ModelSetupDialog reopened(&controller);
        QCOMPARE(reopened.results()->topLevelItemCount(), static_cast<int>(models->files.size()));
        QCOMPARE(reopened.findChild<QProgressBar*>()->format(), QStringLiteral("Loaded"));
        QCOMPARE(reopened.findChild<QProgressBar*>()->value(), reopened.findChild<QProgressBar*>()->maximum());
    }

    void computeChoiceMapsToEngineOptions() {
        using D = ComputeChoice::Device;
        using P = ComputeChoice::Precision;
        const auto resolve = [](D d, P p, bool cuda) {
            mars5::EngineOptions o;
            mars5::ui::applyComputeChoice(ComputeChoice{d, p}, cuda, o);
            return std::pair{o.device, o.dtype};
        };
        using mars5::ComputeDevice;
        using mars5::ComputeDType;
        QVERIFY(resolve(D::Automatic, P::Automatic, true) == std::pair(ComputeDevice::Cuda, ComputeDType::Float16));
        QVERIFY(resolve(D::Automatic, P::Automatic, false) == std::pair(ComputeDevice::Cpu, ComputeDType::Float32));
        QVERIFY(resolve(D::Cpu, P::Automatic, true) == std::pair(ComputeDevice::Cpu, ComputeDType::Float32));
        QVERIFY(resolve(D::Cuda, P::Automatic, false) == std::pair(ComputeDevice::Cuda, ComputeDType::Float16));  // refused at load
        QVERIFY(resolve(D::Automatic, P::Float32, true) == std::pair(ComputeDevice::Cuda, ComputeDType::Float32));
        QVERIFY(resolve(D::Cuda, P::BFloat16, true) == std::pair(ComputeDevice::Cuda, ComputeDType::BFloat16));

        // Kept as words in the settings; anything else reads as Automatic.
        const ComputeChoice chosen{D::Cpu, P::BFloat16};
        chosen.save();
        QCOMPARE(ComputeChoice::saved(), chosen);
        QSettings().setValue(QStringLiteral("compute/device"), QStringLiteral("tpu"));
        QSettings().setValue(QStringLiteral("compute/precision"), 16);
        QCOMPARE(ComputeChoice::saved(), ComputeChoice{});
    }

    void aGpuThatIsNotThereIsSaidAndNotRemembered() {
        if (mars5::cudaAvailable()) QSKIP("this build sees a CUDA GPU");
        ComputeChoice{}.save();
        QTemporaryDir dir;
        QVERIFY(studio_test::copyTinyModels(dir.path()));
        SynthesisController controller;
        ModelSetupDialog dialog(&controller);
        QVERIFY(dialog.useFolder(dir.path()));
        dialog.deviceChoice()->setCurrentIndex(dialog.deviceChoice()->findData(int(ComputeChoice::Device::Cuda)));
        QCOMPARE(dialog.computeChoice().device, ComputeChoice::Device::Cuda);
        QSignalSpy failed(&controller, &SynthesisController::modelsFailed);
        QVERIFY(dialog.startLoading());
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 120000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("no CUDA support")), qPrintable(failed.first().first().toString()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Run on")), qPrintable(dialog.statusText()));
        QCOMPARE(controller.modelState(), SynthesisController::ModelState::None);
        QCOMPARE(ComputeChoice::saved(), ComputeChoice{});  // the failed choice is not kept for the next start

        // The CPU, chosen explicitly, loads and is kept.
        dialog.deviceChoice()->setCurrentIndex(dialog.deviceChoice()->findData(int(ComputeChoice::Device::Cpu)));
        QSignalSpy loaded(&controller, &SynthesisController::modelsLoaded);
        QVERIFY(dialog.startLoading());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 120000);
        QCOMPARE(ComputeChoice::saved().device, ComputeChoice::Device::Cpu);
        // A new dialog starts from the kept choice.
        ModelSetupDialog again(&controller);
        QCOMPARE(again.computeChoice().device, ComputeChoice::Device::Cpu);
    }

    void brokenFilesAreRefusedWithReasons() {
        QTemporaryDir dir;
        QVERIFY(studio_test::copyTinyModels(dir.path()));
        // A truncated AR checkpoint and a NAR that is not a checkpoint at all.
        QFile ar(dir.filePath(QStringLiteral("mars5_tiny_ar.safetensors")));
        QVERIFY(ar.open(QIODevice::ReadWrite));
        QVERIFY(ar.resize(ar.size() / 3));
        ar.close();
        QFile nar(dir.filePath(QStringLiteral("mars5_tiny_nar.safetensors")));
        QVERIFY(nar.open(QIODevice::WriteOnly | QIODevice::Truncate));
        nar.write("this is a shopping list, not a checkpoint\n");
        nar.close();

        SynthesisController controller;
        ModelSetupDialog dialog(&controller);
        QVERIFY(dialog.useFolder(dir.path()));
        QSignalSpy failed(&controller, &SynthesisController::modelsFailed);
        QSignalSpy loaded(&controller, &SynthesisController::modelsLoaded);
        QVERIFY(dialog.startLoading());
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() + loaded.count() > 0, 120000);
        QCOMPARE(loaded.count(), 0);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("MARS5 AR")) && message.contains(QStringLiteral("MARS5 NAR")), qPrintable(message));
        QCOMPARE(controller.modelState(), SynthesisController::ModelState::None);
        QVERIFY(!controller.models());
        QCOMPARE(controller.modelProblem(), message);

        QMap<QString, QString> results;
        for (int i = 0; i < dialog.results()->topLevelItemCount(); ++i)
            results.insert(dialog.results()->topLevelItem(i)->text(0), dialog.results()->topLevelItem(i)->text(1));
        QCOMPARE(results.value(QStringLiteral("MARS5 AR")), QStringLiteral("Refused"));
        QCOMPARE(results.value(QStringLiteral("MARS5 NAR")), QStringLiteral("Refused"));
        QCOMPARE(results.value(QStringLiteral("Encodec 24 kHz")), QStringLiteral("OK"));
        QCOMPARE(results.value(QStringLiteral("Vocos weights")), QStringLiteral("OK"));
        for (int i = 0; i < dialog.results()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = dialog.results()->topLevelItem(i);
            if (item->text(1) == QStringLiteral("Refused"))
            {
                QVERIFY2(item->text(2).size() > 30, qPrintable(item->text(2)));  // says why
                // "mars5_tiny_nar.safetensors — neither a ...": the file's name once, not its path again
                QVERIFY2(!item->text(2).contains(dir.path()), qPrintable(item->text(2)));
            }
        }
        QVERIFY(dialog.statusText().contains(QStringLiteral("could not be loaded")));

        // The same controller loads the good set afterwards.
        dialog.setPaths(studio_test::tinyPaths());
        QSignalSpy loaded2(&controller, &SynthesisController::modelsLoaded);
        QVERIFY(dialog.startLoading());
        QTRY_VERIFY_WITH_TIMEOUT(loaded2.count() == 1, 120000);
        QCOMPARE(controller.modelState(), SynthesisController::ModelState::Ready);
    }

    void filesInTheWrongSlotAreSaidAsSuch() {
        // The commonest slip when choosing files one by one: the AR and NAR swapped, the Vocos
        // weights given as Encodec. Each row says which file it is, not which tensors are missing.
        mars5::ModelPaths paths = studio_test::tinyPaths();
        std::swap(paths.ar, paths.nar);
        paths.encodec = paths.vocos;
        SynthesisController controller;
        ModelSetupDialog dialog(&controller);
        dialog.setPaths(paths);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // With short texts it opens at its designed height, not taller: a label measured at a
        // placeholder width before the first layout once made it open 1038 pixels tall.
        QTest::qWait(50);
        QVERIFY2(dialog.height() <= 560, qPrintable(QString::number(dialog.height())));
        QSignalSpy failed(&controller, &SynthesisController::modelsFailed);
        QVERIFY(dialog.startLoading());
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 120000);
        QMap<QString, QString> why;
        for (int i = 0; i < dialog.results()->topLevelItemCount(); ++i)
            why.insert(dialog.results()->topLevelItem(i)->text(0), dialog.results()->topLevelItem(i)->text(2));
        QVERIFY2(why.value(QStringLiteral("MARS5 AR")).contains(QStringLiteral("this is a MARS5 NAR (ResidualTransformer) checkpoint, "
                                                                                "not a MARS5 AR (CodecLM) (AR and NAR files swapped?)")),
                 qPrintable(why.value(QStringLiteral("MARS5 AR"))));
        QVERIFY2(why.value(QStringLiteral("MARS5 NAR")).contains(QStringLiteral("AR and NAR files swapped?")),
                 qPrintable(why.value(QStringLiteral("MARS5 NAR"))));
        QVERIFY2(why.value(QStringLiteral("Encodec 24 kHz")).contains(QStringLiteral("this is a Vocos vocoder file, not an Encodec checkpoint")),
                 qPrintable(why.value(QStringLiteral("Encodec 24 kHz"))));
        // The AR and NAR can be put in place; the Encodec slot holds the Vocos weights and no
        // refused file is Encodec, so the one click fixes what it can and says the rest remains.
        QVERIFY(dialog.arrangeButton()->isVisible());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Some of these files belong in other fields")), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("the rest still need the right files")), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.arrangeButton()->toolTip().count(QLatin1Char('\n')), 1);  // two moves: AR and NAR
        // The long failure in the status line cuts no line of any text in the dialog at the
        // size it opens at: the dialog grows instead (the compute note lost its last lines).
        dialog.resize(900, 560);
        QTRY_VERIFY(mars5::test::wrappedTextIsWhole(&dialog));
        QTRY_VERIFY2(mars5::test::squeezedWidgets(&dialog).isEmpty(), qPrintable(mars5::test::squeezedWidgets(&dialog).join(u';')));
        if (const QString shot = qEnvironmentVariable("MARS5_SCREENSHOT"); !shot.isEmpty()) {
            dialog.resize(900, 560);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(shot));
        }
        failed.clear();
        QTest::mouseClick(dialog.arrangeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 120000);
        QCOMPARE(dialog.paths().ar, studio_test::tinyPaths().ar);
        QCOMPARE(dialog.paths().nar, studio_test::tinyPaths().nar);
        QCOMPARE(dialog.paths().encodec, studio_test::tinyPaths().vocos);  // left for the user to choose
        QVERIFY(!dialog.arrangeButton()->isVisible());  // nothing more to move
        why.clear();
        for (int i = 0; i < dialog.results()->topLevelItemCount(); ++i)
            why.insert(dialog.results()->topLevelItem(i)->text(0), dialog.results()->topLevelItem(i)->text(2));
        QVERIFY2(!why.value(QStringLiteral("MARS5 AR")).contains(QStringLiteral("swapped")), qPrintable(why.value(QStringLiteral("MARS5 AR"))));
        QVERIFY2(why.value(QStringLiteral("Encodec 24 kHz")).contains(QStringLiteral("not an Encodec checkpoint")),
                 qPrintable(why.value(QStringLiteral("Encodec 24 kHz"))));
    }

    void swappedFilesArePutInTheirPlacesWithOneClick() {
        // The AR and NAR swapped, and Encodec and Vocos swapped: each file fits another slot.
        mars5::ModelPaths paths = studio_test::tinyPaths();
        std::swap(paths.ar, paths.nar);
        std::swap(paths.encodec, paths.vocos);
        SynthesisController controller;
        ModelSetupDialog dialog(&controller);
        dialog.setPaths(paths);
        dialog.show();
        QSignalSpy failed(&controller, &SynthesisController::modelsFailed);
        QSignalSpy loaded(&controller, &SynthesisController::modelsLoaded);
        QVERIFY(dialog.startLoading());
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 120000);
        QVERIFY(dialog.arrangeButton()->isVisible());
        QVERIFY(dialog.arrangeButton()->isDefault());  // Enter takes the likely next step
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Put each file in its place")), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.arrangeButton()->toolTip().contains(QStringLiteral("MARS5 AR ← mars5_tiny_ar.safetensors")),
                 qPrintable(dialog.arrangeButton()->toolTip()));
        if (const QString shot = qEnvironmentVariable("MARS5_SCREENSHOT_ARRANGE"); !shot.isEmpty()) {
            dialog.resize(900, 600);
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(shot));
        }
        // A field changed since (typed, browsed or dropped on) makes the offer stale: it goes.
        dialog.fileEdit(4)->setText(QString::fromStdString(paths.vocosConfig) + QStringLiteral(" "));
        QVERIFY(!dialog.arrangeButton()->isVisible());
        QCOMPARE(dialog.statusText(), QStringLiteral("Press “Check and load”."));
        dialog.setPaths(paths);
        QVERIFY(dialog.startLoading());
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 1, 120000);
        QVERIFY(dialog.arrangeButton()->isVisible());
        QTest::mouseClick(dialog.arrangeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 120000);
        QCOMPARE(dialog.paths().ar, studio_test::tinyPaths().ar);
        QCOMPARE(dialog.paths().vocos, studio_test::tinyPaths().vocos);
        QVERIFY(!dialog.arrangeButton()->isVisible());
        QCOMPARE(controller.modelState(), SynthesisController::ModelState::Ready);
    }

    void missingFilesAreNamed() {
        QTemporaryDir dir;
        QFile::copy(studio_test::fixture(QStringLiteral("codec/encodec_tiny.th")), dir.filePath(QStringLiteral("encodec_tiny.th")));
        SynthesisController controller;
        ModelSetupDialog dialog(&controller);
        dialog.setPaths({});
        QVERIFY(!dialog.useFolder(dir.path()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("AR"), Qt::CaseInsensitive), qPrintable(dialog.statusText()));
        // Named as the form names them, and the Encodec file that is there is not listed.
        QVERIFY2(dialog.statusText().contains(QStringLiteral(": MARS5 AR, MARS5 NAR, ")), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Vocos weights")), qPrintable(dialog.statusText()));
        QVERIFY2(!dialog.statusText().contains(QStringLiteral("Encodec")), qPrintable(dialog.statusText()));
        // What is there is filled in, so only the missing files need choosing.
        QVERIFY(dialog.fileEdit(2)->text().endsWith(QStringLiteral("encodec_tiny.th")));
        QVERIFY(dialog.fileEdit(0)->text().isEmpty());
        // Loading with fields empty says what is still missing and starts nothing.
        QVERIFY(!dialog.startLoading());
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Still missing")), qPrintable(dialog.statusText()));
        QCOMPARE(controller.modelState(), SynthesisController::ModelState::None);
    }

    // Files dropped on the dialog go to their fields by name (the other fields kept), and the
    // status names a file whose name says nothing; one dropped on a field goes to that field,
    // whatever its name; a folder dropped is searched as Choose folder does; the set loads.
    void droppedFilesGoToTheirFields() {
        QTemporaryDir dir;
        QVERIFY(studio_test::copyTinyModels(dir.path()));
        const auto at = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
        QVERIFY(QFile::copy(at("vocos_tiny_pytorch_model.bin"), at("weights.bin")));
        SynthesisController controller;
        ModelSetupDialog dialog(&controller);
        dialog.setPaths({});
        const auto drop = mars5::test::dropFiles;

        QVERIFY(drop(&dialog, {at("mars5_tiny_nar.safetensors"), at("encodec_tiny.th"), at("weights.bin"), at("mars5_tiny_ar.safetensors")}));
        QCOMPARE(dialog.fileEdit(0)->text(), at("mars5_tiny_ar.safetensors"));
        QCOMPARE(dialog.fileEdit(1)->text(), at("mars5_tiny_nar.safetensors"));
        QCOMPARE(dialog.fileEdit(2)->text(), at("encodec_tiny.th"));
        QVERIFY(dialog.fileEdit(3)->text().isEmpty());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("mars5_tiny_ar.safetensors as MARS5 AR")), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Not told apart by its name: weights.bin. Drop such a file on its own field.")),
                 qPrintable(dialog.statusText()));
        // On its own field, a name that says nothing is taken as that field's; the fields
        // filled before are kept. A text dropped on a field is the field's own business.
        QVERIFY(drop(dialog.fileEdit(3), {at("weights.bin")}));
        QCOMPARE(dialog.fileEdit(3)->text(), at("weights.bin"));
        QCOMPARE(dialog.fileEdit(0)->text(), at("mars5_tiny_ar.safetensors"));
        QVERIFY(drop(dialog.fileEdit(4), {at("vocos_tiny_config.yaml")}));
        QCOMPARE(dialog.fileEdit(4)->text(), at("vocos_tiny_config.yaml"));

        QSignalSpy loaded(&controller, &SynthesisController::modelsLoaded);
        QSignalSpy failed(&controller, &SynthesisController::modelsFailed);
        QVERIFY(dialog.startLoading());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        // A folder, on the dialog or on the folder field, is searched; several files on a field
        // are sorted as on the dialog.
        dialog.setPaths({});
        QVERIFY(drop(&dialog, {dir.path()}));
        QCOMPARE(dialog.fileEdit(0)->text(), at("mars5_tiny_ar.safetensors"));
        dialog.setPaths({});
        QVERIFY(drop(dialog.fileEdit(0), {at("mars5_tiny_nar.safetensors"), at("mars5_tiny_ar.safetensors")}));
        QCOMPARE(dialog.fileEdit(0)->text(), at("mars5_tiny_ar.safetensors"));
        QCOMPARE(dialog.fileEdit(1)->text(), at("mars5_tiny_nar.safetensors"));
        QVERIFY2(dialog.statusText().endsWith(QStringLiteral("Press “Check and load”.")), qPrintable(dialog.statusText()));
    }

    // File ▸ Models… after a download: every file found, "Use these files" loads them in the
    // studio (no detour through Set up model), the next start loads them again, and the
    // dialog then marks them as the ones in use.
    void modelsDialogLoadsWhatItFound() {
        QTemporaryDir home;
        const QString folder = home.filePath(QStringLiteral("downloads"));
        QDir().mkpath(folder + QStringLiteral("/vocos"));
        const std::pair<const char*, const char*> files[] = {
            {"mars5/mars5_tiny_ar.safetensors", "mars5_ar.safetensors"},
            {"mars5/mars5_tiny_nar.safetensors", "mars5_nar.safetensors"},
            {"mars5/tiny_config.json", "tiny_config.json"},
            {"codec/encodec_tiny.th", "encodec_24khz-d7cc33bc.th"},
            {"codec/vocos_tiny_pytorch_model.bin", "vocos/pytorch_model.bin"},
            {"codec/vocos_tiny_config.yaml", "vocos/config.yaml"}};
        for (const auto& [from, to] : files)
            QVERIFY(QFile::copy(studio_test::fixture(QLatin1String(from)), QDir(folder).filePath(QLatin1String(to))));
        // The usual places are this test's own (empty) folders.
        std::vector<std::pair<const char*, QByteArray>> saved;
        for (const char* variable : {"HOME", "XDG_DATA_HOME", "HF_HUB_CACHE", "HF_HOME", "TORCH_HOME"}) {
            saved.emplace_back(variable, qgetenv(variable));
            qputenv(variable, home.filePath(QStringLiteral("usual")).toUtf8());
        }
        const auto restore = qScopeGuard([&] {
            for (const auto& [variable, value] : saved)
                value.isNull() ? qunsetenv(variable) : qputenv(variable, value);
        });
        QSettings().remove(QStringLiteral("models"));  // no model loads at start
        QSettings().setValue(QStringLiteral("models/userFolders"), QStringList{folder});

        MainWindow window;
        QAction* openModels = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->text() == QStringLiteral("Mo&dels…")) openModels = action;
        QVERIFY(openModels);
        openModels->trigger();
        auto* models = window.findChild<ModelsDialog*>();
        QVERIFY(models);
        QSignalSpy scanned(models, &ModelsDialog::scanFinished);
        QVERIFY(scanned.wait(20000));
        QPushButton* use = nullptr;
        for (auto* b : models->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Use these files")) use = b;
        QVERIFY(use && use->isEnabled());

        QSignalSpy loaded(window.controller(), &SynthesisController::modelsLoaded);
        QSignalSpy failed(window.controller(), &SynthesisController::modelsFailed);
        use->click();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(QString::fromStdString(window.controller()->models()->paths.ar), folder + QStringLiteral("/mars5_ar.safetensors"));
        // Remembered for the next start.
        QCOMPARE(QString::fromStdString(ModelSetupDialog::savedPaths().ar), folder + QStringLiteral("/mars5_ar.safetensors"));
        QCOMPARE(QString::fromStdString(ModelSetupDialog::savedPaths().nar), folder + QStringLiteral("/mars5_nar.safetensors"));
        QVERIFY(!use->isEnabled());
        auto* tree = models->findChild<QTreeWidget*>();
        QVERIFY2(tree->topLevelItem(0)->child(0)->text(0).endsWith(QStringLiteral("(in use)")),
                 qPrintable(tree->topLevelItem(0)->child(0)->text(0)));
    }
};

QTEST_MAIN(TestStudioModelSetup)
#include "test_studio_model_setup.moc"
