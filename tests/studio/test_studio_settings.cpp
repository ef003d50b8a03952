// The settings panel against core's field table: every InferenceConfig field has a row,
// a value set in the editor reaches config() and a config reaches the editor, sliders
// follow, reset restores the default, the fields that do nothing are shown disabled, the
// seed dice rolls, and presets (built-in and user JSON files) save and load.
#include "studio/presets.h"
#include "studio/settings_panel.h"
#include "util/setting_labels.h"

#include "drop_files.h"
#include "missing_glyphs.h"
#include "question_answer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <string_view>

#include <cmath>

using mars5::InferenceConfig;
using mars5::InferenceConfigField;
using mars5::ui::SettingsPanel;
using mars5::ui::SettingsPreset;

namespace {

// A valid value different from the default, inside the slider's usual range where possible.
double otherValue(const InferenceConfigField& f) {
    if (f.type == InferenceConfigField::Type::Bool) return f.defaultValue != 0.0 ? 0.0 : 1.0;
    if (f.minValue == f.maxValue) return f.minValue;  // beam_width: one value only
    if (std::string_view(f.name) == "piece_chars") return 200.0;  // 1-39 is no piece length
    double v = f.defaultValue + (f.type == InferenceConfigField::Type::Int ? 3.0 : 0.25);
    if (v > f.maxValue) v = f.defaultValue - (f.type == InferenceConfigField::Type::Int ? 1.0 : 0.25);
    if (f.maxValue <= 1.0) v = f.defaultValue > 0.5 ? 0.875 : f.defaultValue + 0.125;
    return v;
}

void setEditor(QWidget* editor, double value) {
    if (auto* c = qobject_cast<QCheckBox*>(editor)) c->setChecked(value != 0.0);
    else qobject_cast<QDoubleSpinBox*>(editor)->setValue(value);
}

double editorValue(QWidget* editor) {
    if (auto* c = qobject_cast<QCheckBox*>(editor)) return c->isChecked() ? 1.0 : 0.0;
    return qobject_cast<QDoubleSpinBox*>(editor)->value();
}

}  // namespace

class TestStudioSettings : public QObject {
    Q_OBJECT
private slots:
    // However narrow the window or the splitter makes it, no value box is cut off at the right
    // edge: the panel asks for the width its rows need (its scroll area has no horizontal bar).
    void valuesAreNeverCutOff() {
        QTemporaryDir dir;
        SettingsPanel panel(dir.path());
        panel.resize(180, 600);  // narrower than any row: the layout's minimum wins
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* area = panel.findChild<QScrollArea*>();
        QVERIFY(area);
        int checked = 0;
        for (const auto& f : mars5::inferenceConfigFields()) {
            QWidget* editor = panel.editor(QString::fromLatin1(f.name));
            if (!editor || !editor->isVisible()) continue;
            const int right = editor->mapTo(area->viewport(), QPoint(editor->width(), 0)).x();
            QVERIFY2(right <= area->viewport()->width(),
                     qPrintable(QStringLiteral("%1 ends at %2, viewport %3 wide").arg(QString::fromLatin1(f.name)).arg(right).arg(area->viewport()->width())));
            ++checked;
        }
        QVERIFY(checked > 10);
    }

    void changedFieldsTurnBoldWithoutMovingTheSliders() {
        QTemporaryDir dir;
        SettingsPanel panel(dir.path());
        panel.resize(400, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QStringList fields{QStringLiteral("temperature"), QStringLiteral("q0_override_steps"), QStringLiteral("eos_penalty_factor")};
        QMap<QString, int> sliderX;
        for (const QString& f : fields) sliderX[f] = panel.slider(f)->x();
        for (const QString& f : fields) {
            auto* spin = qobject_cast<QDoubleSpinBox*>(panel.editor(f));
            spin->setValue(spin->value() + spin->singleStep());
        }
        QApplication::processEvents();
        for (const QString& f : fields) {
            QSlider* slider = panel.slider(f);
            QCOMPARE(slider->x(), sliderX[f]);
            // the bold label's text ends a gap before its slider starts
            const QLabel* label = nullptr;
            for (const QLabel* l : panel.findChildren<QLabel*>())
                if (l->text() == mars5::ui::settingLabel(f)) label = l;
            QVERIFY2(label && label->font().bold(), qPrintable(f));
            const int textEnd = label->mapTo(&panel, QPoint(QFontMetrics(label->font()).horizontalAdvance(label->text()), 0)).x();
            QVERIFY2(slider->mapTo(&panel, QPoint(0, 0)).x() - textEnd >= 10,
                     qPrintable(QStringLiteral("%1: text ends at %2, slider starts at %3").arg(f).arg(textEnd).arg(slider->mapTo(&panel, QPoint(0, 0)).x())));
        }
    }

    void everyFieldMapsBothWays() {
        QTemporaryDir dir;
        SettingsPanel panel(dir.path());
        // Defaults first: the panel's config is the reference's.
        const InferenceConfig defaults;
        for (const auto& f : mars5::inferenceConfigFields())
            QCOMPARE(panel.config().get(f.name).value(), defaults.get(f.name).value());

        int fields = 0;
        for (const auto& f : mars5::inferenceConfigFields()) {
            ++fields;
            QWidget* editor = panel.editor(QString::fromLatin1(f.name));
            QVERIFY2(editor, f.name);
            QVERIFY2(editor->toolTip().contains(QString::fromUtf8(f.help).toHtmlEscaped()), f.name);
            QVERIFY2(editor->toolTip().contains(QStringLiteral("default")), f.name);
            if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
                QCOMPARE(spin->maximum(), f.maxValue);
                QVERIFY2(f.minExclusive ? spin->minimum() > f.minValue : spin->minimum() == f.minValue, f.name);
            }
            // Editor -> config.
            const double v = otherValue(f);
            setEditor(editor, v);
            QVERIFY2(std::abs(panel.config().get(f.name).value() - v) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2 != %3").arg(QLatin1String(f.name)).arg(panel.config().get(f.name).value()).arg(v)));
            // Reset -> default.
            QToolButton* reset = panel.resetButton(QString::fromLatin1(f.name));
            QVERIFY(reset);
            if (reset->isEnabled()) {
                reset->click();
                QCOMPARE(panel.config().get(f.name).value(), f.defaultValue);
            }
            // Config -> editor.
            InferenceConfig c;
            QCOMPARE(QString::fromStdString(c.set(f.name, v)), QString());
            panel.setConfig(c);
            QCOMPARE(editorValue(editor), v);
            panel.setConfig(InferenceConfig{});
        }
        QCOMPARE(fields, static_cast<int>(mars5::inferenceConfigFields().size()));
    }

    void slidersFollowAndDrive() {
        SettingsPanel panel;
        QSlider* temperature = panel.slider(QStringLiteral("temperature"));
        QVERIFY(temperature);
        temperature->setValue(temperature->maximum());
        QCOMPARE(panel.config().temperature, 2.0);  // the slider's top is the practical 2.0
        auto* spin = qobject_cast<QDoubleSpinBox*>(panel.editor(QStringLiteral("temperature")));
        spin->setValue(5.0);  // beyond the slider: the spin box takes the full range
        QCOMPARE(panel.config().temperature, 5.0);
        QCOMPARE(temperature->value(), temperature->maximum());
        QSlider* topK = panel.slider(QStringLiteral("top_k"));
        topK->setValue(100);
        QCOMPARE(panel.config().top_k, std::int64_t(100));
        QVERIFY(!panel.slider(QStringLiteral("seed")));  // the seed has a dice instead
    }

    // The piece length: 1-39 is no piece length (the engine refuses it). The arrows step from off
    // to 40 and back; typed, or from a take's settings, a value there becomes 40; the slider snaps
    // to the nearer of off and 40 and its handle follows.
    void pieceLengthStepsOverOneToThirtyNine() {
        QTemporaryDir mine;
        SettingsPanel panel(mine.path());
        auto* spin = qobject_cast<QDoubleSpinBox*>(panel.editor(QStringLiteral("piece_chars")));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 0.0);
        QCOMPARE(spin->text(), QStringLiteral("off"));
        spin->stepUp();
        QCOMPARE(spin->value(), 40.0);
        spin->stepUp();
        QCOMPARE(spin->value(), 50.0);
        spin->stepDown();
        spin->stepDown();
        QCOMPARE(spin->value(), 0.0);
        for (const double before : {0.0, 40.0, 200.0}) {
            spin->setValue(before);
            spin->setValue(39);  // typed
            QCOMPARE(spin->value(), 40.0);
            QCOMPARE(panel.config().piece_chars, std::int64_t{40});
        }
        QSlider* slider = panel.slider(QStringLiteral("piece_chars"));
        QVERIFY(slider);
        spin->setValue(0);
        slider->setValue(5);
        QCOMPARE(spin->value(), 0.0);
        QCOMPARE(slider->value(), 0);  // the handle went back with the value
        slider->setValue(30);
        QCOMPARE(spin->value(), 40.0);
        QCOMPARE(slider->value(), 40);
        // An exported take's settings with a hand-edited 20: loaded as 40, and the engine accepts them.
        QFile file(mine.filePath(QStringLiteral("take.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"app_version":"1.0","text":"Hi.","config":{"piece_chars":20,"seed":-1},"seed":7})");
        file.close();
        spin->setValue(300);
        QCOMPARE(panel.openSettingsFile(file.fileName()), QString());
        QCOMPARE(panel.config().piece_chars, std::int64_t{40});
        QVERIFY(panel.config().validate().empty());
    }

    void unusedFieldsAreNotShownAsWorking() {
        SettingsPanel panel;
        const QStringList unused = panel.unusedFields();
        QVERIFY(unused.contains(QStringLiteral("timesteps")));  // the reference ignores it
        QVERIFY(unused.contains(QStringLiteral("beam_width")));  // only 1 is supported
        for (const QString& name : unused) QVERIFY2(!panel.editor(name)->isEnabled(), qPrintable(name));
        for (const auto& f : mars5::inferenceConfigFields())
            if (f.ignoredByReference) QVERIFY(unused.contains(QString::fromLatin1(f.name)));
        QVERIFY(panel.editor(QStringLiteral("nar_steps"))->isEnabled());  // the real step count
    }

    void whatSettingsDoTogetherIsSaid() {
        SettingsPanel panel;
        const auto set = [&](const char* field, double value) {
            qobject_cast<QDoubleSpinBox*>(panel.editor(QString::fromLatin1(field)))->setValue(value);
        };
        QVERIFY(panel.combinationNote().isEmpty());
        // Fewer steps skip some of the 200-step schedule: the default override still means t > 20.
        set("nar_steps", 8);
        QVERIFY(panel.combinationNote().isEmpty());
        // RePaint jumps need every step: the engine would refuse, and the panel says so first.
        set("jump_len", 2);
        QVERIFY2(panel.combinationNote().contains(QStringLiteral("need all 200 diffusion steps")), qPrintable(panel.combinationNote()));
        set("nar_steps", 200);
        QVERIFY(panel.combinationNote().isEmpty());
        QVERIFY(panel.config().validate().empty());
        // An override from the schedule's top t on re-imposes L0 never: allowed, and said.
        set("q0_override_steps", 199);
        QVERIFY2(panel.combinationNote().contains(QStringLiteral("never re-imposed")), qPrintable(panel.combinationNote()));
    }

    void seedDice() {
        SettingsPanel panel;
        QCOMPARE(panel.config().seed, std::int64_t(-1));
        panel.rollSeed();
        const std::int64_t first = panel.config().seed;
        QVERIFY(first >= 0 && first < 0x7fffffff);
        bool changed = false;
        for (int i = 0; i < 5 && !changed; ++i) {
            panel.rollSeed();
            changed = panel.config().seed != first;
        }
        QVERIFY(changed);
        // Large seeds survive the double-based spin box exactly.
        InferenceConfig c;
        c.seed = 9007199254740991LL;
        panel.setConfig(c);
        QCOMPARE(panel.config().seed, 9007199254740991LL);

        // The die is drawn, not typed: the 🎲 emoji showed as an empty box without an emoji font.
        auto* dice = panel.findChild<QToolButton*>(QStringLiteral("rollSeedButton"));
        QVERIFY(dice);
        QVERIFY(dice->text().isEmpty());
        QVERIFY(!dice->icon().pixmap(16).isNull());
        QVERIFY(!dice->accessibleName().isEmpty());
        QSignalSpy changedBy(&panel, &SettingsPanel::configChanged);
        dice->click();
        QVERIFY(changedBy.count() >= 1);
    }

    void everyButtonAndLabelRendersInTheInstalledFonts() {
        SettingsPanel panel;
        const QStringList missing = mars5::test::textsWithoutGlyphs(&panel);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    }

    void builtInPresets() {
        SettingsPanel panel;
        QVERIFY(panel.applyPreset(QStringLiteral("README recommended")));
        const InferenceConfig c = panel.config();
        QCOMPARE(c.top_k, std::int64_t(100));
        QCOMPARE(c.rep_penalty_window, std::int64_t(100));
        QCOMPARE(c.temperature, 0.7);
        QCOMPARE(c.freq_penalty, 3.0);
        QVERIFY(c.deep_clone);
        QCOMPARE(c.top_p, InferenceConfig{}.top_p);
        QVERIFY(panel.applyPreset(QStringLiteral("Reference defaults")));
        QCOMPARE(panel.config().top_k, std::int64_t(200));
        QVERIFY(!panel.applyPreset(QStringLiteral("no such preset")));
        QVERIFY(!panel.savePreset(QStringLiteral("reference defaults")).isEmpty());  // built-in names are taken
    }

    void userPresetSaveLoad() {
        QTemporaryDir dir;
        InferenceConfig custom;
        custom.temperature = 0.55;
        custom.top_k = 64;
        custom.nar_steps = 120;
        custom.deep_clone = false;
        custom.seed = 1234;
        custom.trim_db = 33.5;
        {
            SettingsPanel panel(dir.path());
            panel.setConfig(custom);
            QCOMPARE(panel.savePreset(QStringLiteral("Warm narrator")), QString());
            QVERIFY(panel.presetCombo()->findData(QStringLiteral("Warm narrator")) >= 0);
        }
        // The file is readable JSON with every field.
        QFile file(dir.filePath(QStringLiteral("Warm narrator.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("mars5-studio-preset"));
        QCOMPARE(json.value(QStringLiteral("config")).toObject().size(), static_cast<int>(mars5::inferenceConfigFields().size()));
        QCOMPARE(json.value(QStringLiteral("config")).toObject().value(QStringLiteral("top_k")).toInt(), 64);

        // A new panel finds it and applying it restores every field.
        SettingsPanel again(dir.path());
        QVERIFY(again.presetCombo()->findData(QStringLiteral("Warm narrator")) >= 0);
        QVERIFY(again.applyPreset(QStringLiteral("Warm narrator")));
        for (const auto& f : mars5::inferenceConfigFields())
            QCOMPARE(again.config().get(f.name).value(), custom.get(f.name).value());

        // A preset from when the steps went up to 400 takes the 200 there are, and says so.
        QStringList warnings;
        QString error;
        const auto old = mars5::ui::configFromJson(QJsonObject{{QStringLiteral("nar_steps"), 400}}, &error, &warnings);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(old.nar_steps, std::int64_t{200});
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QStringLiteral("200 used")), qPrintable(warnings.first()));

        // A broken preset is refused with its reason; the others still load.
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format":"mars5-studio-preset","version":1,"name":"bad","config":{"top_p":1.5}})");
        bad.close();
        mars5::ui::PresetStore store(dir.path());
        QStringList problems;
        const auto presets = store.userPresets(&problems);
        QCOMPARE(presets.size(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("top_p")), qPrintable(problems.first()));
        QVERIFY(store.remove(QStringLiteral("Warm narrator")));
        QCOMPARE(store.userPresets().size(), 0);
    }

    // A settings file dropped on the panel: a preset file puts its settings in place (one undo
    // step) and joins your presets when its name is free, is recognised when you have it, and
    // is not added over a preset of yours that differs; an exported take's .json brings its
    // settings with the seed it was made with; anything else is refused in words, unchanged.
    void droppedSettingsFilesApply() {
        QTemporaryDir mine, elsewhere;
        const auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(elsewhere.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        {  // one of your presets does not read: the panel says so, and a note about a drop does not lose that
            QFile bad(QDir(mine.path()).filePath(QStringLiteral("bad.json")));
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write("{\"format\":\"mars5-studio-preset\",\"version\":1,\"name\":\"bad\",\"config\":{\"top_p\":1.5}}");
        }
        SettingsPanel panel(mine.path());
        QVERIFY(panel.presetNoteText().startsWith(QStringLiteral("Some presets could not be read")));
        const InferenceConfig before = panel.config();
        const QString preset = write(QStringLiteral("shared.json"),
                                     R"({"format":"mars5-studio-preset","version":1,"name":"Colleague's calm","config":{"temperature":0.45,"top_k":50}})");
        QVERIFY(mars5::test::dropFiles(&panel, {preset}));
        QCOMPARE(panel.config().temperature, 0.45);
        QCOMPARE(panel.presetCombo()->currentData().toString(), QStringLiteral("Colleague's calm"));
        QCOMPARE(panel.presetNoteText(), QStringLiteral("The preset “Colleague's calm” is now among your presets."));
        QVERIFY(QFileInfo::exists(panel.presetStore().fileFor(QStringLiteral("Colleague's calm"))));
        const QString presetBefore = panel.presetCombo()->itemData(0).toString();
        panel.undoStack()->undo();
        QCOMPARE(panel.config().temperature, before.temperature);
        QVERIFY(panel.presetCombo()->findData(QStringLiteral("Colleague's calm")) >= 0);  // the preset stays yours
        QCOMPARE(panel.presetCombo()->currentData().toString(), presetBefore);
        QVERIFY(panel.presetNoteText().startsWith(QStringLiteral("Some presets could not be read")));  // the drop is undone, and so is its note
        panel.undoStack()->redo();  // the settings come back under the preset they came with
        QCOMPARE(panel.config().temperature, 0.45);
        QCOMPARE(panel.presetCombo()->currentData().toString(), QStringLiteral("Colleague's calm"));

        QCOMPARE(panel.openSettingsFile(preset), QString());
        QVERIFY2(panel.presetNoteText().endsWith(QStringLiteral("is the one you have.")), qPrintable(panel.presetNoteText()));
        // The line says what the drop did until the next change; then what it said before.
        setEditor(panel.editor(QStringLiteral("top_k")), 60);
        QVERIFY2(panel.presetNoteText().startsWith(QStringLiteral("Some presets could not be read")), qPrintable(panel.presetNoteText()));
        const QString differs = write(QStringLiteral("calm-v2.json"),
                                      R"({"format":"mars5-studio-preset","version":1,"name":"Colleague's calm","config":{"temperature":0.5}})");
        QCOMPARE(panel.openSettingsFile(differs), QString());
        QCOMPARE(panel.config().temperature, 0.5);
        QVERIFY2(panel.presetNoteText().contains(QStringLiteral("not added to your presets")), qPrintable(panel.presetNoteText()));
        SettingsPreset kept;
        QString error;
        QVERIFY(mars5::ui::PresetStore::load(panel.presetStore().fileFor(QStringLiteral("Colleague's calm")), &kept, &error));
        QCOMPARE(kept.config.temperature, 0.45);  // yours, untouched

        const QString sidecar = write(QStringLiteral("take 12.json"),
                                      R"({"app_version":"1.0","text":"Hi.","config":{"temperature":0.8,"seed":-1},"seed":2329847043239118})");
        QCOMPARE(panel.openSettingsFile(sidecar), QString());
        QCOMPARE(panel.config().temperature, 0.8);
        QCOMPARE(panel.config().seed, std::int64_t{2329847043239118});
        QCOMPARE(panel.presetNoteText(), QStringLiteral("The settings and seed (2329847043239118) of the take exported as take 12.json."));

        const InferenceConfig now = panel.config();
        const QString huge = write(QStringLiteral("huge.json"), QByteArray(2 << 20, ' '));
        for (const auto& [path, why] : {std::pair{write(QStringLiteral("other.json"), R"({"hello":1})"), QStringLiteral("holds neither a preset")},
                                       std::pair{write(QStringLiteral("broken.json"), "{\"format\":"), QStringLiteral("holds neither a preset")},
                                       std::pair{write(QStringLiteral("range.json"), R"({"app_version":"1","config":{"top_p":1.5}})"), QStringLiteral("top_p")},
                                       std::pair{huge, QStringLiteral("too large")},
                                       std::pair{elsewhere.filePath(QStringLiteral("gone.json")), QStringLiteral("cannot be read")}}) {
            const QString refused = panel.openSettingsFile(path);
            QVERIFY2(refused.contains(why), qPrintable(path + QStringLiteral(": ") + refused));
            QCOMPARE(panel.presetNoteText(), refused);
            QCOMPARE(panel.config().temperature, now.temperature);
        }
        QVERIFY(!mars5::test::dropFiles(&panel, {write(QStringLiteral("notes.txt"), "x")}));  // not a .json: not taken
        // Dropped on a number box (its line edit would paste the file's URL), it reaches the panel.
        auto* temperatureBox = qobject_cast<QDoubleSpinBox*>(panel.editor(QStringLiteral("temperature")));
        QVERIFY(temperatureBox);
        temperatureBox->setValue(0.3);
        QVERIFY(mars5::test::dropFiles(temperatureBox->findChild<QLineEdit*>(), {sidecar}));
        QCOMPARE(panel.config().temperature, 0.8);
    }

    // The settings and the preset chosen come back from the state the studio keeps between
    // sessions, changes made after choosing the preset included; a state that does not read
    // changes nothing.
    void theStateComesBackWithThePresetChosen() {
        QTemporaryDir dir;
        QByteArray state;
        InferenceConfig tuned;
        {
            SettingsPanel panel(dir.path());
            QVERIFY(panel.applyPreset(QStringLiteral("README recommended")));
            tuned = panel.config();
            tuned.temperature = 0.61;
            tuned.seed = 77;
            panel.setConfig(tuned);
            state = panel.saveState();
        }
        SettingsPanel again(dir.path());
        QVERIFY(again.restoreState(state));
        QCOMPARE(again.presetCombo()->currentData().toString(), QStringLiteral("README recommended"));
        for (const auto& f : mars5::inferenceConfigFields())
            QCOMPARE(again.config().get(f.name).value(), tuned.get(f.name).value());

        SettingsPanel untouched(dir.path());
        const InferenceConfig before = untouched.config();
        for (const QByteArray& bad : {QByteArray(), QByteArray("{"), QByteArray(R"({"preset":"x"})"),
                                      QByteArray(R"({"config":{"top_p":7}})")}) {
            QVERIFY2(!untouched.restoreState(bad), bad.constData());
            QCOMPARE(untouched.config().top_p, before.top_p);
            QCOMPARE(untouched.config().temperature, before.temperature);
        }
    }

    // Save… with the name of a preset that exists asks before replacing it (its name is
    // offered when it is the one in use): Cancel keeps it as it was; Replace saves over it.
    void savingOverAPresetAsksFirst() {
        QTemporaryDir dir;
        SettingsPanel panel(dir.path());
        InferenceConfig first;
        first.top_k = 64;
        panel.setConfig(first);
        QCOMPARE(panel.savePreset(QStringLiteral("Mine")), QString());
        QCOMPARE(panel.presetCombo()->currentData().toString(), QStringLiteral("Mine"));
        InferenceConfig second;
        second.top_k = 32;
        panel.setConfig(second);
        const auto savedTopK = [&] {
            mars5::ui::SettingsPreset preset;
            QString error;
            return mars5::ui::PresetStore::load(panel.presetStore().fileFor(QStringLiteral("Mine")), &preset, &error)
                       ? preset.config.top_k
                       : std::int64_t{-1};
        };
        for (const auto answer : {QMessageBox::Cancel, QMessageBox::Yes}) {
            QString offered, question;
            QTimer::singleShot(0, this, [&] {
                auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
                if (!input) return;
                offered = input->textValue();
                answerNextQuestion(this, answer, &question);
                input->accept();
            });
            panel.savePresetInteractively();
            QCOMPARE(offered, QStringLiteral("Mine"));
            QVERIFY2(question.contains(QStringLiteral("Replace the preset “Mine”")), qPrintable(question));
            QCOMPARE(savedTopK(), answer == QMessageBox::Cancel ? std::int64_t{64} : std::int64_t{32});
        }
    }

    // Every change of the settings is an undo step, so nothing tuned is lost to a misclick: a
    // preset chosen over tuned settings, Reset, a field. A slider's drag is one step (changes of
    // one field in a row merge; back where it started, no step at all); the preset shown comes
    // back with the fields; the state a session starts with has no step before it.
    void everyChangeIsUndoable() {
        QTemporaryDir dir;
        SettingsPanel panel(dir.path());
        QUndoStack* undo = panel.undoStack();
        QCOMPARE(undo->count(), 0);
        auto* temperature = qobject_cast<QDoubleSpinBox*>(panel.editor(QStringLiteral("temperature")));
        QSlider* slider = panel.slider(QStringLiteral("temperature"));
        QVERIFY(temperature && slider);
        const double start = temperature->value();

        // A drag: many values, one step, named after the field.
        for (int pos = slider->value() + 10; pos <= slider->value() + 200; pos += 10) slider->setValue(pos);
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), mars5::ui::settingLabel(*mars5::findInferenceConfigField("temperature")));
        const double dragged = temperature->value();
        QVERIFY(dragged > start);
        temperature->setValue(start);  // back where it started: the step goes
        QCOMPARE(undo->count(), 0);
        temperature->setValue(dragged);
        QCOMPARE(undo->count(), 1);

        // Another field is another step; a preset over the tuned settings is one more.
        auto* topK = qobject_cast<QDoubleSpinBox*>(panel.editor(QStringLiteral("top_k")));
        topK->setValue(33);
        QCOMPARE(undo->count(), 2);
        QVERIFY(panel.applyPreset(QStringLiteral("README recommended")));
        QCOMPARE(undo->count(), 3);
        QCOMPARE(topK->value(), 100.0);
        undo->undo();  // the tuned settings and the preset shown before
        QCOMPARE(topK->value(), 33.0);
        QCOMPARE(temperature->value(), dragged);
        QCOMPARE(panel.presetCombo()->currentData().toString(), QStringLiteral("Reference defaults"));
        undo->redo();
        QCOMPARE(topK->value(), 100.0);
        QCOMPARE(panel.presetCombo()->currentData().toString(), QStringLiteral("README recommended"));
        undo->undo();

        // Reset is one step; undone, every field is as tuned.
        const QByteArray tuned = panel.saveState();
        panel.resetAll();
        QCOMPARE(topK->value(), mars5::findInferenceConfigField("top_k")->defaultValue);
        undo->undo();
        QCOMPARE(panel.saveState(), tuned);
        // Undoing does not itself make steps (temperature, Top-k, Reset: the preset undone
        // before Reset was dropped by it), and redo after a new change is gone.
        QCOMPARE(undo->count(), 3);
        undo->undo();
        undo->undo();
        QCOMPARE(temperature->value(), start);
        QCOMPARE(topK->value(), mars5::findInferenceConfigField("top_k")->defaultValue);
        topK->setValue(12);
        QVERIFY(!undo->canRedo());

        // The panel's ↶ button walks the same history.
        auto buttons = panel.findChildren<QToolButton*>();
        QToolButton* undoButton = nullptr;
        for (QToolButton* b : buttons)
            if (b->accessibleName() == QStringLiteral("Undo")) undoButton = b;
        QVERIFY(undoButton && undoButton->isEnabled());
        QVERIFY2(undoButton->toolTip().contains(QStringLiteral("Top-k")), qPrintable(undoButton->toolTip()));
        undoButton->click();
        QCOMPARE(topK->value(), mars5::findInferenceConfigField("top_k")->defaultValue);

        // A session's start has no step before it; a take's settings are one step.
        SettingsPanel again(dir.path());
        QVERIFY(again.restoreState(tuned));
        QCOMPARE(again.undoStack()->count(), 0);
        InferenceConfig fromTake = again.config();
        fromTake.seed = 424242;
        fromTake.temperature = 0.5;
        again.useConfig(fromTake, QStringLiteral("README recommended"), QStringLiteral("settings of take 7"));
        QCOMPARE(again.undoStack()->undoText(), QStringLiteral("settings of take 7"));
        QCOMPARE(again.config().seed, std::int64_t{424242});
        QCOMPARE(again.presetCombo()->currentData().toString(), QStringLiteral("README recommended"));
        again.undoStack()->undo();
        QCOMPARE(again.saveState(), tuned);
    }
};

QTEST_MAIN(TestStudioSettings)
#include "test_studio_settings.moc"
