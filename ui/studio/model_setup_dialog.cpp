#include "studio/model_setup_dialog.h"

#include "mars5/cpu_info.h"
#include "mars5/model_files.h"
#include "mars5/model_paths_by_name.h"
#include "models/inventory_paths.h"
#include "util/dropped_files.h"
#include "util/notice_text.h"
#include "util/model_role_name.h"
#include "util/window_size.h"
#include "util/wrapped_text_height.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mars5::ui {

namespace {

const char* const kKeys[5] = {"models/ar", "models/nar", "models/encodec", "models/vocos", "models/vocosConfig"};

QString qs(const std::string& s) { return QString::fromStdString(s); }
std::string ss(const QString& s) { return s.trimmed().toStdString(); }

}  // namespace

ModelSetupDialog::ModelSetupDialog(SynthesisController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller) {
    setWindowTitle(tr("Set up the MARS5 model"));
    setModal(false);

    auto* intro = new QLabel(tr("MARS5 needs the <b>AR</b> and <b>NAR</b> checkpoints "
                                "(mars5_ar.safetensors, mars5_nar.safetensors), <b>Encodec 24 kHz</b> "
                                "(encodec_24khz-d7cc33bc.th) and <b>Vocos</b> (pytorch_model.bin with its config.yaml, "
                                "which may be left out when it sits beside the weights). "
                                "Choose a folder that holds them, or each file, or drop them here. File ▸ Models… downloads them."),
                             this);
    intro->setWordWrap(true);

    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("A folder with the model files (subfolders encodec/ and vocos/ are searched too)"));
    auto* browseFolder = new QPushButton(tr("Choose folder…"), this);
    auto* usual = new QPushButton(tr("Look in the usual places"), this);
    usual->setToolTip(tr("The Hugging Face cache, torch hub's checkpoints and the studio's own models folder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseFolder);
    folderRow->addWidget(usual);

    auto* form = new QFormLayout;
    const QString labels[5] = {tr("MARS5 AR"), tr("MARS5 NAR"), tr("Encodec 24 kHz"), tr("Vocos weights"), tr("Vocos config (optional)")};
    const QString filters[5] = {tr("Checkpoints (*.safetensors *.pt);;All files (*)"), tr("Checkpoints (*.safetensors *.pt);;All files (*)"),
                                tr("Encodec (*.th *.safetensors *.bin);;All files (*)"), tr("Vocos (*.bin *.safetensors);;All files (*)"),
                                tr("YAML (*.yaml *.yml);;All files (*)")};
    for (int i = 0; i < 5; ++i) {
        m_files[i] = new QLineEdit(this);
        auto* browse = new QToolButton(this);
        browse->setText(QStringLiteral("…"));
        browse->setToolTip(tr("Choose the file"));
        connect(browse, &QToolButton::clicked, this, [this, i, filter = filters[i], label = labels[i]] {
            const QString start = m_files[i]->text().isEmpty() ? m_folder->text() : QFileInfo(m_files[i]->text()).absolutePath();
            const QString f = QFileDialog::getOpenFileName(this, label, start, filter);
            if (!f.isEmpty()) m_files[i]->setText(f);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(m_files[i], 1);
        row->addWidget(browse);
        form->addRow(labels[i], row);
    }

    // Where the model runs: the GPU when this build can use one (float16), else the CPU.
    m_device = new QComboBox(this);
    m_device->addItem(tr("Automatic (the GPU when there is one)"), int(ComputeChoice::Device::Automatic));
    m_device->addItem(tr("CPU"), int(ComputeChoice::Device::Cpu));
    m_device->addItem(tr("GPU (CUDA)"), int(ComputeChoice::Device::Cuda));
    m_precision = new QComboBox(this);
    m_precision->addItem(tr("Automatic (float16 on the GPU, float32 on the CPU)"), int(ComputeChoice::Precision::Automatic));
    m_precision->addItem(tr("float32 (the reference's precision)"), int(ComputeChoice::Precision::Float32));
    m_precision->addItem(tr("float16"), int(ComputeChoice::Precision::Float16));
    m_precision->addItem(tr("bfloat16"), int(ComputeChoice::Precision::BFloat16));
    const bool cuda = mars5::cudaAvailable();
    QString computeNote = cuda ? tr("A CUDA GPU is available.")
                               : tr("No CUDA GPU here: this build of libtorch is CPU-only or sees no GPU.");
    // On the CPU the precision is a real choice only where bfloat16 runs natively (measured:
    // docs/PERFORMANCE.md); say which case this machine is.
    if (!cuda)
        computeNote += QLatin1Char(' ') + (mars5::cpuHasBFloat16Instructions()
                                               ? tr("This CPU has bfloat16 instructions, with which bfloat16 ran about twice as fast "
                                                    "as float32 (measured on a Xeon); a seed then no longer gives the reference's "
                                                    "exact codes.")
                                               : tr("This CPU has no bfloat16 instructions, so float32 is the faster choice."));
    auto* gpuNote = new QLabel(computeNote, this);
    gpuNote->setWordWrap(true);
    gpuNote->setStyleSheet(QStringLiteral("color: #6b7280"));
    auto* computeRow = new QHBoxLayout;
    computeRow->addWidget(m_device, 1);
    computeRow->addWidget(new QLabel(tr("Precision"), this));
    computeRow->addWidget(m_precision, 1);
    form->addRow(tr("Run on"), computeRow);
    form->addRow(QString(), gpuNote);
    setComputeChoice(ComputeChoice::saved());

    m_results = new QTreeWidget(this);
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    m_results->setRootIsDecorated(false);
    m_results->setWordWrap(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    m_results->setMinimumHeight(130);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_load = m_buttons->addButton(tr("Check and load"), QDialogButtonBox::AcceptRole);
    m_load->setDefault(true);
    m_arrange = m_buttons->addButton(tr("Put each file in its place"), QDialogButtonBox::ActionRole);
    m_arrange->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(folderRow);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resizeWithinScreen(this, {780, 560});
    // Drops: on the dialog, sorted by name; on a field, that field's (eventFilter).
    setAcceptDrops(true);
    m_folder->installEventFilter(this);
    for (QLineEdit* field : m_files) field->installEventFilter(this);
    keepWrappedTextWhole(this);  // a long failure in the status line must not cut the notes above it

    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder with the model files"), m_folder->text());
        if (!dir.isEmpty()) useFolder(dir);
    });
    connect(m_folder, &QLineEdit::returnPressed, this, [this] { useFolder(m_folder->text()); });
    connect(usual, &QPushButton::clicked, this, &ModelSetupDialog::searchUsualPlaces);
    connect(m_load, &QPushButton::clicked, this, &ModelSetupDialog::startLoading);
    connect(m_arrange, &QPushButton::clicked, this, [this] {
        if (!m_arranged) return;
        const mars5::ModelPaths arranged = *m_arranged;  // setPaths edits the fields, which forgets it
        setPaths(arranged);
        startLoading();
    });
    // The offer to put files in their places is about the files it checked: a field edited,
    // browsed or dropped on since then makes it stale (Enter would undo the user's choice).
    for (QLineEdit* field : m_files)
        connect(field, &QLineEdit::textChanged, this, [this] {
            if (!m_arranged) return;
            m_arranged.reset();
            m_arrange->setVisible(false);
            m_load->setDefault(true);
            setStatus(tr("Press “Check and load”."), false);  // the status spoke of the button just gone
        });
    connect(m_controller, &SynthesisController::modelFilesMisplaced, this, &ModelSetupDialog::onMisplaced);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_controller, &SynthesisController::fileChecked, this, &ModelSetupDialog::onFileChecked);
    connect(m_controller, &SynthesisController::modelsLoaded, this, &ModelSetupDialog::onLoaded);
    connect(m_controller, &SynthesisController::modelsFailed, this, &ModelSetupDialog::onFailed);
    connect(m_controller, &SynthesisController::loadStep, this, &ModelSetupDialog::onStep);

    if (m_controller->models())
        setPaths(m_controller->models()->paths);
    else
        setPaths(savedPaths());
    // What is loaded now, with each file's check, rather than an empty list and a bar at 0 %.
    const bool loaded = m_controller->modelState() == SynthesisController::ModelState::Ready && m_controller->models();
    if (loaded)
        for (const ModelFileCheck& check : m_controller->models()->files) onFileChecked(check);
    m_progress->setValue(loaded ? 1 : 0);
    m_progress->setFormat(loaded ? tr("Loaded") : tr("Not loaded"));
    if (loaded)
        setStatus(tr("A model is loaded. Choose other files and press “Check and load” to switch."), false);
    else if (!m_controller->modelProblem().isEmpty())
        setStatus(m_controller->modelProblem().toHtmlEscaped(), true);
    else
        setStatus(tr("No model loaded yet."), false);
    setBusy(m_controller->modelState() == SynthesisController::ModelState::Loading);
}

mars5::ModelPaths ModelSetupDialog::savedPaths() {
    QSettings s;
    mars5::ModelPaths p;
    p.ar = ss(s.value(QLatin1String(kKeys[0])).toString());
    p.nar = ss(s.value(QLatin1String(kKeys[1])).toString());
    p.encodec = ss(s.value(QLatin1String(kKeys[2])).toString());
    p.vocos = ss(s.value(QLatin1String(kKeys[3])).toString());
    p.vocosConfig = ss(s.value(QLatin1String(kKeys[4])).toString());
    return p;
}

void ModelSetupDialog::savePaths(const mars5::ModelPaths& p) {
    QSettings s;
    s.setValue(QLatin1String(kKeys[0]), qs(p.ar));
    s.setValue(QLatin1String(kKeys[1]), qs(p.nar));
    s.setValue(QLatin1String(kKeys[2]), qs(p.encodec));
    s.setValue(QLatin1String(kKeys[3]), qs(p.vocos));
    s.setValue(QLatin1String(kKeys[4]), qs(p.vocosConfig));
}

mars5::ModelPaths ModelSetupDialog::paths() const {
    mars5::ModelPaths p;
    p.ar = ss(m_files[0]->text());
    p.nar = ss(m_files[1]->text());
    p.encodec = ss(m_files[2]->text());
    p.vocos = ss(m_files[3]->text());
    p.vocosConfig = ss(m_files[4]->text());
    return p;
}

void ModelSetupDialog::setPaths(const mars5::ModelPaths& p) {
    m_files[0]->setText(qs(p.ar));
    m_files[1]->setText(qs(p.nar));
    m_files[2]->setText(qs(p.encodec));
    m_files[3]->setText(qs(p.vocos));
    m_files[4]->setText(qs(p.vocosConfig));
}

bool ModelSetupDialog::dropFiles(const QStringList& dropped) {
    if (dropped.size() == 1 && QFileInfo(dropped.first()).isDir()) return useFolder(dropped.first());
    std::vector<std::string> files;
    QStringList leftOut;
    for (const QString& path : dropped) {
        if (QFileInfo(path).isFile())
            files.push_back(ss(path));
        else
            leftOut << QFileInfo(path).fileName();  // a folder among files, or nothing there
    }
    const mars5::NamedModelFiles named = mars5::modelPathsByName(files);
    for (const std::string& file : named.unrecognised) leftOut << QFileInfo(qs(file)).fileName();
    const std::string mars5::ModelPaths::*const fields[5] = {&mars5::ModelPaths::ar, &mars5::ModelPaths::nar, &mars5::ModelPaths::encodec,
                                                             &mars5::ModelPaths::vocos, &mars5::ModelPaths::vocosConfig};
    const mars5::ModelRole roles[5] = {mars5::ModelRole::Mars5Ar, mars5::ModelRole::Mars5Nar, mars5::ModelRole::Encodec,
                                       mars5::ModelRole::VocosWeights, mars5::ModelRole::VocosConfig};
    QStringList placed;
    for (int i = 0; i < 5; ++i) {
        const std::string& file = named.paths.*fields[i];
        if (file.empty()) continue;
        m_files[i]->setText(QDir::toNativeSeparators(qs(file)));
        placed << tr("%1 as %2").arg(QFileInfo(qs(file)).fileName(), modelRoleName(roles[i]));
    }
    QString status = placed.isEmpty() ? QString() : tr("Put in place: %1.").arg(placed.join(QStringLiteral(", ")));
    if (!leftOut.isEmpty()) {
        if (!status.isEmpty()) status += QLatin1Char(' ');
        status += tr("Not told apart by its name: %1. Drop such a file on its own field.").arg(leftOut.join(QStringLiteral(", ")));
    } else {
        status += QLatin1Char(' ') + tr("Press “Check and load”.");
    }
    setStatus(status.toHtmlEscaped(), !leftOut.isEmpty());
    return !placed.isEmpty() && leftOut.isEmpty();
}

void ModelSetupDialog::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedLocalFiles(event->mimeData()).isEmpty()) acceptAsCopy(event);
}

void ModelSetupDialog::dropEvent(QDropEvent* event) {
    const QStringList files = droppedLocalFiles(event->mimeData());
    if (files.isEmpty()) return;
    acceptAsCopy(event);
    dropFiles(files);
}

bool ModelSetupDialog::eventFilter(QObject* watched, QEvent* event) {
    auto* field = qobject_cast<QLineEdit*>(watched);
    if (!field) return QDialog::eventFilter(watched, event);
    const FileDropEvent drop = takeFileDrop(event);
    if (!drop.handled) return QDialog::eventFilter(watched, event);  // text: the field's own drop
    const QStringList& files = drop.dropped;
    if (files.isEmpty()) return true;  // dragged over, not dropped yet
    if (field != m_folder && files.size() == 1 && QFileInfo(files.first()).isFile()) {
        field->setText(QDir::toNativeSeparators(files.first()));
        setStatus(tr("Press “Check and load”."), false);
    } else {
        dropFiles(files);
    }
    return true;
}

bool ModelSetupDialog::useFolder(const QString& folder) {
    m_folder->setText(QDir::toNativeSeparators(folder));
    const auto found = mars5::ModelPaths::fromFolder(QFile::encodeName(folder).toStdString());
    if (found.ok()) {
        setPaths(found.value());
        setStatus(tr("Found every file in %1. Press “Check and load”.").arg(QDir::toNativeSeparators(folder).toHtmlEscaped()), false);
        return true;
    }
    // Fill in what is there, so only the missing ones need choosing by hand.
    const mars5::ModelInventory inventory =
        mars5::discoverModels({{mars5::LocationKind::UserFolder, QFile::encodeName(folder).toStdString()}});
    setPaths(withFoundFiles(inventory, paths()));
    // Said with the studio's names for the files, in the user's language; core's message (a
    // list of file-name patterns in English) where the folder itself is the problem.
    const auto missing = inventory.missing();
    if (!QFileInfo(folder).isDir() || missing.empty()) {
        setStatus(errorText(found).toHtmlEscaped(), true);
        return false;
    }
    QStringList names;
    for (mars5::ModelRole r : missing) names << modelRoleName(r);
    setStatus(tr("Not found in %1: %2. Choose those files one by one, or use File ▸ Models… to download them.")
                  .arg(QDir::toNativeSeparators(folder), names.join(QStringLiteral(", ")))
                  .toHtmlEscaped(),
              true);
    return false;
}

bool ModelSetupDialog::searchUsualPlaces() {
    const auto env = mars5::ModelSearchEnvironment::fromProcess();
    const mars5::ModelInventory inventory = mars5::discoverModels(mars5::defaultSearchLocations(env));
    setPaths(withFoundFiles(inventory, paths()));
    QStringList where;
    for (const auto& loc : inventory.searched) where << QDir::toNativeSeparators(qs(loc.path));
    const auto missing = inventory.missing();
    if (missing.empty()) {
        setStatus(tr("Found every file in the usual places. Press “Check and load”."), false);
        return true;
    }
    QStringList names;
    for (mars5::ModelRole r : missing) names << modelRoleName(r);
    setStatus(tr("Not found in the usual places: %1. Looked in: %2. Use Models… to download them, or choose the files.")
                  .arg(names.join(QStringLiteral(", ")), where.join(QStringLiteral(", ")))
                  .toHtmlEscaped(),
              true);
    return false;
}

bool ModelSetupDialog::startLoading() {
    m_results->clear();
    m_arranged.reset();
    m_arrange->setVisible(false);
    m_load->setDefault(true);
    const mars5::ModelPaths p = paths();
    if (p.ar.empty() || p.nar.empty() || p.encodec.empty() || p.vocos.empty()) {
        QStringList missing;
        const QString names[4] = {tr("MARS5 AR"), tr("MARS5 NAR"), tr("Encodec 24 kHz"), tr("Vocos weights")};
        for (int i = 0; i < 4; ++i)
            if (m_files[i]->text().trimmed().isEmpty()) missing << names[i];
        setStatus(tr("Still missing: %1. Choose a folder or each file.").arg(missing.join(QStringLiteral(", "))), true);
        return false;
    }
    const ComputeChoice compute = computeChoice();
    if (!m_controller->loadModels(p, compute)) {
        setStatus(tr("Wait until the running synthesis finishes (or cancel it), then load again."), true);
        return false;
    }
    m_requested = compute;
    setStatus(tr("Checking the files…"), false);
    setBusy(true);
    return true;
}

ComputeChoice ModelSetupDialog::computeChoice() const {
    ComputeChoice c;
    c.device = static_cast<ComputeChoice::Device>(m_device->currentData().toInt());
    c.precision = static_cast<ComputeChoice::Precision>(m_precision->currentData().toInt());
    return c;
}

void ModelSetupDialog::setComputeChoice(const ComputeChoice& choice) {
    m_device->setCurrentIndex(std::max(0, m_device->findData(int(choice.device))));
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(int(choice.precision))));
}

void ModelSetupDialog::onFileChecked(const ModelFileCheck& check) {
    auto* item = new QTreeWidgetItem(m_results);
    item->setText(0, check.role);
    item->setText(1, check.ok ? tr("OK") : tr("Refused"));
    item->setIcon(1, style()->standardIcon(check.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical));
    // Core's message starts with the path, which the line already names: "empty.pt — the file is empty".
    const QString reason = withoutLeadingPath(check.message, check.path);
    item->setText(2, check.path.isEmpty() ? reason : QStringLiteral("%1 — %2").arg(QFileInfo(check.path).fileName(), reason));
    item->setToolTip(2, QStringLiteral("%1\n%2").arg(check.path, check.message));
    if (!check.ok) item->setForeground(1, QColor(0xb3, 0x26, 0x1e));
}

void ModelSetupDialog::onStep(const QString& step, int done, int total) {
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(step);
    m_progress->setTextVisible(true);
}

void ModelSetupDialog::onLoaded(LoadedModelsPtr models) {
    setBusy(false);  // the window keeps the paths of every successful load (MainWindow)
    // The device choice is kept only once it has worked, so a start-up load never repeats a
    // choice that failed.
    if (m_requested) m_requested->save();
    m_requested.reset();
    setStatus(tr("Loaded in %1 s on %2. AR: %3. NAR: %4.")
                  .arg(QLocale().toString(models->loadSeconds, 'f', 1), describeCompute(models->info.device, models->info.dtype),
                       qs(models->info.arSummary).toHtmlEscaped(), qs(models->info.narSummary).toHtmlEscaped()),
              false);
}

void ModelSetupDialog::onFailed(const QString& message) {
    setBusy(false);
    m_requested.reset();
    m_progress->setValue(0);
    m_progress->setFormat(tr("Not loaded"));
    QString html = message.toHtmlEscaped();
    if (m_arranged)
        html += QStringLiteral("<br><br><b>%1</b>")
                    .arg((m_arrangedComplete ? tr("Each of these files belongs in another field: “Put each file in its "
                                                  "place” moves them there and loads again.")
                                             : tr("Some of these files belong in other fields: “Put each file in its place” "
                                                  "moves them there and loads again; the rest still need the right files."))
                             .toHtmlEscaped());
    setStatus(html, true);
}

void ModelSetupDialog::onMisplaced(const mars5::ModelPaths& arranged, bool complete) {
    m_arranged = arranged;
    m_arrangedComplete = complete;
    m_arrange->setVisible(true);
    m_arrange->setDefault(true);  // the likely next step; Enter takes it
    QStringList moves;  // the tooltip says what the button will do
    const mars5::ModelPaths before = paths();
    struct Place {
        mars5::ModelRole role;
        const std::string& now;
        const std::string& then;
    };
    const Place places[] = {{mars5::ModelRole::Mars5Ar, before.ar, arranged.ar},
                            {mars5::ModelRole::Mars5Nar, before.nar, arranged.nar},
                            {mars5::ModelRole::Encodec, before.encodec, arranged.encodec},
                            {mars5::ModelRole::VocosWeights, before.vocos, arranged.vocos}};
    for (const Place& place : places)
        if (place.now != place.then)
            moves << tr("%1 ← %2").arg(modelRoleName(place.role), QFileInfo(QString::fromStdString(place.then)).fileName());
    m_arrange->setToolTip(moves.join(QLatin1Char('\n')));
}

void ModelSetupDialog::setBusy(bool busy) {
    m_load->setEnabled(!busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Working…"));
    }
}

void ModelSetupDialog::setStatus(const QString& html, bool error) {
    m_status->setText(QStringLiteral("<span style='color:%1'>%2</span>").arg(error ? QStringLiteral("#b3261e") : QStringLiteral("#1f2937"), html));
}

QString ModelSetupDialog::statusText() const {
    QString t = m_status->text();
    t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return t;
}

}  // namespace mars5::ui
