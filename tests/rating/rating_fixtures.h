// Rating sessions for the ratings store's tests: items with two renderings each, a session
// planned from them, and a judgement that varies with its number.
#pragma once

#include "rating/rating_store.h"

#include "mars5/rating_plan.h"

#include <QDateTime>
#include <QString>

#include <string>
#include <vector>

namespace rating_test {

using mars5::rating::Choice;
using mars5::ui::rating::JudgementRecord;
using mars5::ui::rating::NewSession;

inline std::vector<mars5::rating::ItemRenderings> demoItems(int n) {
    std::vector<mars5::rating::ItemRenderings> items;
    for (int i = 0; i < n; ++i) {
        mars5::rating::ItemRenderings item;
        item.item = QStringLiteral("LJ%1").arg(i, 4, 10, QLatin1Char('0')).toStdString();
        item.transcript = "Sentence number " + std::to_string(i) + ".";
        item.stimuli = {{"ground truth", "/data/gt/" + item.item + ".wav"}, {"take", "/data/takes/" + item.item + ".wav"}};
        items.push_back(item);
    }
    return items;
}

inline NewSession demoSession(int items, quint64 seed, const QString& rater = QStringLiteral("Ana")) {
    NewSession s;
    s.name = QStringLiteral("Demo");
    s.rater = rater;
    s.sourceKind = QStringLiteral("dataset");
    s.sourceDescription = QStringLiteral("test");
    s.seed = seed;
    mars5::rating::PlanOptions options;
    options.seed = seed;
    s.trials = mars5::rating::planTrials(demoItems(items), options);
    return s;
}

inline JudgementRecord judgementFor(int i) {
    JudgementRecord j;
    j.choice = i % 3 == 0 ? Choice::A : i % 3 == 1 ? Choice::B : Choice::Tie;
    j.strength = i % 3 == 0 ? -2 : i % 3 == 1 ? 1 : 0;
    j.timeMs = 1000 + i;
    j.replaysA = 1 + i % 2;
    j.replaysB = 2;
    j.comment = i == 1 ? QStringLiteral("breath noise, \"clicky\"\nsecond line") : QString();
    j.presentedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    j.answeredAt = QDateTime::currentDateTimeUtc();
    return j;
}

}  // namespace rating_test
