// Shared by the studio tests that synthesise through the window: set a settings field by its
// name (or those of a quick run), and wait for the controller's next finished take.
#pragma once

#include "studio/settings_panel.h"
#include "studio/synthesis_controller.h"

#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QtTest>

namespace studio_test {

inline void setField(mars5::ui::SettingsPanel* s, const char* name, double v) {
    auto* spin = qobject_cast<QDoubleSpinBox*>(s->editor(QString::fromLatin1(name)));
    QVERIFY2(spin, name);
    spin->setValue(v);
}

// A quick run on the tiny models: `narSteps` diffusion steps, L0 re-imposed below step `q0Steps`,
// an AR budget of `maxLength` ids (-1: the model's own) and a fixed seed.
inline void setQuickRun(mars5::ui::SettingsPanel* s, int narSteps, int q0Steps, int maxLength, int seed) {
    setField(s, "nar_steps", narSteps);
    setField(s, "q0_override_steps", q0Steps);
    setField(s, "generate_max_len_override", maxLength);
    setField(s, "seed", seed);
}

// The outcome of the next synthesisFinished, or null when none comes within `timeoutMs`.
inline mars5::ui::SynthesisOutcomePtr waitForTake(mars5::ui::SynthesisController* c, int timeoutMs = 240000) {
    QSignalSpy spy(c, &mars5::ui::SynthesisController::synthesisFinished);
    if (!spy.wait(timeoutMs)) return {};
    return spy.first().first().value<mars5::ui::SynthesisOutcomePtr>();
}

}  // namespace studio_test
