#include "models/models_dialog.h"

#include "download_queue.h"
#include "download_settings.h"
#include "inventory_paths.h"
#include "util/background_tasks.h"
#include "util/model_role_name.h"
#include "util/window_size.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace mars5::ui {

namespace {

constexpr char kFoldersKey[] = "models/userFolders";

QString humanBytes(double b) {
    if (b >= 1e9) return QStringLiteral("%1 GB").arg(QLocale().toString(b / 1e9, 'f', 2));
    if (b >= 1e6) return QStringLiteral("%1 MB").arg(QLocale().toString(b / 1e6, 'f', 1));
    if (b >= 1e3) return QStringLiteral("%1 kB").arg(QLocale().toString(b / 1e3, 'f', 1));
    return QStringLiteral("%1 B").arg(QLocale().toString(b, 'f', 0));
}

QString duration(double s) {
    if (s < 0) return {};
    const long t = static_cast<long>(s + 0.5);
    if (t >= 3600) return QObject::tr("%1 h %2 min left").arg(t / 3600).arg((t % 3600) / 60);
    if (t >= 60) return QObject::tr("%1 min %2 s left").arg(t / 60).arg(t % 60);
    return QObject::tr("%1 s left").arg(t);
}

QString q(const std::string& s) { return QString::fromStdString(s); }

// The same file on disk (a Hugging Face snapshot entry is a link to its blob).
bool sameFile(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return false;
    if (a == b) return true;
    const QString ca = QFileInfo(q(a)).canonicalFilePath(), cb = QFileInfo(q(b)).canonicalFilePath();
    return !ca.isEmpty() && ca == cb;
}

const QColor kGood(0x1e, 0x7b, 0x34), kBad(0xb3, 0x26, 0x1e), kWarn(0x9a, 0x67, 0x00), kDim(0x6b, 0x6b, 0x6b);

ModelInventory scan(const std::vector<ModelSearchLocation>& where, bool hash) {
    ModelInventory inv = discoverModels(where);
    Sha256Cache cache(Sha256Cache::defaultLocation());
    VerifyOptions options;
    options.computeSha256 = hash;
    (void)verifyInventory(inv, &cache, options);  // cancellation is the only error; none here
    return inv;
}

}  // namespace

ModelsDialog::ModelsDialog(QWidget* parent, ModelSearchEnvironment environment)
    : QDialog(parent), m_env(std::move(environment)) {
    setWindowTitle(tr("Models"));
    m_userFolders = QSettings().value(QLatin1String(kFoldersKey)).toStringList();
    m_network = new QNetworkAccessManager(this);
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    buildUi();
    resizeWithinScreen(this, {980, 560});
    rescan(false);
}

ModelsDialog::~ModelsDialog() = default;

QString ModelsDialog::modelsFolder() const { return q(studioModelsFolder(m_env)); }

bool ModelsDialog::isBusy() const { return m_scanning || (m_queue && m_queue->isRunning()); }

ModelPaths ModelsDialog::foundPaths() const { return withFoundFiles(m_inventory); }

void ModelsDialog::setInUse(const ModelPaths& paths) {
    m_inUse = paths;
    showInUse();
    if (!m_scanning) showInventory();
    updateButtons();
}

void ModelsDialog::showLoadFailure(const QString& message) {
    // Under what is in use: a failed load leaves the loaded model (if any) in place.
    showInUse();
    m_inUseText->setText(m_inUseText->text() + QStringLiteral("<br><span style='color:%1'>%2</span>")
                                                   .arg(kBad.name(), tr("The last load failed: %1").arg(message).toHtmlEscaped()));
}

void ModelsDialog::showInUse() {
    if (m_inUse.ar.empty()) {
        m_inUseText->setText(tr("No model is loaded in the studio yet."));
        return;
    }
    QStringList names;
    for (const std::string* path : {&m_inUse.ar, &m_inUse.nar, &m_inUse.encodec, &m_inUse.vocos})
        if (!path->empty()) names << QFileInfo(q(*path)).fileName();
    m_inUseText->setText(tr("The studio uses: %1 (File ▸ Set up model… shows where they are).")
                             .arg(names.join(QStringLiteral(", ")))
                             .toHtmlEscaped());
    QStringList full;
    for (const std::string* path : {&m_inUse.ar, &m_inUse.nar, &m_inUse.encodec, &m_inUse.vocos, &m_inUse.vocosConfig})
        if (!path->empty()) full << q(*path);
    m_inUseText->setToolTip(full.join(QLatin1Char('\n')));
}

void ModelsDialog::buildUi() {
    auto* layout = new QVBoxLayout(this);

    std::uint64_t publishedBytes = 0;
    for (ModelRole role : kAllModelRoles) publishedBytes += recommendedFile(role).approxBytes;
    auto* intro = new QLabel(tr("MARS5 uses five published files, %1 in all: the AR and NAR checkpoints, Encodec "
                                "24 kHz, and Vocos's weights with its config. Files already downloaded by other "
                                "tools (Hugging Face, torch hub) are found and used where they are.")
                                 .arg(humanBytes(double(publishedBytes))),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // What the studio has loaded: files chosen in Set up model may live anywhere, so the list
    // below (what was found in the usual places) can differ from it.
    auto* inUseRow = new QHBoxLayout;
    m_inUseText = new QLabel(this);
    m_inUseText->setWordWrap(true);
    m_inUseText->setTextFormat(Qt::RichText);
    m_inUseText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_use = new QPushButton(tr("Use these files"), this);
    m_use->setToolTip(tr("Load the files marked ● below in the studio (on the device chosen in Set up model)"));
    connect(m_use, &QPushButton::clicked, this, [this] { Q_EMIT useFilesRequested(foundPaths()); });
    inUseRow->addWidget(m_inUseText, 1);
    inUseRow->addWidget(m_use);
    layout->addLayout(inUseRow);
    showInUse();

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("Model / file"), tr("Size"), tr("sha256"), tr("Check"), tr("Where")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 300);
    m_tree->setColumnWidth(1, 80);
    m_tree->setColumnWidth(2, 170);
    m_tree->setColumnWidth(3, 150);
    layout->addWidget(m_tree, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    // Where to look.
    auto* folders = new QHBoxLayout;
    m_folders = new QLabel(this);
    m_folders->setWordWrap(true);
    m_folders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* choose = new QPushButton(tr("Add folder…"), this);
    choose->setToolTip(tr("Look for model files in a folder of your choice (and its subfolders such as vocos/)"));
    connect(choose, &QPushButton::clicked, this, &ModelsDialog::chooseFolder);
    m_verify = new QPushButton(tr("Verify sha256"), this);
    m_verify->setToolTip(tr("Compute the sha256 of every file found (once; the values are cached) and compare "
                            "them with the published ones"));
    connect(m_verify, &QPushButton::clicked, this, [this] { rescan(true); });
    folders->addWidget(m_folders, 1);
    folders->addWidget(choose);
    folders->addWidget(m_verify);
    layout->addLayout(folders);

    // Download.
    auto* box = new QGroupBox(tr("Download"), this);
    auto* grid = new QGridLayout(box);
    m_download = new QPushButton(tr("Download missing"), box);
    connect(m_download, &QPushButton::clicked, this, &ModelsDialog::downloadMissing);
    m_pause = new QPushButton(tr("Pause"), box);
    m_cancel = new QPushButton(tr("Cancel"), box);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_queue || !m_queue->current()) return;
        if (m_queue->current()->state() == net::FileDownload::State::Paused) m_queue->resume();
        else m_queue->pause();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_queue) m_queue->cancel();
    });
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(tr("Nothing downloading."), box);
    m_progressText->setWordWrap(true);
    m_mirror = new QLineEdit(net::mirrorFromSettings(), box);
    m_mirror->setPlaceholderText(tr("published servers (Hugging Face, GitHub, Meta)"));
    m_mirror->setToolTip(tr("Base URL of a mirror that reproduces the servers' paths, e.g. a company proxy or "
                            "http://127.0.0.1:8000 serving a local copy. Leave empty for the published servers."));
    auto* saveMirror = new QPushButton(tr("Save"), box);
    connect(saveMirror, &QPushButton::clicked, this, &ModelsDialog::saveMirror);
    connect(m_mirror, &QLineEdit::returnPressed, this, &ModelsDialog::saveMirror);
    m_mirrorNote = new QLabel(box);
    m_mirrorNote->setWordWrap(true);
    grid->addWidget(m_download, 0, 0);
    grid->addWidget(m_progress, 0, 1);
    grid->addWidget(m_pause, 0, 2);
    grid->addWidget(m_cancel, 0, 3);
    grid->addWidget(m_progressText, 1, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Mirror:"), box), 2, 0);
    grid->addWidget(m_mirror, 2, 1, 1, 2);
    grid->addWidget(saveMirror, 2, 3);
    grid->addWidget(m_mirrorNote, 3, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    layout->addWidget(box);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const net::MirrorSetting mirror = net::effectiveMirror();
    if (mirror.origin == QLatin1String(net::kMirrorEnvironmentVariable))
        m_mirrorNote->setText(tr("%1 is set to %2 and takes precedence over this setting.")
                                  .arg(QLatin1String(net::kMirrorEnvironmentVariable), mirror.url));
    updateButtons();
}

void ModelsDialog::rescan(bool hash) {
    if (m_scanning) {
        m_scanAgain = true;
        return;
    }
    m_scanning = true;
    m_summary->setText(hash ? tr("Computing sha256 values (a 1.5 GB file takes a few seconds)…") : tr("Looking for model files…"));
    updateButtons();
    std::vector<ModelSearchLocation> where;
    for (const QString& f : m_userFolders) where.push_back({LocationKind::UserFolder, f.toStdString()});
    for (const auto& l : defaultSearchLocations(m_env)) where.push_back(l);
    auto promise = std::make_shared<QPromise<ModelInventory>>();
    auto* watcher = new QFutureWatcher<ModelInventory>(this);
    connect(watcher, &QFutureWatcher<ModelInventory>::finished, this, [this, watcher] {
        m_inventory = watcher->future().result();
        watcher->deleteLater();
        m_scanning = false;
        showInventory();
        updateButtons();
        Q_EMIT inventoryChanged(m_inventory);
        Q_EMIT scanFinished();
        if (m_scanAgain) {
            m_scanAgain = false;
            rescan(false);
        }
    });
    watcher->setFuture(promise->future());
    promise->start();
    BackgroundTasks::instance().start([promise, where, hash] {
        promise->addResult(scan(where, hash));
        promise->finish();
    });
}

void ModelsDialog::showInventory() {
    m_tree->clear();
    QFont bold = m_tree->font();
    bold.setBold(true);
    std::uint64_t toDownload = 0;
    for (ModelRole role : kAllModelRoles) {
        const FoundModelFile* best = m_inventory.best(role);
        const auto candidates = m_inventory.candidates(role);
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(0, modelRoleName(role));
        top->setFont(0, bold);
        if (best) {
            const bool flagged = best->offerRedownload();
            top->setText(3, flagged ? tr("usable, flagged") : tr("ready"));
            top->setForeground(3, flagged ? kWarn : kGood);
            top->setText(1, humanBytes(double(best->bytes)));
            top->setText(4, QFileInfo(q(best->path)).fileName());
            if (flagged) toDownload += recommendedFile(role).approxBytes;
        } else {
            const KnownModelFile& k = recommendedFile(role);
            top->setText(3, candidates.empty() ? tr("missing") : tr("damaged"));
            top->setForeground(3, kBad);
            top->setText(4, tr("download %1 (%2) from %3").arg(q(k.fileName), humanBytes(double(k.approxBytes)), q(k.source)));
            top->setForeground(4, kDim);
            top->setToolTip(4, q(k.url));
            toDownload += k.approxBytes;
        }
        for (const FoundModelFile* f : candidates) {
            auto* item = new QTreeWidgetItem(top);
            const bool inUse = isInUse(role, *f);
            item->setText(0, (f == best ? QStringLiteral("● ") : QStringLiteral("   ")) + QFileInfo(q(f->path)).fileName() +
                                 (inUse ? tr(" (in use)") : QString()));
            if (inUse) item->setFont(0, bold);
            item->setToolTip(0, q(f->path) + (f->resolvedPath != f->path ? QStringLiteral("\n→ ") + q(f->resolvedPath) : QString()));
            item->setText(1, humanBytes(double(f->bytes)));
            QString sha;
            QColor shaColor = kDim;
            switch (f->checksum) {
            case ChecksumState::NotComputed:
                sha = f->known && hasKnownChecksum(*f->known) ? tr("not computed yet") : tr("—");
                break;
            case ChecksumState::NoKnownValue: sha = tr("none published"); break;
            case ChecksumState::Verified: sha = tr("verified"); shaColor = kGood; break;
            case ChecksumState::EarlierUpload: sha = tr("earlier upload"); shaColor = kGood; break;
            case ChecksumState::Mismatch: sha = tr("differs!"); shaColor = kBad; break;
            }
            item->setText(2, sha);
            item->setForeground(2, shaColor);
            if (!f->sha256.empty()) item->setToolTip(2, q(f->sha256) + (f->sha256FromCache ? tr(" (cached)") : QString()));
            QString check = QString::fromLatin1(describe(f->validation));
            if (f->validation == ValidationState::Valid && !f->known) check = tr("valid, unrecognised");
            item->setText(3, check);
            item->setForeground(3, f->validation == ValidationState::Invalid ? kBad
                                   : f->validation == ValidationState::Valid ? (f->known ? kGood : kWarn)
                                                                             : kDim);
            const QString why = q(f->validationMessage) + (f->notice.empty() ? QString() : QStringLiteral("\n") + q(f->notice));
            item->setToolTip(3, why);
            item->setText(4, q(f->location));
            item->setToolTip(4, q(f->path));
            if (f->validation == ValidationState::Invalid || !f->notice.empty()) {
                auto* reason = new QTreeWidgetItem(item);
                reason->setFirstColumnSpanned(true);
                QString line = q(f->validation == ValidationState::Invalid ? f->validationMessage : f->notice);
                for (const std::string& prefix : {f->resolvedPath + ": ", f->path + ": "})  // the row above names the file
                    if (line.startsWith(q(prefix))) line = line.mid(int(prefix.size()));
                reason->setText(0, (f->validation == ValidationState::Invalid ? tr("why: ") : tr("note: ")) +
                                       line.section(QLatin1Char('\n'), 0, 1));
                reason->setForeground(0, f->validation == ValidationState::Invalid ? kBad : kWarn);
                reason->setToolTip(0, why);
                item->setExpanded(true);  // the reason is the point: show it
            }
        }
        top->setExpanded(true);
    }
    for (int c = 0; c < 4; ++c) m_tree->resizeColumnToContents(c);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), 340));

    const auto missing = m_inventory.missing();
    QString text = missing.empty() ? tr("All five files are ready.")
                                   : tr("%n file(s) missing or unusable here.", nullptr, int(missing.size()));
    if (!missing.empty() && !m_inUse.ar.empty())
        text += QLatin1Char(' ') + tr("The studio's loaded model is unaffected: it uses the files named above.");
    int flagged = 0;
    for (ModelRole role : kAllModelRoles)
        if (const FoundModelFile* b = m_inventory.best(role); b && b->offerRedownload()) ++flagged;
    if (flagged) text += QLatin1Char(' ') + tr("%n file(s) differ from the published ones and can be downloaded again.", nullptr, flagged);
    m_summary->setText(text);
    m_download->setText(toDownload ? tr("Download missing (%1)").arg(humanBytes(double(toDownload))) : tr("Download missing"));

    QStringList where;
    where << tr("Studio folder: %1").arg(modelsFolder());
    for (const QString& f : m_userFolders) where << tr("Folder: %1").arg(f);
    where << tr("Hugging Face cache: %1").arg(q(huggingFaceHubCache(m_env)))
          << tr("torch hub: %1").arg(q(torchHubCheckpoints(m_env)));
    m_folders->setText(tr("Looked in:") + QLatin1Char('\n') + where.join(QLatin1Char('\n')));
}

std::vector<ModelRole> ModelsDialog::rolesToDownload() const {
    std::set<ModelRole> roles;
    for (ModelRole role : kAllModelRoles) {
        const FoundModelFile* best = m_inventory.best(role);
        if (!best || best->offerRedownload()) roles.insert(role);
    }
    if (roles.count(ModelRole::VocosConfig) || roles.count(ModelRole::VocosWeights)) {
        roles.insert(ModelRole::VocosConfig);  // the pair lives in one folder
        roles.insert(ModelRole::VocosWeights);
    }
    return {roles.begin(), roles.end()};
}

void ModelsDialog::downloadMissing() {
    if (isBusy()) return;
    const auto roles = rolesToDownload();
    if (roles.empty()) {
        m_progressText->setText(tr("Nothing to download: every file is ready."));
        return;
    }
    const QString mirror = net::effectiveMirror().url;
    QList<net::QueuedFile> files;
    for (ModelRole role : roles) {
        const KnownModelFile& k = recommendedFile(role);
        files << net::QueuedFile{QStringLiteral("%1 (%2)").arg(modelRoleName(role), q(k.fileName)),
                                 net::requestFor(k, modelsFolder(), mirror)};
    }
    delete m_queue;
    m_queue = new net::DownloadQueue(m_network, {}, this);
    m_queue->setFiles(files);
    const int count = int(files.size());
    connect(m_queue, &net::DownloadQueue::fileStarted, this, [this, count](int i) {
        m_progress->setValue(0);
        m_progressText->setText(tr("%1 (%2 of %3): connecting…").arg(m_queue->files()[i].label).arg(i + 1).arg(count));
        updateButtons();
    });
    connect(m_queue, &net::DownloadQueue::fileProgress, this,
            [this, count](int i, qint64 got, qint64 total, double speed, double left) {
                if (total > 0) m_progress->setValue(int(1000.0 * double(got) / double(total)));
                m_progressText->setText(tr("%1 (%2 of %3): %4 of %5 · %6/s · %7")
                                            .arg(m_queue->files()[i].label)
                                            .arg(i + 1)
                                            .arg(count)
                                            .arg(humanBytes(double(got)), total > 0 ? humanBytes(double(total)) : tr("?"),
                                                 humanBytes(speed), duration(left)));
            });
    connect(m_queue, &net::DownloadQueue::fileStateChanged, this, [this](int i, net::FileDownload::State s) {
        if (s == net::FileDownload::State::Verifying)
            m_progressText->setText(tr("%1: checking sha256…").arg(m_queue->files()[i].label));
        if (s == net::FileDownload::State::Paused)
            m_progressText->setText(tr("%1: paused (the partial download is kept)").arg(m_queue->files()[i].label));
        updateButtons();
    });
    connect(m_queue, &net::DownloadQueue::fileRetrying, this, [this](int i, int attempt, int delayMs, const QString& why) {
        m_progressText->setText(tr("%1: attempt %2 failed (%3); retrying in %4 s")
                                    .arg(m_queue->files()[i].label)
                                    .arg(attempt)
                                    .arg(why)
                                    .arg(QLocale().toString(delayMs / 1000.0, 'f', 1)));
    });
    connect(m_queue, &net::DownloadQueue::finished, this, [this](int failures) {
        m_progress->setValue(failures == 0 ? 1000 : m_progress->value());
        m_progressText->setText(failures == 0 ? tr("All downloads finished and verified. “Use these files” loads them.")
                                              : m_queue->messages().join(QLatin1Char('\n')));
        updateButtons();
        rescan(false);
    });
    m_queue->start();
    updateButtons();
}

void ModelsDialog::chooseFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder with model files"), QDir::homePath());
    if (dir.isEmpty() || m_userFolders.contains(dir)) return;
    m_userFolders << dir;
    QSettings().setValue(QLatin1String(kFoldersKey), m_userFolders);
    rescan(false);
}

void ModelsDialog::saveMirror() {
    const QString problem = net::checkMirrorUrl(m_mirror->text());
    if (!problem.isEmpty()) {
        m_mirrorNote->setText(problem);
        return;
    }
    net::saveMirrorToSettings(m_mirror->text());
    m_mirrorNote->setText(m_mirror->text().trimmed().isEmpty() ? tr("Downloads use the published servers.")
                                                               : tr("Downloads use %1.").arg(m_mirror->text().trimmed()));
}

void ModelsDialog::updateButtons() {
    const bool downloading = m_queue && m_queue->isRunning();
    const net::FileDownload* current = downloading ? m_queue->current() : nullptr;
    m_download->setEnabled(!downloading && !m_scanning);
    m_verify->setEnabled(!downloading && !m_scanning);
    m_pause->setEnabled(current && (current->isActive() || current->state() == net::FileDownload::State::Paused) &&
                        current->state() != net::FileDownload::State::Verifying);
    m_pause->setText(current && current->state() == net::FileDownload::State::Paused ? tr("Resume") : tr("Pause"));
    m_cancel->setEnabled(downloading);
    // Offered when every role has a usable file and they are not already the ones in use.
    const ModelPaths found = foundPaths();
    const bool complete = !m_scanning && m_inventory.missing().empty() && !found.ar.empty();
    const bool alreadyInUse = complete && sameFile(found.ar, m_inUse.ar) && sameFile(found.nar, m_inUse.nar) &&
                              sameFile(found.encodec, m_inUse.encodec) && sameFile(found.vocos, m_inUse.vocos);
    m_use->setEnabled(complete && !downloading && !alreadyInUse);
    m_use->setToolTip(alreadyInUse ? tr("The studio already uses these files")
                      : complete   ? tr("Load the files marked ● below in the studio (on the device chosen in Set up model)")
                                   : tr("Every file must be ready first: download what is missing, or add the folder that holds it"));
}

bool ModelsDialog::isInUse(ModelRole role, const FoundModelFile& f) const {
    const std::string* used = role == ModelRole::Mars5Ar       ? &m_inUse.ar
                              : role == ModelRole::Mars5Nar    ? &m_inUse.nar
                              : role == ModelRole::Encodec     ? &m_inUse.encodec
                              : role == ModelRole::VocosWeights ? &m_inUse.vocos
                                                               : &m_inUse.vocosConfig;
    return sameFile(f.path, *used) || sameFile(f.resolvedPath, *used);
}

}  // namespace mars5::ui
