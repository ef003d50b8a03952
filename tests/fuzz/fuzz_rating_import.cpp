// Fuzz target: a ratings file imported into the studio's ratings database (Rating ▸ Import):
// a session exported as JSON, or a ratings CSV, from another rater or another tool. The
// import goes through RatingStore into a fresh SQLite database (a file, as in the studio:
// the store keeps it in WAL mode, which an in-memory database cannot be).
//
// Beyond "refused with a message, or imported": a refused import changes nothing (it lands
// whole or not at all); importing the same file again adds nothing and is not refused; and
// what was imported can be exported, as JSON session by session and as one CSV, and each
// export imports into an empty database with the same trials and judgements.
#include "fuzz_rating_support.h"

#include <QString>

namespace {

using mars5::fuzz::countsOf;
using mars5::fuzz::removeDatabase;
using mars5::ui::rating::RatingStore;
using mars5::ui::rating::SessionInfo;

QString databasePath(const char* name) {
    return mars5::fuzz::besideInput(".") + QLatin1String(name) + QStringLiteral(".sqlite");
}

QList<SessionInfo> sessionsOf(const RatingStore& store, const char* when) {
    auto list = store.sessions();
    if (!list.ok()) mars5::fuzz::finding(when, list.error().message);
    return list.value();
}

std::string countsAfterImportingInto(const QString& file, const char* what) {
    return mars5::fuzz::countsAfterImportingInto(file, databasePath("fresh"), what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mars5::fuzz::RemoveInputAtExit removeInput;
    mars5::fuzz::ensureQtApplication();
    const QString input = QString::fromStdString(mars5::fuzz::writeInput(data, size));
    const QString exported = input + QStringLiteral(".export");
    struct RemoveFiles {  // declared before the store, so it runs after the store has closed
        QString exported;
        ~RemoveFiles() {
            std::remove(exported.toLocal8Bit().constData());
            removeDatabase(databasePath("import"));
            removeDatabase(databasePath("fresh"));
        }
    } removeFiles{exported};
    RatingStore store;
    mars5::fuzz::openEmpty(store, databasePath("import"));

    const auto imported = store.importFile(input);
    if (!imported.ok()) {
        mars5::fuzz::tell("refused", imported.error().message);
        if (imported.error().message.empty()) mars5::fuzz::finding("a refusal without a message", "");
        if (imported.error().kind == mars5::ErrorKind::Internal)
            mars5::fuzz::finding("an internal error", imported.error().message);
        if (!sessionsOf(store, "the sessions after a refused import cannot be listed").isEmpty())
            mars5::fuzz::finding("a refused import left sessions behind", imported.error().message);
        return 0;
    }
    const QList<SessionInfo> sessions = sessionsOf(store, "the sessions of an import cannot be listed");
    const std::string counts = countsOf(sessions);
    mars5::fuzz::tell("accepted", imported.value().describe().toStdString() + " " + counts);
    if (sessions.isEmpty()) mars5::fuzz::finding("an import that succeeded with no session", "");

    const auto again = store.importFile(input);
    if (!again.ok()) mars5::fuzz::finding("importing the same file twice is refused", again.error().message);
    if (again.value().sessionsCreated != 0 || again.value().judgementsAdded != 0)
        mars5::fuzz::finding("importing the same file twice added to it", again.value().describe().toStdString());
    if (countsOf(sessionsOf(store, "the sessions after importing twice cannot be listed")) != counts)
        mars5::fuzz::finding("importing the same file twice changed the sessions", counts);

    int judged = 0;
    for (const SessionInfo& s : sessions) {
        judged += s.judgedCount;
        const auto written = store.exportJson(exported, s.id);
        if (!written.ok()) mars5::fuzz::finding("an imported session cannot be exported as JSON", written.error().message);
        const std::string one = countsAfterImportingInto(exported, "a session's JSON export cannot be imported");
        if (one != countsOf({s})) mars5::fuzz::finding("a session changed on its way through JSON", one + "vs " + countsOf({s}));
    }
    if (judged > 0) {  // a CSV holds judgements only: a session with none has no row
        const auto written = store.exportCsv(exported);
        if (!written.ok()) mars5::fuzz::finding("the imported judgements cannot be exported as CSV", written.error().message);
        countsAfterImportingInto(exported, "the CSV export of an import cannot be imported");
    }
    return 0;
}
