#include "rating/new_session_dialog.h"

#include "util/dropped_files.h"
#include "util/notice_text.h"
#include "util/window_size.h"
#include "widgets/path_drops.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QUuid>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mars5::ui::rating {

NewSessionDialog::NewSessionDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("New blind rating session"));
    auto* layout = new QVBoxLayout(this);
    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(tr("Listening test %1").arg(QDate::currentDate().toString(Qt::ISODate)), this);
    m_rater = new QLineEdit(QSettings().value(QStringLiteral("rating/lastRater"), qEnvironmentVariable("USER")).toString(), this);
    m_rater->setPlaceholderText(tr("who is listening (one rater per session)"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Take vs take — two folders, files paired by name"));
    m_kind->addItem(tr("Tournament — several folders (takes, presets, seeds)"));
    m_kind->addItem(tr("Ground truth vs takes — a dataset folder and a folder of takes"));
    m_kind->addItem(tr("Ground truth vs MARS5 — synthesize each transcript now from another clip of the same speaker"));
    form->addRow(tr("Session name:"), m_name);
    form->addRow(tr("Rater:"), m_rater);
    form->addRow(tr("Compare:"), m_kind);

    m_datasetRow = new QWidget(this);
    auto* datasetLayout = new QHBoxLayout(m_datasetRow);
    datasetLayout->setContentsMargins(0, 0, 0, 0);
    m_dataset = new QLineEdit(m_datasetRow);
    m_dataset->setPlaceholderText(tr("folder with metadata.csv (LJSpeech) or name.wav + name.txt"));
    auto* browse = new QPushButton(tr("Browse…"), m_datasetRow);
    datasetLayout->addWidget(m_dataset, 1);
    datasetLayout->addWidget(browse);
    form->addRow(tr("Dataset:"), m_datasetRow);
    acceptPathDrops(m_dataset, DroppedPath::Folder);  // metadata.csv dropped: its folder
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Dataset folder"), m_dataset->text());
        if (!dir.isEmpty()) m_dataset->setText(dir);
    });

    m_folders = new QTableWidget(0, 2, this);
    m_folders->setHorizontalHeaderLabels({tr("System name (hidden while judging)"), tr("Folder")});
    m_folders->horizontalHeader()->setStretchLastSection(true);
    m_folders->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_folders->verticalHeader()->setVisible(false);
    m_folders->setMinimumHeight(120);
    m_folders->setToolTip(tr("Add each system's folder with Add folder…, or drop the folders here"));
    m_folders->viewport()->setAcceptDrops(true);
    m_folders->viewport()->installEventFilter(this);
    auto* folderButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add folder…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    folderButtons->addWidget(add);
    folderButtons->addWidget(remove);
    folderButtons->addStretch(1);
    connect(add, &QPushButton::clicked, this, &NewSessionDialog::addFolder);
    connect(remove, &QPushButton::clicked, this, &NewSessionDialog::removeFolder);
    form->addRow(tr("Folders:"), m_folders);
    form->addRow(QString(), folderButtons);

    m_pairsPerItem = new QSpinBox(this);
    m_pairsPerItem->setRange(0, 1000);
    m_pairsPerItem->setSpecialValueText(tr("every pair"));
    m_pairsPerItem->setToolTip(tr("Tournament: comparisons per item. The pairs rotate over the items so every system gets the same exposure."));
    form->addRow(tr("Pairs per item:"), m_pairsPerItem);
    m_allowTie = new QCheckBox(tr("Offer “no preference” (otherwise forced choice)"), this);
    m_allowTie->setChecked(true);
    m_strength = new QCheckBox(tr("Ask for the strength of the preference (−3 … +3)"), this);
    m_codecCeiling = new QCheckBox(tr("Add a codec ceiling: each recording through Encodec and Vocos alone"), this);
    m_ceilingToolTip = tr("Ground truth vs MARS5: a third system, the real recording encoded and vocoded by the same "
                          "codec MARS5 speaks through. It is the best MARS5 can sound, so the ratings tell what the "
                          "model loses from what the codec loses (three comparisons per item instead of one).");
    m_codecCeiling->setToolTip(m_ceilingToolTip);
    form->addRow(QString(), m_allowTie);
    form->addRow(QString(), m_strength);
    form->addRow(QString(), m_codecCeiling);
    m_loudness = new QDoubleSpinBox(this);
    m_loudness->setRange(kQuietestLoudnessTarget, kLoudestLoudnessTarget);
    m_loudness->setDecimals(1);
    m_loudness->setValue(-23.0);
    m_loudness->setSuffix(tr(" LUFS"));
    m_loudness->setToolTip(tr("Both sides of every comparison are matched to this EBU R128 integrated loudness."));
    form->addRow(tr("Loudness:"), m_loudness);
    m_seed = new QLineEdit(QString::number(mars5::rating::freshSeed()), this);
    m_seed->setToolTip(tr("The trial order and the A/B sides follow from this number; the same seed gives the same session."));
    form->addRow(tr("Seed:"), m_seed);
    layout->addWidget(m_form);

    // The synthesized source: progress of the takes being made (hidden otherwise).
    m_synthBox = new QWidget(this);
    auto* synthLayout = new QVBoxLayout(m_synthBox);
    synthLayout->setContentsMargins(0, 0, 0, 0);
    m_synthStatus = new QLabel(m_synthBox);
    m_synthStatus->setWordWrap(true);
    m_synthProgress = new QProgressBar(m_synthBox);
    m_synthLog = new QLabel(m_synthBox);
    m_synthLog->setWordWrap(true);
    m_synthLog->setStyleSheet(QStringLiteral("color: #b3261e;"));
    synthLayout->addWidget(m_synthStatus);
    synthLayout->addWidget(m_synthProgress);
    synthLayout->addWidget(m_synthLog);
    m_synthBox->setVisible(false);
    layout->addWidget(m_synthBox);
    m_synth = new SessionSynthesizer(this);
    connect(m_synth, &SessionSynthesizer::itemStarted, this, [this](int index, int count, const QString& id) {
        m_synthProgress->setRange(0, count * 100);
        m_synthProgress->setValue(index * 100);
        m_synthStatus->setText(m_ceilingJob ? tr("Running %1 through the codec (%2 of %3)…").arg(id).arg(index + 1).arg(count)
                                            : tr("Synthesizing %1 (%2 of %3)…").arg(id).arg(index + 1).arg(count));
    });
    connect(m_synth, &SessionSynthesizer::itemProgress, this,
            [this](int index, int stage, qint64 current, qint64 total, int piece, int pieces) {
        m_synthProgress->setValue(sessionProgressValue(index, stage, current, total, piece, pieces));
    });
    connect(m_synth, &SessionSynthesizer::itemFinished, this, [this](int, const SynthesisItemOutcome& outcome) {
        if (outcome.ok || m_synth->cancelRequested()) return;
        m_failures << outcome.message;
        m_synthLog->setText(tr("Failed (the others go on):") + QLatin1Char('\n') + m_failures.join(QLatin1Char('\n')));
    });
    connect(m_synth, &SessionSynthesizer::finished, this, &NewSessionDialog::onSynthesisFinished);

    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create session"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewSessionDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewSessionDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_name, m_rater, m_dataset, m_seed}) connect(edit, &QLineEdit::textChanged, this, &NewSessionDialog::updatePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewSessionDialog::updatePreview);
    connect(m_folders, &QTableWidget::itemChanged, this, &NewSessionDialog::updatePreview);
    connect(m_pairsPerItem, &QSpinBox::valueChanged, this, &NewSessionDialog::updatePreview);
    connect(m_codecCeiling, &QCheckBox::toggled, this, &NewSessionDialog::updatePreview);
    resizeWithinScreen(this, {720, 560});
    updatePreview();
}

NewSessionDialog::~NewSessionDialog() {
    if (m_synth->isRunning()) {
        m_synth->cancel();
        m_synth->wait();
        if (!m_synthFolder.isEmpty()) QDir(m_synthFolder).removeRecursively();
    }
}

QString NewSessionDialog::defaultTakesRoot() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("rating-takes"));
}

void NewSessionDialog::setTakesRoot(const QString& root) { m_takesRoot = root; }

void NewSessionDialog::setSynthesisSource(std::function<SynthesisSource()> provider) {
    m_sourceProvider = std::move(provider);
    updatePreview();
}

SynthesisSource NewSessionDialog::synthesisSource() const {
    SynthesisSource source = m_sourceProvider ? m_sourceProvider() : SynthesisSource{};
    if (!source.available() && source.unavailable.isEmpty())
        source.unavailable = tr("Load a model first: File ▸ Set up model…");
    return source;
}

bool NewSessionDialog::synthesizedAvailable() const { return synthesisSource().available(); }

bool NewSessionDialog::isSynthesizing() const { return m_synth->isRunning(); }

QString NewSessionDialog::synthesisStatus() const { return m_synthStatus->text(); }

void NewSessionDialog::cancelSynthesis() {
    if (!m_synth->isRunning()) return;
    m_synth->cancel();
    m_synthStatus->setText(tr("Cancelling… (the item being made ends at its next step)"));
    m_cancel->setEnabled(false);
}

void NewSessionDialog::reject() {
    // While takes are being made, Cancel (and Esc) stops the synthesis; nothing is kept.
    if (m_synth->isRunning()) return cancelSynthesis();
    QDialog::reject();
}

void NewSessionDialog::setFormEnabled(bool enabled) {
    m_form->setEnabled(enabled);
    m_ok->setEnabled(enabled);
}

bool NewSessionDialog::ceilingWanted() const { return m_codecCeiling->isChecked() && m_codecCeiling->isEnabled(); }

void NewSessionDialog::create() {
    if (m_synth->isRunning()) return;
    if (kind() == Kind::Synthesized && !m_synthesized) return startSynthesis();
    if (kind() == Kind::Dataset && ceilingWanted() && !m_synthesized) return startCodecCeilings();
    auto session = buildSession();
    if (!session.ok()) {
        m_preview->setText(errorText(session));
        m_preview->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    QSettings().setValue(QStringLiteral("rating/lastRater"), m_rater->text().trimmed());
    accept();
}

void NewSessionDialog::startSynthesis() {
    const SynthesisSource source = synthesisSource();
    if (!source.available()) {
        m_preview->setText(source.unavailable);
        m_preview->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    if (m_name->text().trimmed().isEmpty() || m_rater->text().trimmed().isEmpty()) return updatePreview();
    bool seedOk = false;
    const quint64 seed = m_seed->text().trimmed().toULongLong(&seedOk);
    auto dataset = readDataset(m_dataset->text());
    if (!seedOk || !dataset.ok()) return updatePreview();
    auto plan = planSynthesis(dataset.value(), seed);
    if (!plan.ok()) return updatePreview();
    m_plan = plan.value();
    beginJob(false, tr("Preparing %n take(s)…", nullptr, static_cast<int>(m_plan.items.size())), tr("Cancel synthesis"));
    if (!m_synth->start(source.engine, m_plan, source.config, m_synthFolder, m_codecCeiling->isChecked())) {
        setFormEnabled(true);
        m_synthStatus->setText(tr("The synthesis could not start."));
    }
}

void NewSessionDialog::beginJob(bool ceilingsOnly, const QString& status, const QString& cancelText) {
    m_ceilingJob = ceilingsOnly;
    m_sessionUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_synthFolder = QDir(m_takesRoot.isEmpty() ? defaultTakesRoot() : m_takesRoot).filePath(m_sessionUuid);
    m_failures.clear();
    m_report.clear();
    m_synthLog->clear();
    m_synthProgress->setRange(0, static_cast<int>(m_plan.items.size()) * 100);
    m_synthProgress->setValue(0);
    m_synthStatus->setText(status);
    m_synthBox->setVisible(true);
    setFormEnabled(false);
    m_cancel->setText(cancelText);
    m_cancel->setEnabled(true);
}

void NewSessionDialog::startCodecCeilings() {
    const SynthesisSource source = synthesisSource();
    auto session = buildSession();  // the name, rater, seed and folders, checked before any work
    auto scanned = scan();
    if (!source.available() || !session.ok() || !scanned.ok()) {
        m_preview->setText(!source.available() ? source.unavailable
                                               : errorText(session.ok() ? scanned.error() : session.error()));
        m_preview->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    m_ceilingBase = scanned.value();
    m_plan = SynthesisPlan{};
    for (const mars5::rating::ItemRenderings& r : m_ceilingBase.items)
        for (const mars5::rating::Stimulus& st : r.stimuli)
            if (st.system == "ground truth") {
                SynthesisPlanItem item;
                item.id = QString::fromStdString(r.item);
                item.transcript = QString::fromStdString(r.transcript);
                item.recording = QString::fromStdString(st.file);
                m_plan.items << item;
            }
    beginJob(true, tr("Running %n recording(s) through the codec…", nullptr, static_cast<int>(m_plan.items.size())),
             tr("Cancel"));
    if (!m_synth->startCodecCeilings(source.engine, m_plan, m_synthFolder)) {
        setFormEnabled(true);
        m_synthStatus->setText(tr("The codec ceilings could not be started."));
    }
}

void NewSessionDialog::onCeilingsFinished(bool cancelled, const QList<SynthesisItemOutcome>& outcomes) {
    if (cancelled) return abandonJob(tr("Cancelled: no session was made and no file was kept."));
    SourceScan scan = m_ceilingBase;
    QMap<QString, QString> ceilingOf;
    QStringList failures;
    for (const SynthesisItemOutcome& o : outcomes) {
        if (o.ok) ceilingOf.insert(o.id, o.ceilingFile);
        else failures << o.message;
    }
    for (mars5::rating::ItemRenderings& item : scan.items)
        if (const auto it = ceilingOf.constFind(QString::fromStdString(item.item)); it != ceilingOf.constEnd())
            item.stimuli.push_back({"codec ceiling", it->toStdString()});
    if (ceilingOf.isEmpty()) dropJobFiles();  // nothing was made: the session is the plain one
    finishJob(std::move(scan), failures,
              ceilingOf.isEmpty() ? tr("No codec ceiling could be made.")
                                  : tr("%n codec ceiling(s) made into %1.", nullptr, static_cast<int>(ceilingOf.size()))
                                        .arg(QDir::toNativeSeparators(QDir(m_synthFolder).filePath(QStringLiteral("codec-ceiling")))));
}

void NewSessionDialog::finishJob(SourceScan scan, const QStringList& ceilingFailures, QString report) {
    if (!ceilingFailures.isEmpty())
        scan.notes << tr("%n item(s) have no codec ceiling and are rated against the recording only: ", nullptr,
                         static_cast<int>(ceilingFailures.size())) +
                          ceilingFailures.join(QStringLiteral("; "));
    if (!scan.notes.isEmpty()) report += QLatin1Char(' ') + scan.notes.join(QLatin1Char(' '));
    m_report = report;
    m_synthesized = scan;
    m_synthStatus->setText(m_report);
    m_synthProgress->setValue(m_synthProgress->maximum());
    emit synthesisEnded(true);
    create();
}

void NewSessionDialog::dropJobFiles() {
    QDir(m_synthFolder).removeRecursively();
    m_synthFolder.clear();
    m_sessionUuid.clear();
}

void NewSessionDialog::abandonJob(const QString& status) {
    // Nothing half-made is kept: no session, and the job's folder goes.
    dropJobFiles();
    setFormEnabled(true);
    m_synthStatus->setText(status);
    updatePreview();
    emit synthesisEnded(false);
}

void NewSessionDialog::onSynthesisFinished(bool cancelled, const QList<SynthesisItemOutcome>& outcomes) {
    m_cancel->setText(tr("Cancel"));
    m_cancel->setEnabled(true);
    if (m_ceilingJob) return onCeilingsFinished(cancelled, outcomes);
    SourceScan scan;
    scan.notes = m_plan.notes;
    int made = 0;
    QStringList ceilingFailures;
    for (const SynthesisItemOutcome& o : outcomes) {
        if (!o.ok) continue;
        const auto it = std::find_if(m_plan.items.begin(), m_plan.items.end(), [&](const SynthesisPlanItem& p) { return p.id == o.id; });
        if (it == m_plan.items.end()) continue;
        mars5::rating::ItemRenderings item;
        item.item = o.id.toStdString();
        item.transcript = it->transcript.toStdString();
        item.stimuli.push_back({"ground truth", it->recording.toStdString()});
        item.stimuli.push_back({"MARS5", o.takeFile.toStdString()});
        if (!o.ceilingFile.isEmpty()) item.stimuli.push_back({"codec ceiling", o.ceilingFile.toStdString()});
        else if (!o.ceilingMessage.isEmpty()) ceilingFailures << o.ceilingMessage;
        scan.items.push_back(std::move(item));
        ++made;
    }
    if (cancelled || made == 0)
        return abandonJob(cancelled ? tr("Cancelled: no session was made and no take was kept.")
                                    : tr("No take could be made, so no session was made."));
    const auto manifest = writeSynthesisManifest(m_synthFolder, m_dataset->text(), m_plan, synthesisSource().config, outcomes);
    if (!manifest.ok()) scan.notes << errorText(manifest);
    if (!m_failures.isEmpty())
        scan.notes << tr("%n item(s) could not be synthesized and were left out: ", nullptr, static_cast<int>(m_failures.size())) +
                          m_failures.join(QStringLiteral("; "));
    finishJob(std::move(scan), ceilingFailures,
              tr("%n take(s) synthesized into %1.", nullptr, made).arg(QDir::toNativeSeparators(m_synthFolder)));
}

NewSessionDialog::Kind NewSessionDialog::kind() const { return static_cast<Kind>(m_kind->currentIndex()); }
void NewSessionDialog::setKind(Kind kind) { m_kind->setCurrentIndex(static_cast<int>(kind)); }
void NewSessionDialog::setNameAndRater(const QString& name, const QString& rater) {
    m_name->setText(name);
    m_rater->setText(rater);
}
void NewSessionDialog::setDatasetFolder(const QString& folder) { m_dataset->setText(folder); }
void NewSessionDialog::setSeed(quint64 seed) { m_seed->setText(QString::number(seed)); }
void NewSessionDialog::setCodecCeiling(bool on) { m_codecCeiling->setChecked(on); }

void NewSessionDialog::setFolders(const QList<FolderSource>& folders) {
    const QSignalBlocker block(m_folders);
    m_folders->setRowCount(0);
    for (const FolderSource& f : folders) {
        const int row = m_folders->rowCount();
        m_folders->insertRow(row);
        m_folders->setItem(row, 0, new QTableWidgetItem(f.label));
        auto* path = new QTableWidgetItem(f.folder);
        path->setFlags(path->flags() & ~Qt::ItemIsEditable);
        m_folders->setItem(row, 1, path);
    }
    updatePreview();
}

QList<FolderSource> NewSessionDialog::folders() const {
    QList<FolderSource> list;
    for (int row = 0; row < m_folders->rowCount(); ++row)
        list << FolderSource{m_folders->item(row, 0)->text().trimmed(), m_folders->item(row, 1)->text()};
    return list;
}

void NewSessionDialog::addFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of renderings"));
    if (!dir.isEmpty()) addFolders({dir});  // named as a dropped folder is, "takes (2)" for a second "takes"
}

int NewSessionDialog::addFolders(const QStringList& dropped) {
    auto list = folders();
    int added = 0;
    for (const QString& path : dropped) {
        const QFileInfo info(QDir::cleanPath(path));  // "…/takes/" (as some file managers send a folder) names "takes"
        const QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        const auto same = [](const QString& a, const QString& b) { return QDir::cleanPath(QFileInfo(a).absoluteFilePath()) == b; };
        if (std::any_of(list.begin(), list.end(), [&](const FolderSource& f) { return same(f.folder, dir); })) continue;
        // Two systems named alike ("takes" of two runs) get a number: a session needs each name once.
        QString name = QFileInfo(dir).fileName();
        const auto named = [&](const QString& n) { return std::any_of(list.begin(), list.end(), [&](const FolderSource& f) { return f.label == n; }); };
        for (int n = 2; named(name); ++n) name = QStringLiteral("%1 (%2)").arg(QFileInfo(dir).fileName()).arg(n);
        list << FolderSource{name, dir};
        ++added;
    }
    if (added > 0) setFolders(list);
    return added;
}

bool NewSessionDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_folders->viewport()) return QDialog::eventFilter(watched, event);
    const FileDropEvent drop = takeFileDrop(event);
    if (!drop.handled) return QDialog::eventFilter(watched, event);
    if (!drop.dropped.isEmpty()) addFolders(drop.dropped);
    return true;
}

void NewSessionDialog::removeFolder() {
    const int row = m_folders->currentRow();
    if (row < 0) return;
    auto list = folders();
    list.removeAt(row);
    setFolders(list);
}

Result<SourceScan> NewSessionDialog::scan() const {
    const auto list = folders();
    switch (kind()) {
    case Kind::TakeVsTake:
        if (list.size() != 2)
            return Error{ErrorKind::InvalidArgument, tr("Take vs take compares exactly two folders (%1 chosen).").arg(list.size()).toStdString()};
        return pairFolders(list);
    case Kind::Tournament:
        if (list.size() < 3)
            return Error{ErrorKind::InvalidArgument, tr("A tournament needs three or more folders; for two, choose take vs take.").toStdString()};
        return pairFolders(list);
    case Kind::Dataset:
        if (list.size() != 1)
            return Error{ErrorKind::InvalidArgument, tr("Choose the dataset folder and exactly one folder of takes named after its items.").toStdString()};
        if (m_synthesized) return *m_synthesized;  // with its codec ceilings
        return datasetAgainstTakes(m_dataset->text(), list.front());
    case Kind::Synthesized:
        if (m_synthesized) return *m_synthesized;
        return Error{ErrorKind::InvalidArgument, tr("The takes are synthesized when you press “Create session”.").toStdString()};
    }
    return Error{ErrorKind::Internal, "unknown source"};
}

Result<NewSession> NewSessionDialog::buildSession() const {
    if (m_name->text().trimmed().isEmpty()) return Error{ErrorKind::InvalidArgument, tr("Give the session a name.").toStdString()};
    if (m_rater->text().trimmed().isEmpty()) return Error{ErrorKind::InvalidArgument, tr("Enter the rater's name.").toStdString()};
    bool seedOk = false;
    const quint64 seed = m_seed->text().trimmed().toULongLong(&seedOk);
    if (!seedOk) return Error{ErrorKind::InvalidArgument, tr("The seed must be a whole number.").toStdString()};
    auto scanned = scan();
    if (!scanned.ok()) return scanned.error();
    NewSession s;
    s.name = m_name->text().trimmed();
    s.rater = m_rater->text().trimmed();
    s.sourceKind = kind() == Kind::Dataset       ? QStringLiteral("dataset")
                   : kind() == Kind::Synthesized ? QStringLiteral("synthesized")
                   : kind() == Kind::Tournament  ? QStringLiteral("tournament")
                                                 : QStringLiteral("takes");
    QStringList described;
    if (kind() == Kind::Dataset || kind() == Kind::Synthesized) described << tr("dataset %1").arg(m_dataset->text());
    if (kind() == Kind::Synthesized) {
        s.uuid = m_sessionUuid;
        described << tr("MARS5 = takes synthesized into %1 (seeds per item in synthesis.json)").arg(m_synthFolder);
    } else {
        for (const FolderSource& f : folders()) described << QStringLiteral("%1 = %2").arg(f.label, f.folder);
    }
    if (kind() == Kind::Dataset && m_synthesized && !m_synthFolder.isEmpty()) {
        s.uuid = m_sessionUuid;  // its folder of ceilings goes with the session
        described << tr("codec ceiling = the recordings through Encodec and Vocos, in %1")
                         .arg(QDir(m_synthFolder).filePath(QStringLiteral("codec-ceiling")));
    }
    s.sourceDescription = described.join(QStringLiteral("; "));
    s.seed = seed;
    s.allowTie = m_allowTie->isChecked();
    s.useStrength = m_strength->isChecked();
    s.loudnessTarget = m_loudness->value();
    mars5::rating::PlanOptions options;
    options.seed = seed;
    options.pairsPerItem = kind() == Kind::Tournament ? m_pairsPerItem->value() : 0;
    s.trials = mars5::rating::planTrials(scanned.value().items, options);
    return s;
}

QString NewSessionDialog::previewText() const { return m_preview->text(); }

// The live preview says what is still missing in amber, not in an error's red: the dialog
// opens with nothing chosen, and Create stays off until it is complete.
const QString kStillMissingStyle = QStringLiteral("color: #8a5a00;");

void NewSessionDialog::updatePreview() {
    if (m_synth && m_synth->isRunning()) return;
    m_datasetRow->setEnabled(kind() == Kind::Dataset || kind() == Kind::Synthesized);
    m_folders->setEnabled(kind() != Kind::Synthesized);
    m_pairsPerItem->setEnabled(kind() == Kind::Tournament);
    // The synthesized source needs the studio's loaded model; without one it says so and is disabled.
    const SynthesisSource source = synthesisSource();
    // The codec ceiling runs the codec: synthesized sessions have the model, a dataset needs it too.
    m_codecCeiling->setEnabled(kind() == Kind::Synthesized || (kind() == Kind::Dataset && source.available()));
    const bool ceilingKind = kind() == Kind::Dataset || kind() == Kind::Synthesized;
    m_codecCeiling->setToolTip(!ceilingKind ? tr("Only for sessions with recordings of a dataset: the ceiling is each "
                                                 "recording through the codec alone")
                               : kind() == Kind::Dataset && !source.available()
                                   ? tr("The codec ceiling runs the studio's model files: %1").arg(source.unavailable)
                                   : m_ceilingToolTip);
    if (auto* model = qobject_cast<QStandardItemModel*>(m_kind->model())) {
        QStandardItem* option = model->item(static_cast<int>(Kind::Synthesized));
        const QString base = tr("Ground truth vs MARS5 — synthesize each transcript now from another clip of the same speaker");
        option->setEnabled(source.available());
        option->setText(source.available() ? base : QStringLiteral("%1 (%2)").arg(base, source.unavailable));
        option->setToolTip(source.available() ? tr("Uses the studio's loaded model and its current settings.") : source.unavailable);
    }
    if (kind() == Kind::Synthesized && !m_synthesized) {
        QString problem;
        QStringList lines;
        bool seedOk = false;
        const quint64 seed = m_seed->text().trimmed().toULongLong(&seedOk);
        if (!source.available()) problem = source.unavailable;
        else if (m_name->text().trimmed().isEmpty()) problem = tr("Give the session a name.");
        else if (m_rater->text().trimmed().isEmpty()) problem = tr("Enter the rater's name.");
        else if (!seedOk) problem = tr("The seed must be a whole number.");
        else if (auto dataset = readDataset(m_dataset->text()); !dataset.ok()) problem = errorText(dataset);
        else if (auto plan = planSynthesis(dataset.value(), seed); !plan.ok()) problem = errorText(plan);
        else {
            lines << tr("%n take(s) will be synthesized with the studio's current settings, each from the next clip of "
                        "the same speaker, then compared with the real recordings in random order with random A/B sides.",
                        nullptr, static_cast<int>(plan.value().items.size()));
            if (m_codecCeiling->isChecked())
                lines << tr("Each recording also goes through the codec alone (the codec ceiling), a third system: "
                            "three comparisons per item.");
            lines << plan.value().notes;
        }
        m_preview->setText(problem.isEmpty() ? lines.join(QLatin1Char('\n')) : problem);
        m_preview->setStyleSheet(problem.isEmpty() ? QString() : kStillMissingStyle);
        m_ok->setEnabled(problem.isEmpty());
        m_ok->setText(tr("Synthesize and create session"));
        return;
    }
    const bool ceilings = kind() == Kind::Dataset && ceilingWanted() && !m_synthesized;
    m_ok->setText(ceilings ? tr("Make codec ceilings and create session") : tr("Create session"));
    auto scanned = scan();
    if (!scanned.ok()) {
        m_preview->setText(errorText(scanned));
        m_preview->setStyleSheet(kStillMissingStyle);
        m_ok->setEnabled(false);
        return;
    }
    auto session = buildSession();
    int trials = session.ok() ? static_cast<int>(session.value().trials.size()) : 0;
    if (ceilings && session.ok()) {  // every pair of each item's systems once the ceiling is a third
        trials = 0;
        for (const auto& item : scanned.value().items) {
            const int systems = static_cast<int>(item.stimuli.size()) + 1;
            trials += systems * (systems - 1) / 2;
        }
    }
    QStringList lines{tr("%n item(s) found, ", nullptr, static_cast<int>(scanned.value().items.size())) +
                      tr("%n comparison(s) in random order with random A/B sides.", nullptr, trials)};
    if (ceilings)
        lines << tr("Each recording also goes through the codec alone (the codec ceiling), a third system: "
                    "three comparisons per item instead of one.");
    lines << scanned.value().notes;
    if (!session.ok()) lines << errorText(session);
    m_preview->setText(lines.join(QLatin1Char('\n')));
    m_preview->setStyleSheet(session.ok() ? QString() : kStillMissingStyle);
    m_ok->setEnabled(session.ok());
}

}  // namespace mars5::ui::rating
