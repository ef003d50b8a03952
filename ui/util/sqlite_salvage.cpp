#include "util/sqlite_salvage.h"

#include "util/sqlite_health.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <optional>
#include <utility>
#include <vector>

namespace mars5::ui {

namespace {

// The SQLite files of one database: the main file, then its write-ahead log and shared index.
QStringList databaseFiles(const QString& main) {
    return {main, main + QStringLiteral("-wal"), main + QStringLiteral("-shm")};
}

// The largest id the damaged table holds (0: none): from the table itself, else from the
// counter AUTOINCREMENT keeps in sqlite_sequence (another page, perhaps intact). -1 when
// neither can be read.
qint64 lastIdOf(QSqlDatabase source, const QString& table) {
    QSqlQuery query(source);
    if (query.exec(QStringLiteral("SELECT max(id) FROM %1").arg(table)) && query.next())
        return query.value(0).isNull() ? 0 : query.value(0).toLongLong();
    query.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"));
    query.addBindValue(table);
    if (query.exec() && query.next()) return query.value(0).toLongLong();
    return -1;
}

// At most this many range reads per table: an id range made huge by damage (a max(id) near
// 2^63) must not keep the studio splitting ranges for hours. A read of an empty or sound
// range takes microseconds; 20,000 of them take well under a second.
constexpr int kMaxRangeReads = 20000;
constexpr qint64 kRangeSize = 512;

class TableCopy {
public:
    TableCopy(QSqlDatabase source, QSqlDatabase target, const QString& table, QStringList columns,
              const std::function<bool(const QSqlRecord&)>& accept)
        : m_source(std::move(source)), m_target(std::move(target)), m_accept(accept) {
        const QString list = columns.join(QLatin1Char(','));
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i) marks << QStringLiteral("?");
        m_selectSql = QStringLiteral("SELECT %1 FROM %2 WHERE id BETWEEN ? AND ? ORDER BY id").arg(list, table);
        m_seekSql = QStringLiteral("SELECT min(id) FROM %1 WHERE id >= ?").arg(table);
        m_insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, list, marks.join(QLatin1Char(',')));
    }

    // Every id from `first` to `lastId`, range by range; a failed range is split until single
    // ids. Ids that could not be read or whose rows were refused are lostIds(); when the reads
    // run out, untriedFrom() is the first id not tried.
    void copyRange(qint64 first, qint64 lastId, SalvageCount& count) {
        std::vector<std::pair<qint64, qint64>> halves;  // of failed ranges, the lower half on top
        qint64 next = first;
        bool more = lastId >= first;
        bool lastWasEmpty = false;
        while (more || !halves.empty()) {
            std::pair<qint64, qint64> range;
            if (!halves.empty()) {
                range = halves.back();
                halves.pop_back();
            } else {  // the next whole range (no "next + size" past lastId: it may be near 2^63)
                // Past an empty range, the table says where its next row is: a damaged max(id)
                // near 2^63 (one bogus row) then costs a few reads, not 20,000 ranges of nothing.
                // A seek that fails, or finds nothing, changes nothing: the ranges go on.
                if (lastWasEmpty) {
                    ++m_reads;
                    if (const std::optional<qint64> found = seek(next); found && *found > next) {
                        if (*found > lastId) break;
                        next = *found;
                    }
                }
                range = {next, lastId - next < kRangeSize ? lastId : next + kRangeSize - 1};
                more = range.second < lastId;
                if (more) next = range.second + 1;
            }
            // Ranges are taken in increasing order: every id from this range's first is untried.
            if (++m_reads > kMaxRangeReads) {
                count.gaveUp = true;
                m_untriedFrom = range.first;
                return;
            }
            const auto [from, to] = range;
            std::vector<QSqlRecord> rows;
            const bool readOk = read(from, to, rows);
            lastWasEmpty = readOk && rows.empty();
            if (readOk) {
                for (const QSqlRecord& row : rows) {
                    if (insert(row)) {
                        ++count.recovered;
                    } else {
                        ++count.lost;
                        m_lostIds.push_back(row.value(QStringLiteral("id")).toLongLong());
                    }
                }
            } else if (from == to) {
                ++count.lost;
                m_lostIds.push_back(from);
            } else {
                const qint64 middle = from + (to - from) / 2;
                halves.emplace_back(middle + 1, to);
                halves.emplace_back(from, middle);
            }
        }
    }

    // The row with this id, inserted; false when it cannot be read, is not there, or is refused.
    bool copyOne(qint64 id) {
        std::vector<QSqlRecord> rows;
        return read(id, id, rows) && rows.size() == 1 && insert(rows.front());
    }

    const std::vector<qint64>& lostIds() const { return m_lostIds; }
    std::optional<qint64> untriedFrom() const { return m_untriedFrom; }

private:
    // All rows of the range, or false when SQLite could not read all of them.
    // Each statement is prepared once: a damaged max(id) near 2^63 costs 20,000 reads, and
    // preparing a select of 28 columns each time made that 2 s here (10 s under the fuzzer's
    // sanitizers, its time limit). A statement that failed is prepared anew.
    bool read(qint64 from, qint64 to, std::vector<QSqlRecord>& rows) {
        if (!m_select) {
            m_select.emplace(m_source);
            m_select->setForwardOnly(true);
            if (!m_select->prepare(m_selectSql)) {
                m_select.reset();
                return false;
            }
        }
        QSqlQuery& query = *m_select;
        query.bindValue(0, from);
        query.bindValue(1, to);
        bool ok = query.exec();
        while (ok && query.next()) rows.push_back(query.record());
        ok = ok && !query.lastError().isValid();
        query.finish();
        if (!ok) m_select.reset();
        return ok;
    }

    // The smallest id at or after `from`, if the table can say.
    std::optional<qint64> seek(qint64 from) {
        QSqlQuery query(m_source);
        query.setForwardOnly(true);
        if (!query.prepare(m_seekSql)) return std::nullopt;
        query.addBindValue(from);
        if (!query.exec() || !query.next() || query.value(0).isNull()) return std::nullopt;
        return query.value(0).toLongLong();
    }

    bool insert(const QSqlRecord& row) {
        if (m_accept && !m_accept(row)) return false;
        if (!m_insert) {
            m_insert.emplace(m_target);
            if (!m_insert->prepare(m_insertSql)) {
                m_insert.reset();
                return false;
            }
        }
        for (int i = 0; i < row.count(); ++i) m_insert->bindValue(i, row.value(i));
        // A refused row (a NULL read from a damaged page into a NOT NULL column, an id or a
        // unique value twice, a row whose parent was lost) goes alone: SQLite undoes the
        // failed statement, not the transaction around it.
        const bool ok = m_insert->exec();
        m_insert->finish();
        return ok;
    }

    QSqlDatabase m_source, m_target;
    std::function<bool(const QSqlRecord&)> m_accept;
    QString m_selectSql, m_insertSql, m_seekSql;
    std::optional<QSqlQuery> m_select, m_insert;
    int m_reads = 0;
    std::vector<qint64> m_lostIds;
    std::optional<qint64> m_untriedFrom;
};

// Renames the database's files to <base>.damaged-<time>.sqlite (-wal, -shm); if a rename fails,
// the ones already made are undone. The new path of the main file.
Result<QString> setAsideDamaged(const QString& databasePath) {
    const QFileInfo info(databasePath);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside;
    for (int n = 1;; ++n) {  // two set-asides within one second get names of their own
        aside = info.dir().filePath(QStringLiteral("%1.damaged-%2%3.sqlite")
                                        .arg(info.completeBaseName(), stamp, n == 1 ? QString() : QStringLiteral("-%1").arg(n)));
        bool free = true;
        for (const QString& file : databaseFiles(aside)) free = free && !QFileInfo::exists(file);
        if (free) break;
    }
    const QStringList from = databaseFiles(databasePath), to = databaseFiles(aside);
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (!QFileInfo::exists(from[i]) || QFile::rename(from[i], to[i])) continue;
        for (qsizetype j = i - 1; j >= 0; --j)
            if (QFileInfo::exists(to[j])) QFile::rename(to[j], from[j]);
        return Error{ErrorKind::Io, QObject::tr("Cannot rename %1 to %2; nothing was changed.")
                                        .arg(QDir::toNativeSeparators(from[i]), QDir::toNativeSeparators(to[i]))
                                        .toStdString()};
    }
    return aside;
}

// The columns both databases' `table` has: an older file lacks later columns, which take their
// defaults in the new table.
QStringList sharedColumns(QSqlDatabase source, QSqlDatabase target, const QString& table) {
    const auto columnsOf = [&table](QSqlDatabase db) {  // each query gone before the copy starts
        QSqlQuery query(db);
        return tableColumns(query, table);
    };
    const QStringList sourceColumns = source.isOpen() ? columnsOf(source) : QStringList();
    QStringList columns;
    for (const QString& column : columnsOf(target))
        if (sourceColumns.contains(column)) columns << column;
    return columns;
}

// The rows of `table` that can be read from `source`, copied into `target`; then, from the last
// good copy (`good`, when open), the rows that were lost, and every row past the ids tried.
SalvageCount salvageTable(QSqlDatabase source, QSqlDatabase good, QSqlDatabase target, const QString& table,
                          const std::function<bool(const QSqlRecord&)>& accept) {
    SalvageCount count;
    const QStringList columns = sharedColumns(source, target, table);
    const qint64 lastId = columns.contains(QStringLiteral("id")) ? lastIdOf(source, table) : -1;
    std::optional<qint64> untriedFrom;
    std::vector<qint64> lostIds;
    if (lastId < 0) {
        count.tableUnreadable = true;
        untriedFrom = 1;
    } else {
        TableCopy copy(source, target, table, columns, accept);
        copy.copyRange(1, lastId, count);
        lostIds = copy.lostIds();
        untriedFrom = copy.untriedFrom();
        // Ids below 1, which the studio never writes (a damaged page read an id as 0), are not
        // copied: counted as lost, so the result does not claim to be complete without them.
        QSqlQuery below(source);
        if (below.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE id < 1").arg(table)) && below.next())
            count.lost += below.value(0).toInt();
    }
    const QStringList goodColumns = sharedColumns(good, target, table);
    if (!good.isOpen() || !goodColumns.contains(QStringLiteral("id"))) return count;
    TableCopy fromGood(good, target, table, goodColumns, accept);
    for (qint64 id : lostIds) {
        if (!fromGood.copyOne(id)) continue;
        ++count.fromLastGood;
        --count.lost;
    }
    if (untriedFrom) {
        // Rows already copied are refused by their ids (counted nowhere); the copy's own damage,
        // if any, costs only the copy's rows.
        SalvageCount extra;
        const qint64 goodLast = lastIdOf(good, table);
        if (goodLast >= *untriedFrom) fromGood.copyRange(*untriedFrom, goodLast, extra);
        count.fromLastGood += extra.recovered;
    }
    return count;
}

}  // namespace

Result<Restarted> startAgainBeside(const QString& path, const std::function<Result<QSqlDatabase>()>& openNew,
                                   const QStringList& tables,
                                   const std::function<bool(const QString&, const QSqlRecord&)>& accept,
                                   const QString& lastGood) {
    auto aside = setAsideDamaged(path);
    if (!aside.ok()) return aside.error();
    auto opened = openNew();
    if (!opened.ok()) return opened.error();
    QSqlDatabase target = opened.value();
    Restarted restarted;
    restarted.keptAs = aside.value();
    // One transaction: thousands of rows commit at once, not one disk sync each.
    const bool inTransaction = target.transaction();
    // Read-only: the set-aside file stays as it was found, for anyone who wants to try more. One
    // that does not open, or whose reading would delete its -wal, reads as no table at all.
    QSqlDatabase unread;  // never opened
    const auto copyAll = [&](QSqlDatabase& source, QSqlDatabase& good) {
        for (const QString& table : tables) {
            std::function<bool(const QSqlRecord&)> acceptRow;
            if (accept) acceptRow = [&accept, &table](const QSqlRecord& row) { return accept(table, row); };
            restarted.tables << salvageTable(source, good, target, table, acceptRow);
        }
    };
    // The copy, when there is one that opens; read-only like the damaged file.
    const auto withGood = [&](QSqlDatabase& source) {
        const bool usable = !lastGood.isEmpty() && QFileInfo::exists(lastGood) && walBesideEmptyFile(lastGood).isEmpty();
        if (usable && withReadOnlyConnection(lastGood, [&](QSqlDatabase& good) { copyAll(source, good); }).isEmpty()) {
            restarted.lastGoodTime = QFileInfo(lastGood).lastModified();
            return;
        }
        copyAll(source, unread);
    };
    if (!walBesideEmptyFile(restarted.keptAs).isEmpty() || !withReadOnlyConnection(restarted.keptAs, withGood).isEmpty())
        withGood(unread);
    if (inTransaction && !target.commit()) {
        const QString detail = target.lastError().text();
        target.rollback();
        return Error{ErrorKind::Io, QObject::tr("%1: the rows that could be read from %2 were not copied (%3).")
                                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(restarted.keptAs), detail)
                                        .toStdString()};
    }
    return restarted;
}

}  // namespace mars5::ui
