// Fuzz target: a take's record (takes/<uuid>/take.json), which the studio reads to restore
// takes whose rows a lost or damaged takes.sqlite no longer has. The file lies in the user's
// data folder, where sync tools, backups and hand edits reach it. takeRowFromRecord either
// gives a row or says why not; a row it gives must hold every column without a default, name
// the folder's take, and come back unchanged from the record the store would write for it.
#include "fuzz_support.h"
#include "takes/take_record_file.h"

#include <algorithm>
#include <string>

namespace {

// The folder the record is read from: the seeds name this take.
const QString kFolderUuid = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");

std::string describe(const mars5::ui::takes::TakeRow& row) {
    std::string text;
    for (const auto& [name, value] : row) text += name.toStdString() + "=" + value.toString().left(40).toStdString() + "; ";
    return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mars5::ui::takes;
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    qint64 id = -1;
    const auto row = takeRowFromRecord(json, kFolderUuid, &id);
    if (!row.ok()) {
        mars5::fuzz::tell("refused", row.message());
        if (row.message().empty()) mars5::fuzz::finding("a refusal without a reason", "");
        return 0;
    }
    mars5::fuzz::tell("accepted", describe(row.value()));
    if (id < 0) mars5::fuzz::finding("an accepted record with a negative id", std::to_string(id));
    if (row.value().isEmpty() || row.value().front().first != QLatin1String("uuid") ||
        row.value().front().second.toString() != kFolderUuid)
        mars5::fuzz::finding("an accepted record that does not name the folder's take", describe(row.value()));
    for (const QString& column : takeRowColumns()) {
        const bool present = std::any_of(row.value().begin(), row.value().end(), [&](const auto& c) { return c.first == column; });
        const bool hasDefault = column == QLatin1String("name") || column == QLatin1String("starred") ||
                                column == QLatin1String("deleted") || column == QLatin1String("variation_group") ||
                                column == QLatin1String("note");
        if (!present && !hasDefault) mars5::fuzz::finding("an accepted record without a required column", column.toStdString());
    }
    // What the store writes for the row reads back as the same row and id.
    qint64 againId = -1;
    const auto again = takeRowFromRecord(takeRecordJson(row.value(), id), kFolderUuid, &againId);
    if (!again.ok()) mars5::fuzz::finding("the record written for an accepted row is refused", again.message());
    if (again.value() != row.value() || againId != id)
        mars5::fuzz::finding("a row changed on its way through the written record", describe(row.value()) + " | " + describe(again.value()));
    // Another folder's name is refused: a record copied elsewhere never makes two rows.
    if (takeRowFromRecord(json, QStringLiteral("00000000-0000-4000-8000-000000000000"), nullptr).ok())
        mars5::fuzz::finding("a record accepted for a folder it does not name", "");
    return 0;
}
