#include "rating/new_session_dialog.h"

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
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mars5::ui::rating {

NewSessionDialog::NewSessionDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("New blind rating session"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(tr("Listening test %1").arg(QDate::currentDate().toString(Qt::ISODate)), this);
    m_rater = new QLineEdit(QSettings().value(QStringLiteral("rating/lastRater"), qEnvironmentVariable("USER")).toString(), this);
    m_rater->setPlaceholderText(tr("who is listening (one rater per session)"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Take vs take — two folders, files paired by name"));
    m_kind->addItem(tr("Tournament — several folders (takes, presets, seeds)"));
    m_kind->addItem(tr("Ground truth vs takes — a dataset folder and a folder of takes"));
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
    form->addRow(QString(), m_allowTie);
    form->addRow(QString(), m_strength);
    m_loudness = new QDoubleSpinBox(this);
    m_loudness->setRange(-40.0, -10.0);
    m_loudness->setDecimals(1);
    m_loudness->setValue(-23.0);
    m_loudness->setSuffix(tr(" LUFS"));
    m_loudness->setToolTip(tr("Both sides of every comparison are matched to this EBU R128 integrated loudness."));
    form->addRow(tr("Loudness:"), m_loudness);
    m_seed = new QLineEdit(QString::number(mars5::rating::freshSeed()), this);
    m_seed->setToolTip(tr("The trial order and the A/B sides follow from this number; the same seed gives the same session."));
    form->addRow(tr("Seed:"), m_seed);
    layout->addLayout(form);

    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create session"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(QStringLiteral("rating/lastRater"), m_rater->text().trimmed());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_name, m_rater, m_dataset, m_seed}) connect(edit, &QLineEdit::textChanged, this, &NewSessionDialog::updatePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewSessionDialog::updatePreview);
    connect(m_folders, &QTableWidget::itemChanged, this, &NewSessionDialog::updatePreview);
    connect(m_pairsPerItem, &QSpinBox::valueChanged, this, &NewSessionDialog::updatePreview);
    resize(720, 560);
    updatePreview();
}

NewSessionDialog::Kind NewSessionDialog::kind() const { return static_cast<Kind>(m_kind->currentIndex()); }
void NewSessionDialog::setKind(Kind kind) { m_kind->setCurrentIndex(static_cast<int>(kind)); }
void NewSessionDialog::setNameAndRater(const QString& name, const QString& rater) {
    m_name->setText(name);
    m_rater->setText(rater);
}
void NewSessionDialog::setDatasetFolder(const QString& folder) { m_dataset->setText(folder); }
void NewSessionDialog::setSeed(quint64 seed) { m_seed->setText(QString::number(seed)); }

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
    if (dir.isEmpty()) return;
    auto list = folders();
    list << FolderSource{QFileInfo(dir).fileName(), dir};
    setFolders(list);
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
        return datasetAgainstTakes(m_dataset->text(), list.front());
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
    s.sourceKind = kind() == Kind::Dataset ? QStringLiteral("dataset") : kind() == Kind::Tournament ? QStringLiteral("tournament") : QStringLiteral("takes");
    QStringList described;
    if (kind() == Kind::Dataset) described << tr("dataset %1").arg(m_dataset->text());
    for (const FolderSource& f : folders()) described << QStringLiteral("%1 = %2").arg(f.label, f.folder);
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

void NewSessionDialog::updatePreview() {
    m_datasetRow->setEnabled(kind() == Kind::Dataset);
    m_pairsPerItem->setEnabled(kind() == Kind::Tournament);
    auto scanned = scan();
    if (!scanned.ok()) {
        m_preview->setText(QString::fromStdString(scanned.message()));
        m_preview->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_ok->setEnabled(false);
        return;
    }
    auto session = buildSession();
    const int trials = session.ok() ? static_cast<int>(session.value().trials.size()) : 0;
    QStringList lines{tr("%n item(s) found, ", nullptr, static_cast<int>(scanned.value().items.size())) +
                      tr("%n comparison(s) in random order with random A/B sides.", nullptr, trials)};
    lines << scanned.value().notes;
    if (!session.ok()) lines << QString::fromStdString(session.message());
    m_preview->setText(lines.join(QLatin1Char('\n')));
    m_preview->setStyleSheet(session.ok() ? QString() : QStringLiteral("color: #b3261e;"));
    m_ok->setEnabled(session.ok());
}

}  // namespace mars5::ui::rating
