#include "studio/export_dialog.h"

#include "studio/take_export.h"
#include "util/notice_text.h"
#include "widgets/path_drops.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace mars5::ui {

namespace {

// "+4.2", "−9.4" (U+2212, as in the loudness menu's "−16 LUFS").
QString signedDb(double db) {
    const QString magnitude = QLocale().toString(std::abs(db), 'f', 1);  // "9,4" in German
    return (db >= 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + magnitude;
}

// The takes as a TakeAudio (the arguments' order of evaluation is unspecified, so this copies
// rather than moves what the count is also read from).
ExportDialog::TakeAudio inMemory(const std::vector<mars5::AudioBuffer>& takes) {
    auto shared = std::make_shared<const std::vector<mars5::AudioBuffer>>(takes);
    return [shared](int i) -> Result<mars5::AudioBuffer> { return (*shared)[static_cast<std::size_t>(i)]; };
}

}  // namespace

ExportDialog::ExportDialog(Target target, std::vector<mars5::AudioBuffer> takes, const QString& suggestedPath, QWidget* parent)
    : ExportDialog(target, static_cast<int>(takes.size()), inMemory(takes), suggestedPath, parent) {}

ExportDialog::ExportDialog(Target target, int takeCount, TakeAudio takeAudio, const QString& suggestedPath, QWidget* parent)
    : QDialog(parent), m_target(target), m_takeCount(takeCount), m_takeAudio(std::move(takeAudio)) {
    setWindowTitle(target == Target::File ? tr("Export take") : tr("Export %n take(s)", nullptr, m_takeCount));

    m_path = new QLineEdit(this);
    m_path->setMinimumWidth(440);
    acceptPathDrops(m_path, target == Target::File ? DroppedPath::FileToWrite : DroppedPath::Folder);
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_format = new QComboBox(this);
    for (mars5::AudioFileFormat f : mars5::kAllAudioFileFormats)
        m_format->addItem(tr("%1 — %2").arg(formatLabel(f), formatPurpose(f)), static_cast<int>(f));
    m_rate = new QComboBox(this);
    for (int rate : kExportSampleRates) m_rate->addItem(sampleRateLabel(rate), rate);
    m_rate->setToolTip(tr("The model makes 24 kHz audio; other rates are resampled (soxr, linear phase) for tools that expect them"));
    m_loudness = new QComboBox(this);
    m_loudness->addItem(loudnessLabel(std::nullopt), QVariant());
    for (double lufs : kExportLoudnessTargets) m_loudness->addItem(loudnessLabel(lufs), lufs);
    m_loudness->setToolTip(tr("Bring each take to this integrated loudness (EBU R128), or keep its level as made"));

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->addRow(target == Target::File ? tr("Save as:") : tr("Folder:"), pathRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Sample rate:"), m_rate);
    form->addRow(tr("Loudness:"), m_loudness);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setOptions(ExportOptions::remembered());
    setPath(suggestedPath);
    // The file name follows the format's suffix as the format changes.
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (m_target == Target::File) m_path->setText(withFormatSuffix(m_path->text(), options().format));
        updateSummary();
    });
    connect(m_rate, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSummary);
    connect(m_loudness, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSummary);
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_exportButton->setEnabled(!m_path->text().trimmed().isEmpty()); });
    updateSummary();
}

ExportOptions ExportDialog::options() const {
    ExportOptions o;
    o.format = static_cast<mars5::AudioFileFormat>(m_format->currentData().toInt());
    o.sampleRate = m_rate->currentData().toInt();
    if (const QVariant lufs = m_loudness->currentData(); lufs.isValid()) o.loudnessLufs = lufs.toDouble();
    return o;
}

void ExportDialog::setOptions(const ExportOptions& o) {
    if (const int i = m_format->findData(static_cast<int>(o.format)); i >= 0) m_format->setCurrentIndex(i);
    if (const int i = m_rate->findData(o.sampleRate); i >= 0) m_rate->setCurrentIndex(i);
    m_loudness->setCurrentIndex(0);
    if (o.loudnessLufs)
        if (const int i = m_loudness->findData(*o.loudnessLufs); i >= 0) m_loudness->setCurrentIndex(i);
}

QString ExportDialog::path() const {
    const QString text = m_path->text().trimmed();
    return m_target == Target::File ? withFormatSuffix(text, options().format) : text;
}

void ExportDialog::setPath(const QString& path) {
    m_path->setText(m_target == Target::File ? withFormatSuffix(path, options().format) : path);
}

QString ExportDialog::summaryText() const { return m_summary->text(); }

void ExportDialog::browse() {
    const ExportOptions o = options();
    QString chosen;
    if (m_target == Target::File) {
        const QString filter =
            tr("%1 (*.%2)").arg(formatLabel(o.format), QString::fromLatin1(mars5::fileSuffix(o.format)));
        chosen = QFileDialog::getSaveFileName(this, tr("Export take"), path(), filter, nullptr,
                                              QFileDialog::DontConfirmOverwrite);
    } else {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export the selected takes to"), path());
    }
    if (!chosen.isEmpty()) setPath(chosen);
}

void ExportDialog::updateSummary() {
    const ExportOptions o = options();
    if (m_takeCount == 0) {
        m_summary->clear();
        return;
    }
    // Resampling and measuring every take is the slow part (5-6 ms a take of 8 s): done once per
    // rate and loudness, so changing the format alone recounts nothing.
    const FiguresKey key{o.sampleRate, o.loudnessLufs};
    auto cached = m_figures.find(key);
    if (cached == m_figures.end()) {
        if (m_takeCount > kMeasuredAtOnce) {
            startMeasuring(key, o);
            showMeasuring();
            return;
        }
        std::vector<TakeFigures> figures;
        figures.reserve(static_cast<std::size_t>(m_takeCount));
        for (int i = 0; i < m_takeCount; ++i) figures.push_back(measure(m_takeAudio, i, o));
        cached = m_figures.emplace(key, std::move(figures)).first;
    }
    int clippingTakes = 0, silentTakes = 0;
    std::size_t clippedSamplesTotal = 0;
    double maxPeakDb = -HUGE_VAL, minGain = HUGE_VAL, maxGain = -HUGE_VAL;
    QStringList problems;
    for (const TakeFigures& f : cached->second) {
        if (!f.problem.isEmpty()) {
            problems << f.problem;
            continue;
        }
        if (f.peak.peak > 0) maxPeakDb = std::max(maxPeakDb, f.peak.peakDbfs());
        if (const std::size_t clipped = mars5::ui::clippedSamples(f.peak, o.format); clipped > 0) {
            ++clippingTakes;
            clippedSamplesTotal += clipped;
        }
        if (f.silent) ++silentTakes;
        if (f.measuredLufs) {
            minGain = std::min(minGain, f.gainDb);
            maxGain = std::max(maxGain, f.gainDb);
        }
    }
    QStringList lines;
    const bool one = m_takeCount == 1;
    if (o.loudnessLufs && minGain <= maxGain) {
        const QString target = loudnessLabel(o.loudnessLufs).section(QLatin1Char(' '), 0, 1);
        lines << (one || std::abs(maxGain - minGain) < 0.05
                      ? tr("Gain %1 dB to reach %2.").arg(signedDb(minGain), target)
                      : tr("Gains from %1 to %2 dB to reach %3.").arg(signedDb(minGain), signedDb(maxGain), target));
    }
    if (silentTakes > 0)
        lines << (one ? tr("The take is too short or too quiet to measure its loudness: it is written as made.")
                      : tr("%n take(s) too short or too quiet to measure: written as made.", nullptr, silentTakes));
    if (std::isfinite(maxPeakDb))
        lines << (one ? tr("Peak %1 dBFS.") : tr("Highest peak %1 dBFS.")).arg(signedDb(maxPeakDb));
    if (clippingTakes > 0) {
        const QString formatName = formatLabel(o.format);
        lines << (one ? tr("%n sample(s) above full scale will clip in %1; WAV, 32-bit float keeps them.", nullptr,
                           static_cast<int>(std::min<std::size_t>(clippedSamplesTotal, 1u << 30)))
                            .arg(formatName)
                      : tr("%n take(s) go above full scale and will clip in %1; WAV, 32-bit float keeps them.", nullptr,
                           clippingTakes)
                            .arg(formatName));
    } else if (std::isfinite(maxPeakDb) && maxPeakDb > 0.0) {
        lines << tr("Nothing clips: 32-bit float keeps the peaks above full scale.");
    }
    lines << problems;
    m_summary->setText(lines.join(QLatin1Char(' ')));
    const bool warn = clippingTakes > 0 || !problems.isEmpty();
    m_summary->setStyleSheet(warn ? QStringLiteral("color:#8a5a00") : QString());
}

ExportDialog::TakeFigures ExportDialog::measure(const TakeAudio& takeAudio, int take, const ExportOptions& options) {
    TakeFigures f;
    auto audio = takeAudio(take);  // one at a time: a large selection is never all in memory
    if (!audio.ok()) {
        f.problem = errorText(audio);
    } else if (auto prepared = prepareExportAudio(audio.value(), options); prepared.ok()) {
        f.peak = prepared.value().peak;
        f.measuredLufs = prepared.value().measuredLufs;
        f.gainDb = prepared.value().gainDb;
        f.silent = prepared.value().silent;
    } else {
        f.problem = errorText(prepared);
    }
    return f;
}

void ExportDialog::startMeasuring(const FiguresKey& key, const ExportOptions& options) {
    if (m_measuring && m_measuringKey == key) return;  // already on it
    m_measuring.reset();  // another rate or loudness: stopped after its take (a few ms)
    m_measuringKey = key;
    m_measured = 0;
    // The job posts to the dialog, which outlives it (m_measuring is stopped and waited for
    // before the dialog goes); what it posts for a key no longer wanted is dropped or cached.
    m_measuring = std::make_unique<StoppableJob>([this, key, options, count = m_takeCount, takeAudio = m_takeAudio](const std::atomic<bool>& stop) {
        std::vector<TakeFigures> figures;
        figures.reserve(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i) {
            if (stop) return;
            figures.push_back(measure(takeAudio, i, options));
            QMetaObject::invokeMethod(this, [this, key, done = i + 1] {
                if (key != m_measuringKey || !m_measuring) return;
                m_measured = done;
                showMeasuring();
            }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this, key, figures = std::move(figures)]() mutable {
            m_figures.emplace(key, std::move(figures));
            if (key == m_measuringKey) m_measuring.reset();  // it has ended: joined at once
            updateSummary();
        }, Qt::QueuedConnection);
    });
}

void ExportDialog::showMeasuring() {
    m_summary->setText(tr("Measuring the loudness and peaks of %n take(s): %1 done…", nullptr, m_takeCount).arg(m_measured));
    m_summary->setStyleSheet(QString());
}

void ExportDialog::accept() {
    const QString chosen = path();
    if (chosen.isEmpty()) return;
    if (m_target == Target::Folder && !QDir().mkpath(chosen)) {
        m_summary->setText(tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(chosen)));
        m_summary->setStyleSheet(QStringLiteral("color:#b00020"));
        return;
    }
    // Browse… does not ask about replacing a file (the name may still change here); Export does.
    if (m_target == Target::File && QFileInfo::exists(chosen) &&
        QMessageBox::question(this, tr("Export take"),
                              tr("%1 already exists. Replace it (and its .json)?").arg(QDir::toNativeSeparators(chosen)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (m_target == Target::Folder && m_folderFiles) {
        QStringList existing;
        for (const QString& file : m_folderFiles(chosen, options()))
            if (QFileInfo::exists(file) || QFileInfo::exists(sidecarPathFor(file))) existing << QFileInfo(file).fileName();
        if (!existing.isEmpty() &&
            QMessageBox::question(this, tr("Export takes"),
                                  tr("%n of the files to write already exist in %1 (%2). Replace them (and their .json)?", nullptr,
                                     static_cast<int>(existing.size()))
                                      .arg(QDir::toNativeSeparators(chosen), existing.mid(0, 3).join(QStringLiteral(", ")) +
                                                                                 (existing.size() > 3 ? QStringLiteral(", …") : QString())),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    }
    m_path->setText(chosen);
    options().remember();
    QDialog::accept();
}

}  // namespace mars5::ui
