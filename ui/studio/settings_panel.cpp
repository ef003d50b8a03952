#include "studio/settings_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QElapsedTimer>
#include <QVBoxLayout>

#include "util/dropped_files.h"
#include "util/setting_labels.h"
#include "widgets/dice_icon.h"
#include "widgets/undo_buttons.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace mars5::ui {

namespace {

using Field = mars5::InferenceConfigField;
constexpr int kSliderSteps = 1000;

// The slider covers the range people actually use; the spin box takes the whole valid range.
std::pair<double, double> practicalRange(const Field& f) {
    static const QHash<QString, std::pair<double, double>> ranges{
        {QStringLiteral("temperature"), {0.05, 2.0}},       {QStringLiteral("top_k"), {0, 1024}},
        {QStringLiteral("freq_penalty"), {0, 10}},          {QStringLiteral("presence_penalty"), {0, 5}},
        {QStringLiteral("rep_penalty_window"), {1, 500}},   {QStringLiteral("eos_penalty_decay"), {0, 2}},
        {QStringLiteral("eos_penalty_factor"), {0, 5}},     {QStringLiteral("eos_estimated_gen_length_factor"), {0, 3}},
        {QStringLiteral("x_0_temp"), {0.05, 2.0}},          {QStringLiteral("q0_override_steps"), {0, 200}},
        {QStringLiteral("nar_guidance_w"), {0, 10}},        {QStringLiteral("nar_steps"), {1, 200}},
        {QStringLiteral("jump_len"), {1, 20}},              {QStringLiteral("jump_n_sample"), {1, 20}},
        {QStringLiteral("max_prompt_dur"), {1, 30}},        {QStringLiteral("generate_max_len_override"), {-1, 4000}},
        {QStringLiteral("trim_db"), {1, 80}},               {QStringLiteral("ref_audio_pad"), {0, 2}},
        {QStringLiteral("timesteps"), {1, 400}},            {QStringLiteral("piece_chars"), {0, 600}},
        {QStringLiteral("piece_pause"), {0, 1.5}},
    };
    const auto it = ranges.constFind(QString::fromLatin1(f.name));
    if (it != ranges.constEnd()) return *it;
    if (f.maxValue - f.minValue <= 10000) return {f.minValue, f.maxValue};
    return {0.0, 0.0};  // no slider (the seed)
}

// The piece length's box: 1-39 is no piece length (the engine refuses it), so the arrows step
// from off (0) to the shortest piece and back, and anything typed or loaded in between becomes
// the shortest (the panel's valueChanged handler).
class PieceLengthSpinBox : public QDoubleSpinBox {
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    void stepBy(int steps) override {
        const auto shortest = static_cast<double>(mars5::kMinPieceChars);
        if (steps < 0 && value() <= shortest && value() > 0)
            setValue(0);
        else if (steps > 0 && value() == 0)
            setValue(shortest);
        else
            QDoubleSpinBox::stepBy(steps);
    }
};

QString number(double v, bool integer) { return integer ? QString::number(static_cast<qint64>(std::llround(v))) : QString::number(v, 'g', 6); }

bool isUnused(const Field& f) { return f.ignoredByReference || (f.type != Field::Type::Bool && f.minValue == f.maxValue); }

// Changes of one field closer together than this are one undo step: a slider's drag, the arrow
// keys held on a spin box, a value typed and then corrected.
constexpr qint64 kMergeWindowMs = 2000;

}  // namespace

// One step of the settings' history: the whole state before and after it (saveState(), about
// 1 KB), so a step puts back the preset shown as well as every field.
class SettingsPanel::StateCommand : public QUndoCommand {
public:
    StateCommand(SettingsPanel* panel, QByteArray before, QByteArray after, const QString& text, int field)
        : QUndoCommand(text), m_panel(panel), m_before(std::move(before)), m_after(std::move(after)), m_field(field) {
        m_lastChange.start();
    }
    // Steps of one field merge; steps of the whole settings (a preset, Reset) never do.
    int id() const override { return m_field >= 0 ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = static_cast<const StateCommand*>(other);
        if (next->m_field != m_field || m_lastChange.elapsed() > kMergeWindowMs) return false;
        m_after = next->m_after;
        m_lastChange.start();
        setObsolete(m_after == m_before);  // back where it started: no step at all
        return true;
    }
    void redo() override {
        if (m_alreadyApplied) {  // pushed after the change was made
            m_alreadyApplied = false;
            return;
        }
        m_panel->replay(m_after);
    }
    void undo() override { m_panel->replay(m_before); }

private:
    SettingsPanel* m_panel;
    QByteArray m_before, m_after;
    int m_field;
    QElapsedTimer m_lastChange;
    bool m_alreadyApplied = true;
};

SettingsPanel::SettingsPanel(const QString& presetFolder, QWidget* parent)
    : QWidget(parent), m_store(presetFolder.isEmpty() ? PresetStore::defaultFolder() : presetFolder), m_undo(new QUndoStack(this)) {
    // Presets row.
    m_presetCombo = new QComboBox(this);
    m_presetCombo->setToolTip(tr("Built-in presets and your own; choosing one sets every field. A preset file, or the .json "
                                 "beside an exported take, dropped on the settings puts its settings in place"));
    m_presetCombo->setAccessibleName(tr("Preset"));
    m_presetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Room for the built-in names ("README recommended", 18 characters; longer names elide and
    // the list shows them whole). With a "Preset" label before it, 17 pushed the German settings
    // column past a 1280-pixel window; without the label, 18 fits.
    m_presetCombo->setMinimumContentsLength(18);
    auto* save = new QToolButton(this);
    save->setText(tr("Save…"));
    save->setAutoRaise(false);
    save->setToolTip(tr("Save the current settings as a preset of your own"));
    m_deletePreset = new QToolButton(this);
    m_deletePreset->setText(tr("Delete"));
    m_deletePreset->setToolTip(tr("Delete the selected preset of your own"));
    auto* resetAllButton = new QToolButton(this);
    resetAllButton->setText(tr("Reset"));
    resetAllButton->setToolTip(tr("Every field back to the reference default"));
    m_presetNote = new QLabel(this);
    m_presetNote->setWordWrap(true);
    m_presetNote->hide();
    m_configNote = new QLabel(this);
    m_configNote->setWordWrap(true);
    m_configNote->setStyleSheet(QStringLiteral("QLabel { color: #6b4800; background: #fff4d6; border: 1px solid #f0d48a;"
                                               " border-radius: 4px; padding: 3px 6px; }"));
    m_configNote->hide();
    connect(this, &SettingsPanel::configChanged, this, [this] {
        const QString problem = combinationNote();
        m_configNote->setText(problem);
        m_configNote->setVisible(!problem.isEmpty());
    });

    auto* presetRow = new QHBoxLayout;
    // No "Preset" label before the list: the names in it say what it is, and the row needs the
    // room for the settings' own Undo and Redo (with the label, the list elided "README
    // recommended" at the window's first size).
    presetRow->addWidget(m_presetCombo, 1);
    presetRow->addWidget(save);
    presetRow->addWidget(m_deletePreset);
    presetRow->addWidget(resetAllButton);
    const UndoButtons history = makeUndoButtons(m_undo, this);
    presetRow->addWidget(history.undo);
    presetRow->addWidget(history.redo);
    presetRow->setSpacing(4);

    // One group box per field group, in table order; the unused fields last.
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->setSpacing(6);
    QHash<QString, QGridLayout*> grids;
    QStringList groupOrder;
    for (const Field& f : mars5::inferenceConfigFields()) {
        Row row;
        row.field = f;
        row.unused = isUnused(f);
        const QString group = row.unused ? tr("Not used by MARS5") : settingGroupLabel(f.group);
        if (!grids.contains(group)) {
            groupOrder << group;
            grids.insert(group, nullptr);
        }
        m_index.insert(QString::fromLatin1(f.name), static_cast<int>(m_rows.size()));
        m_rows << row;
    }
    groupOrder.removeAll(tr("Not used by MARS5"));
    if (!unusedFields().isEmpty())
        groupOrder << tr("Not used by MARS5");
    for (const QString& group : groupOrder) {
        auto* box = new QGroupBox(group, content);
        auto* grid = new QGridLayout(box);
        grid->setContentsMargins(6, 4, 6, 4);
        grid->setHorizontalSpacing(6);
        grid->setVerticalSpacing(2);
        grid->setColumnStretch(1, 1);
        grid->setColumnMinimumWidth(0, 128);
        grids[group] = grid;
        if (group == tr("Not used by MARS5")) {
            auto* why = new QLabel(tr("Kept so presets from the reference load unchanged, but they change nothing: "
                                      "the reference ignores timesteps (the step count is “Diffusion steps”) and "
                                      "supports only beam width 1."),
                                   box);
            why->setWordWrap(true);
            QPalette quiet = why->palette();
            quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
            why->setPalette(quiet);
            grid->addWidget(why, 0, 0, 1, 4);
        }
        contentLayout->addWidget(box);
    }
    contentLayout->addStretch(1);
    m_updating = true;  // no configChanged() until every row exists
    for (Row& row : m_rows) {
        const QString group = row.unused ? tr("Not used by MARS5") : settingGroupLabel(row.field.group);
        QGridLayout* grid = grids.value(group);
        buildRow(row, grid, grid->rowCount());
    }
    m_updating = false;

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // With no horizontal bar, a scroll area narrower than its rows cuts the value boxes off at
    // the right edge: ask for the rows' width plus the vertical bar's, so the splitter or a small
    // window cannot squeeze the panel below what it needs to show every value.
    scroll->setMinimumWidth(content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(presetRow);
    layout->addWidget(m_presetNote);
    layout->addWidget(m_configNote);
    layout->addWidget(scroll, 1);

    connect(save, &QToolButton::clicked, this, &SettingsPanel::savePresetInteractively);
    connect(m_deletePreset, &QToolButton::clicked, this, &SettingsPanel::deletePresetInteractively);
    connect(resetAllButton, &QToolButton::clicked, this, &SettingsPanel::resetAll);
    connect(m_presetCombo, &QComboBox::activated, this, [this] { applyPreset(m_presetCombo->currentData().toString()); });
    reloadPresets(builtInPresets().front().name);
    m_recorded = saveState();
    // A preset file, or an exported take's .json, dropped anywhere on the panel (openSettingsFile).
    // The number boxes' own line edits would take it as text (its URL, which no number reads), so
    // they pass file drops on to the panel (eventFilter); dragged text they still take.
    setAcceptDrops(true);
    for (QLineEdit* numberText : findChildren<QLineEdit*>()) numberText->installEventFilter(this);
}

SettingsPanel::~SettingsPanel() = default;

QWidget* SettingsPanel::buildRow(Row& row, QGridLayout* grid, int line) {
    const Field& f = row.field;
    const bool integer = f.type != Field::Type::Float;
    QWidget* parent = grid->parentWidget();
    const QString tip = tr("<b>%1</b> (<code>%2</code>)<br>%3<br>Range %4 · default %5")
                            .arg(settingLabel(f).toHtmlEscaped(), QLatin1String(f.name), settingHelp(f).toHtmlEscaped(),
                                 QString::fromStdString(mars5::describeRange(f)).toHtmlEscaped(), number(f.defaultValue, integer));
    // the label every view shares (util/setting_labels); the reference's own name is in the tooltip
    row.label = new QLabel(settingLabel(f), parent);
    row.label->setToolTip(tip);
    // A changed field's label turns bold (syncRow): reserve the bold width now, so changing a
    // value neither shifts the sliders nor pushes the bold text against its slider.
    QFont bold = row.label->font();
    bold.setBold(true);
    row.label->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(row.label->text()) + grid->horizontalSpacing());
    grid->addWidget(row.label, line, 0);

    if (f.type == Field::Type::Bool) {
        row.check = new QCheckBox(parent);
        row.check->setToolTip(tip);
        grid->addWidget(row.check, line, 1, 1, 2);
        connect(row.check, &QCheckBox::toggled, this, [this, name = QString::fromLatin1(f.name)] {
            syncRow(m_rows[m_index.value(name)]);
        });
    } else {
        row.spin = QString::fromLatin1(f.name) == QLatin1String("piece_chars") ? new PieceLengthSpinBox(parent) : new QDoubleSpinBox(parent);
        row.spin->setToolTip(tip);
        row.spin->setDecimals(integer ? 0 : (f.maxValue <= 1.0 ? 3 : 2));
        const double step = integer ? 1.0 : (f.maxValue <= 1.0 ? 0.01 : 0.05);
        row.spin->setSingleStep(step);
        const double lowest = f.minExclusive ? f.minValue + (integer ? 1.0 : std::pow(10.0, -row.spin->decimals())) : f.minValue;
        row.spin->setRange(lowest, f.maxValue);
        row.spin->setKeyboardTracking(false);
        row.spin->setAlignment(Qt::AlignRight);
        row.spin->setMinimumWidth(integer && f.maxValue > 1e6 ? 96 : 72);
        row.spin->setMaximumWidth(110);
        if (QString::fromLatin1(f.name) == QLatin1String("seed")) row.spin->setSpecialValueText(tr("random"));
        if (QString::fromLatin1(f.name) == QLatin1String("generate_max_len_override")) row.spin->setSpecialValueText(tr("2000 (off)"));
        if (QString::fromLatin1(f.name) == QLatin1String("piece_chars")) {
            row.spin->setSpecialValueText(tr("off"));
            row.spin->setSingleStep(10);
        }
        grid->addWidget(row.spin, line, 2);
        connect(row.spin, &QDoubleSpinBox::valueChanged, this, [this, name = QString::fromLatin1(f.name)](double value) {
            Row& r = m_rows[m_index.value(name)];
            // 1-39 is no piece length: typed, or from a preset or a take's settings, it becomes
            // the shortest piece (PieceLengthSpinBox's arrows step over it).
            if (name == QLatin1String("piece_chars") && value > 0 && value < mars5::kMinPieceChars) {
                r.spin->setValue(static_cast<double>(mars5::kMinPieceChars));
                return;
            }
            syncRow(r);
        });
        const auto [lo, hi] = practicalRange(f);
        if (hi > lo) {
            row.sliderMin = std::max(lo, lowest);
            row.sliderMax = std::min(hi, f.maxValue);
            row.slider = new QSlider(Qt::Horizontal, parent);
            row.slider->setToolTip(tip);
            const int steps = integer ? static_cast<int>(row.sliderMax - row.sliderMin) : kSliderSteps;
            row.slider->setRange(0, std::max(1, steps));
            row.slider->setFocusPolicy(Qt::TabFocus);
            grid->addWidget(row.slider, line, 1);
            connect(row.slider, &QSlider::valueChanged, this, [this, name = QString::fromLatin1(f.name)](int pos) {
                if (m_updating) return;
                Row& r = m_rows[m_index.value(name)];
                const double span = r.sliderMax - r.sliderMin;
                double v = r.sliderMin + span * pos / std::max(1, r.slider->maximum());
                if (r.field.type != Field::Type::Float) v = std::round(v);
                // The piece length's slider goes from off to 40: no value between (see above).
                if (name == QLatin1String("piece_chars") && v > 0 && v < mars5::kMinPieceChars)
                    v = v < mars5::kMinPieceChars / 2 ? 0.0 : static_cast<double>(mars5::kMinPieceChars);
                if (v == r.spin->value()) {
                    syncRow(r);  // snapped back to the value it has: the handle goes back there too
                    return;
                }
                r.spin->setValue(v);
            });
        } else if (QString::fromLatin1(f.name) == QLatin1String("seed")) {
            auto* dice = new QToolButton(parent);
            dice->setObjectName(QStringLiteral("rollSeedButton"));
            dice->setIcon(diceIcon(dice->palette()));
            dice->setAccessibleName(tr("Roll a new seed"));
            dice->setToolTip(tr("Roll a new seed (Ctrl+D): the same seed, text and settings give the same take"));
            connect(dice, &QToolButton::clicked, this, &SettingsPanel::rollSeed);
            auto* random = new QToolButton(parent);
            random->setText(tr("Random"));  // short: this row sets the panel's minimum width
            random->setToolTip(tr("Seed −1: a fresh seed for every synthesis (the seed used is saved with each take)"));
            connect(random, &QToolButton::clicked, this, [this] {
                Row& r = m_rows[m_index.value(QStringLiteral("seed"))];
                r.spin->setValue(-1);
            });
            auto* box = new QHBoxLayout;
            box->setContentsMargins(0, 0, 0, 0);
            box->addWidget(dice);
            box->addWidget(random);
            box->addStretch(1);
            grid->addLayout(box, line, 1);
        }
    }
    row.reset = new QToolButton(parent);
    row.reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    row.reset->setAutoRaise(true);
    row.reset->setToolTip(tr("Back to the default, %1").arg(number(f.defaultValue, integer)));
    grid->addWidget(row.reset, line, 3);
    connect(row.reset, &QToolButton::clicked, this, [this, name = QString::fromLatin1(f.name)] {
        Row& r = m_rows[m_index.value(name)];
        setRowValue(r, r.field.defaultValue);
    });
    if (row.unused) {
        for (QWidget* w : {static_cast<QWidget*>(row.label), static_cast<QWidget*>(row.spin), static_cast<QWidget*>(row.check),
                           static_cast<QWidget*>(row.slider), static_cast<QWidget*>(row.reset)})
            if (w) w->setEnabled(false);
    }
    setRowValue(row, f.defaultValue);
    return row.label;
}

double SettingsPanel::rowValue(const Row& row) const {
    if (row.check) return row.check->isChecked() ? 1.0 : 0.0;
    return row.spin->value();
}

void SettingsPanel::setRowValue(Row& row, double value) {
    if (row.check)
        row.check->setChecked(value != 0.0);
    else
        row.spin->setValue(value);
    syncRow(row);
}

void SettingsPanel::syncRow(Row& row) {
    const double v = rowValue(row);
    if (row.slider) {
        const bool was = m_updating;
        m_updating = true;
        const double span = row.sliderMax - row.sliderMin;
        const double t = span > 0 ? std::clamp((v - row.sliderMin) / span, 0.0, 1.0) : 0.0;
        row.slider->setValue(static_cast<int>(std::lround(t * row.slider->maximum())));
        m_updating = was;
    }
    const bool isDefault = std::abs(v - row.field.defaultValue) < 1e-9;
    if (!row.unused) row.reset->setEnabled(!isDefault);
    QFont f = row.label->font();
    f.setBold(!isDefault);  // changed fields stand out
    row.label->setFont(f);
    if (!m_updating) {
        emit configChanged();
        recordChange(settingLabel(row.field), m_index.value(QString::fromLatin1(row.field.name)));
    }
}

mars5::InferenceConfig SettingsPanel::config() const {
    mars5::InferenceConfig c;
    for (const Row& row : m_rows) {
        const std::string problem = c.set(row.field.name, rowValue(row));
        Q_ASSERT_X(problem.empty(), "SettingsPanel::config", problem.c_str());
    }
    return c;
}

void SettingsPanel::setConfig(const mars5::InferenceConfig& config) {
    applyConfig(config);
    recordChange(tr("settings"));
}

void SettingsPanel::useConfig(const mars5::InferenceConfig& config, const QString& presetName, const QString& undoText) {
    if (const int i = m_presetCombo->findData(presetName); i >= 0) choosePreset(i);
    applyConfig(config);
    recordChange(undoText);
}

void SettingsPanel::applyConfig(const mars5::InferenceConfig& config) {
    m_updating = true;
    for (Row& row : m_rows) setRowValue(row, config.get(row.field.name).value_or(row.field.defaultValue));
    m_updating = false;
    emit configChanged();
}

void SettingsPanel::recordChange(const QString& text, int field) {
    if (m_replaying) return;
    forgetDropNote();
    QByteArray now = saveState();
    if (now == m_recorded) return;
    m_undo->push(new StateCommand(this, std::exchange(m_recorded, now), now, text, field));
}

void SettingsPanel::replay(const QByteArray& state) {
    forgetDropNote();  // an undone drop's note would describe settings no longer there
    m_replaying = true;
    applyState(state);
    m_recorded = saveState();
    m_replaying = false;
}

QWidget* SettingsPanel::editor(const QString& field) const {
    const auto it = m_index.constFind(field);
    if (it == m_index.constEnd()) return nullptr;
    const Row& r = m_rows[*it];
    return r.check ? static_cast<QWidget*>(r.check) : static_cast<QWidget*>(r.spin);
}

QSlider* SettingsPanel::slider(const QString& field) const {
    const auto it = m_index.constFind(field);
    return it == m_index.constEnd() ? nullptr : m_rows[*it].slider;
}

QToolButton* SettingsPanel::resetButton(const QString& field) const {
    const auto it = m_index.constFind(field);
    return it == m_index.constEnd() ? nullptr : m_rows[*it].reset;
}

QString SettingsPanel::combinationNote() const {
    const mars5::InferenceConfig c = config();
    // What the engine would refuse, in its own words (fields valid one by one, not together).
    if (const std::string refused = c.validate(); !refused.empty())
        return tr("The engine refuses these settings: %1").arg(QString::fromStdString(refused));
    // Every run starts at t = 199 of the 200-step schedule, whatever its step count, and L0 is
    // re-imposed after the steps with t above the count: from 199 on, after none (as in the reference).
    if (c.q0_override_steps >= 199)
        return tr("“L0 override below t” (%1) is not below the schedule's largest t (199): the AR's L0 codes are never "
                  "re-imposed during the diffusion (the final take keeps them).")
            .arg(c.q0_override_steps);
    return {};
}

QStringList SettingsPanel::unusedFields() const {
    QStringList out;
    for (const Row& r : m_rows)
        if (r.unused) out << QString::fromLatin1(r.field.name);
    return out;
}

void SettingsPanel::rollSeed() {
    Row& r = m_rows[m_index.value(QStringLiteral("seed"))];
    r.spin->setValue(QRandomGenerator::global()->bounded(0x7fffffff));
}

void SettingsPanel::resetAll() {
    applyConfig(mars5::InferenceConfig{});
    recordChange(tr("Reset"));
}

namespace {
bool isBuiltInPreset(const QString& name) {
    const QList<SettingsPreset> builtIn = builtInPresets();
    return std::any_of(builtIn.begin(), builtIn.end(), [&](const SettingsPreset& p) { return p.name == name; });
}
}  // namespace

void SettingsPanel::choosePreset(int index) {
    m_presetCombo->setCurrentIndex(index);
    m_deletePreset->setEnabled(!isBuiltInPreset(m_presetCombo->currentData().toString()));  // built-ins stay
}

QByteArray SettingsPanel::saveState() const {
    QJsonObject o;
    o.insert(QStringLiteral("preset"), m_presetCombo->currentData().toString());
    o.insert(QStringLiteral("config"), configToJson(config()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool SettingsPanel::restoreState(const QByteArray& state) {
    if (!applyState(state)) return false;
    m_undo->clear();  // the state the session starts with
    m_recorded = saveState();
    return true;
}

bool SettingsPanel::applyState(const QByteArray& state) {
    const QJsonObject o = QJsonDocument::fromJson(state).object();
    if (!o.value(QStringLiteral("config")).isObject()) return false;
    QString error;
    const mars5::InferenceConfig restored = configFromJson(o.value(QStringLiteral("config")).toObject(), &error);
    if (!error.isEmpty()) return false;
    // The preset shown is the one chosen last time (its settings may have been changed since:
    // those changes are what comes back).
    if (const int i = m_presetCombo->findData(o.value(QStringLiteral("preset")).toString()); i >= 0) choosePreset(i);
    applyConfig(restored);
    return true;
}

bool SettingsPanel::applyPreset(const QString& name) {
    QList<SettingsPreset> all = builtInPresets();
    all += m_store.userPresets();
    for (const SettingsPreset& p : all) {
        if (p.name != name) continue;
        applyConfig(p.config);
        if (const int i = m_presetCombo->findData(name); i >= 0) choosePreset(i);
        recordChange(tr("preset %1").arg(name));
        return true;
    }
    return false;
}

QString SettingsPanel::savePreset(const QString& name) {
    for (const SettingsPreset& p : builtInPresets())
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("“%1” is a built-in preset; choose another name.").arg(p.name);
    const QString error = m_store.save(name, config());
    if (error.isEmpty()) reloadPresets(name.trimmed());
    return error;
}

QString SettingsPanel::openSettingsFile(const QString& path) {
    SettingsFile file;
    QString error;
    if (!readSettingsFile(path, &file, &error)) {
        showPresetNote(error, true);
        return error;
    }
    const QString fileName = QFileInfo(path).fileName();
    // One undo step from the state before to the settings with the preset they end up shown
    // under: the preset is saved or chosen before the step is recorded (saving a preset moves
    // m_recorded along, which would leave the step without its preset).
    const QByteArray before = m_recorded;
    applyConfig(file.preset.config);
    QString note;
    bool notKept = false;
    if (file.kind == SettingsFile::Kind::ExportedTake) {
        note = tr("The settings and seed (%1) of the take exported as %2.").arg(file.preset.config.seed).arg(fileName);
    } else {
        // A preset joins yours when its name is free, so that it can be chosen again.
        const QString name = file.preset.name;
        const auto sameName = [&](const SettingsPreset& p) { return p.name.compare(name, Qt::CaseInsensitive) == 0; };
        const QList<SettingsPreset> builtIn = builtInPresets(), own = m_store.userPresets();
        const auto builtInNamed = std::find_if(builtIn.begin(), builtIn.end(), sameName);
        const auto ownNamed = std::find_if(own.begin(), own.end(), sameName);
        const SettingsPreset* existing = builtInNamed != builtIn.end() ? &*builtInNamed : ownNamed != own.end() ? &*ownNamed : nullptr;
        if (!existing && !QFileInfo::exists(m_store.fileFor(name))) {
            const QString notSaved = savePreset(name);
            notKept = !notSaved.isEmpty();
            note = notSaved.isEmpty() ? tr("The preset “%1” is now among your presets.").arg(name)
                                      : tr("The settings of the preset “%1” are in place; it could not be kept among your "
                                           "presets: %2")
                                            .arg(name, notSaved);
        } else if (existing && configToJson(existing->config) == configToJson(file.preset.config)) {
            if (const int i = m_presetCombo->findData(existing->name); i >= 0) choosePreset(i);
            note = tr("The preset “%1” from %2 is the one you have.").arg(existing->name, fileName);
        } else {
            note = tr("The settings of the preset “%1” from %2, not added to your presets: one of them has that name "
                      "(Save… keeps these under another).")
                       .arg(name, fileName);
        }
    }
    m_recorded = before;
    recordChange(tr("settings from %1").arg(fileName));
    showPresetNote(note, notKept);  // the settings are in place either way: not a failure
    return {};
}

void SettingsPanel::showPresetNote(const QString& text, bool problem) {
    m_presetNote->setStyleSheet(problem ? QStringLiteral("QLabel { color: #a31515; }") : QString());
    m_presetNote->setText(text);
    m_presetNote->setVisible(true);
    m_presetNoteIsAboutADrop = true;  // gone at the next change (recordChange) or undo (replay)
}

void SettingsPanel::forgetDropNote() {
    if (!m_presetNoteIsAboutADrop) return;
    m_presetNoteIsAboutADrop = false;
    // What was there before the drop's note comes back: presets that could not be read.
    m_presetNote->setStyleSheet(QString());
    m_presetNote->setText(m_presetProblems);
    m_presetNote->setVisible(!m_presetProblems.isEmpty());
}

bool SettingsPanel::eventFilter(QObject* watched, QEvent* event) {
    // A file dragged over a number box: refused there, so Qt offers it to the panel.
    if (event->type() == QEvent::DragEnter && qobject_cast<QLineEdit*>(watched) &&
        !droppedLocalFiles(static_cast<QDragEnterEvent*>(event)->mimeData()).isEmpty()) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString SettingsPanel::presetNoteText() const { return m_presetNote->isHidden() ? QString() : m_presetNote->text(); }

void SettingsPanel::dragEnterEvent(QDragEnterEvent* event) {
    const QStringList files = droppedLocalFiles(event->mimeData());
    if (files.size() == 1 && isJsonFile(files.first()))
        acceptAsCopy(event);
}

void SettingsPanel::dropEvent(QDropEvent* event) {
    const QStringList files = droppedLocalFiles(event->mimeData());
    if (files.size() != 1) return;
    acceptAsCopy(event);
    openSettingsFile(files.first());
}

void SettingsPanel::reloadPresets(const QString& select) {
    m_presetCombo->clear();
    for (const SettingsPreset& p : builtInPresets()) m_presetCombo->addItem(p.name, p.name);
    QStringList problems;
    const QList<SettingsPreset> user = m_store.userPresets(&problems);
    if (!user.isEmpty()) m_presetCombo->insertSeparator(m_presetCombo->count());
    for (const SettingsPreset& p : user) m_presetCombo->addItem(p.name, p.name);
    choosePreset(std::max(0, m_presetCombo->findData(select)));
    m_presetProblems = problems.isEmpty() ? QString() : tr("Some presets could not be read: %1").arg(problems.join(QStringLiteral("; ")));
    m_presetNote->setVisible(!problems.isEmpty());
    m_presetNote->setStyleSheet(QString());
    m_presetNote->setText(m_presetProblems);
    m_presetNoteIsAboutADrop = false;
    // A preset saved or deleted is not a change of the settings: the next step starts from here.
    if (!m_recorded.isEmpty()) m_recorded = saveState();
}

void SettingsPanel::savePresetInteractively() {
    // The user preset in use is offered: Save… then Enter updates it (after the question below).
    QString current = m_presetCombo->currentData().toString();
    if (isBuiltInPreset(current)) current.clear();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save preset"), tr("Name of the preset:"), QLineEdit::Normal,
                                               current, &ok);
    if (!ok || name.trimmed().isEmpty()) return;
    // A preset of that name (or one whose file name comes out the same) is replaced only if
    // the user says so: a name typed again by mistake must not lose the settings saved under it.
    if (const QString file = m_store.fileFor(name); QFileInfo::exists(file)) {
        SettingsPreset existing;
        QString unreadable;
        const QString existingName = PresetStore::load(file, &existing, &unreadable) ? existing.name : QFileInfo(file).fileName();
        if (QMessageBox::question(this, tr("Save preset"), tr("Replace the preset “%1” with the current settings?").arg(existingName),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    }
    const QString error = savePreset(name);
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Preset not saved"), error);
}

void SettingsPanel::deletePresetInteractively() {
    const QString name = m_presetCombo->currentData().toString();
    if (isBuiltInPreset(name)) return;
    if (QMessageBox::question(this, tr("Delete preset"), tr("Delete the preset “%1”?").arg(name)) != QMessageBox::Yes) return;
    m_store.remove(name);
    reloadPresets();
}

}  // namespace mars5::ui
