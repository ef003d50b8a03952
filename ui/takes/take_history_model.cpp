#include "takes/take_history_model.h"

#include "util/notice_text.h"
#include "util/time_format.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSet>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace mars5::ui::takes {

namespace {
// "✎" drawn in the text colours, normal and selected, at the list's icon size.
QIcon noteIcon() {
    static const QIcon icon = [] {
        QIcon made;
        const QPalette palette = QGuiApplication::palette();
        for (const auto& [mode, colour] : {std::pair{QIcon::Normal, palette.color(QPalette::Text)},
                                            std::pair{QIcon::Selected, palette.color(QPalette::HighlightedText)}}) {
            QPixmap pixmap(16, 16);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setPen(colour);
            painter.drawText(pixmap.rect(), Qt::AlignCenter, QStringLiteral("\u270E"));
            painter.end();
            made.addPixmap(pixmap, mode);
        }
        return made;
    }();
    return icon;
}
}  // namespace

namespace {

class DeleteTakesCommand : public QUndoCommand {
public:
    DeleteTakesCommand(TakeHistoryModel* model, QList<qint64> ids)
        : QUndoCommand(QObject::tr("Delete %n take(s)", nullptr, static_cast<int>(ids.size()))), m_model(model), m_ids(std::move(ids)) {}
    void redo() override { m_model->setTakesDeleted(m_ids, true); }
    void undo() override { m_model->setTakesDeleted(m_ids, false); }

private:
    TakeHistoryModel* m_model;
    QList<qint64> m_ids;
};

}  // namespace

TakeHistoryModel::TakeHistoryModel(TakeStore* store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_undo(new QUndoStack(this)) {}

int TakeHistoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_takes.size()); }
int TakeHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TakeHistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_takes.size()) return {};
    const TakeRecord& t = m_takes[index.row()];
    switch (role) {
    case TakeIdRole: return t.id;
    case SearchTextRole: return QStringList{t.name, t.note, t.text, t.transcript}.join(QLatin1Char('\n'));
    case NoteRole: return t.note;
    case PresetRole: return t.presetName;
    case StarredRole: return t.starred;
    default: break;
    }
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == Star) return t.starred ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Star: return {};
        case Name: return role == Qt::EditRole ? t.name : t.displayName();
        case Text: return t.text.simplified();
        case Preset: return t.presetName.isEmpty() ? tr("(custom)") : t.presetName;
        case Seed: return QString::number(t.seed);
        case Length: return formatDuration(t.seconds());  // "1.05 s", "1,05 s" in German
        case Created: {
            const QDateTime local = t.createdAt.toLocalTime();
            if (local.date() == QDate::currentDate()) return local.time().toString(QStringLiteral("HH:mm:ss"));
            return QLocale().toString(local.date(), QStringLiteral("d MMM")) + local.time().toString(QStringLiteral(" HH:mm"));
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1\n\n“%2”\nPreset: %3 · seed %4 · %5 · %6 AR tokens · %7")
                          .arg(t.displayName(), t.text, t.presetName.isEmpty() ? tr("(custom)") : t.presetName)
                          .arg(t.seed)
                          .arg(t.deepClone ? tr("deep clone") : tr("shallow clone"))
                          .arg(t.arTokens)
                          .arg(t.status == QStringLiteral("stopped") ? tr("stopped early") : tr("finished"));
        // A pasted page of notes would fill the screen: the tooltip shows its start.
        constexpr qsizetype kTipNoteChars = 400;
        if (!t.note.isEmpty())
            tip += QStringLiteral("\n\n") + tr("Note: %1").arg(t.note.size() > kTipNoteChars ? t.note.left(kTipNoteChars - 1) + QChar(0x2026) : t.note);
        return tip;
    }
    // A pencil before the name marks the takes with a note, so a list of hundreds shows which
    // were annotated (before it, an elided name cannot hide it).
    if (role == Qt::DecorationRole && column == Name && !t.note.isEmpty()) return noteIcon();
    if (role == Qt::FontRole && column == Name) {
        QFont f;
        f.setBold(!t.name.isEmpty());
        f.setItalic(t.name.isEmpty());  // the text, until the take is named
        return f;
    }
    if (role == Qt::TextAlignmentRole && (column == Seed || column == Length))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TakeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Star: return QStringLiteral("★");
    case Name: return tr("Name");
    case Text: return tr("Text");
    case Preset: return tr("Preset");
    case Seed: return tr("Seed");
    case Length: return tr("Length");
    case Created: return tr("Made");
    }
    return {};
}

Qt::ItemFlags TakeHistoryModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Star) f |= Qt::ItemIsUserCheckable;
    if (index.column() == Name) f |= Qt::ItemIsEditable;
    if (m_dragData) f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList TakeHistoryModel::mimeTypes() const { return {QStringLiteral("text/uri-list")}; }

QMimeData* TakeHistoryModel::mimeData(const QModelIndexList& indexes) const {
    if (!m_dragData) return nullptr;
    QList<qint64> ids;  // one per row: the view passes every selected cell
    QSet<int> rows;
    for (const QModelIndex& index : indexes) {
        if (rows.contains(index.row())) continue;
        rows.insert(index.row());
        if (const TakeRecord* take = takeAt(index.row())) ids << take->id;
    }
    return ids.isEmpty() ? nullptr : m_dragData(ids);
}

bool TakeHistoryModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= m_takes.size()) return false;
    TakeRecord& t = m_takes[index.row()];
    if (index.column() == Star && role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        return writtenThrough(index, m_store->setStarred(t.id, on), [&] { t.starred = on; });
    }
    if (role == NoteRole) {
        const QString note = value.toString().trimmed();
        if (note == t.note) return true;
        return writtenThrough(index, m_store->setNote(t.id, note), [&] { t.note = note; });
    }
    if (index.column() == Name && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        return writtenThrough(index, m_store->rename(t.id, name), [&] { t.name = name; });
    }
    return false;
}

bool TakeHistoryModel::writtenThrough(const QModelIndex& index, const Result<void>& written, const std::function<void()>& show) {
    if (!written.ok()) {
        m_lastError = errorText(written);
        emit errorOccurred(m_lastError);
        return false;
    }
    show();
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    return true;
}

QString TakeHistoryModel::reload() {
    auto list = m_store->takes();
    if (!list.ok()) {
        m_lastError = errorText(list);
        return m_lastError;
    }
    beginResetModel();
    m_takes = std::move(list).value();
    endResetModel();
    return {};
}

void TakeHistoryModel::prepend(const TakeRecord& take) {
    beginInsertRows({}, 0, 0);
    m_takes.prepend(take);
    endInsertRows();
}

const TakeRecord* TakeHistoryModel::takeAt(int row) const {
    return row >= 0 && row < m_takes.size() ? &m_takes[row] : nullptr;
}

int TakeHistoryModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_takes.size(); ++i)
        if (m_takes[i].id == id) return i;
    return -1;
}

const TakeRecord* TakeHistoryModel::takeById(qint64 id) const { return takeAt(rowOf(id)); }

QStringList TakeHistoryModel::presetNames() const {
    QStringList names;
    for (const TakeRecord& t : m_takes)
        if (!t.presetName.isEmpty() && !names.contains(t.presetName)) names << t.presetName;
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString TakeHistoryModel::removeTakes(const QList<qint64>& ids) {
    if (ids.isEmpty()) return {};
    m_lastError.clear();
    m_undo->push(new DeleteTakesCommand(this, ids));
    return m_lastError;
}

QString TakeHistoryModel::setTakesDeleted(const QList<qint64>& ids, bool deleted) {
    m_lastError.clear();
    for (qint64 id : ids) {
        auto r = deleted ? m_store->remove(id) : m_store->undelete(id);
        if (!r.ok()) m_lastError = errorText(r);
    }
    // The list comes back from the store, so an undone delete returns to its place.
    const QString error = reload();
    if (!error.isEmpty()) m_lastError = error;
    if (!m_lastError.isEmpty()) emit errorOccurred(m_lastError);
    return m_lastError;
}

TakeFilterProxy::TakeFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(Qt::EditRole);
}

void TakeFilterProxy::setSearchText(const QString& text) {
    m_search = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void TakeFilterProxy::setPresetFilter(const QString& preset) {
    m_preset = preset;
    invalidateFilter();
}

void TakeFilterProxy::setStarredOnly(bool on) {
    m_starredOnly = on;
    invalidateFilter();
}

void TakeFilterProxy::setNotedOnly(bool on) {
    m_notedOnly = on;
    invalidateFilter();
}

bool TakeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_starredOnly && !index.data(TakeHistoryModel::StarredRole).toBool()) return false;
    if (m_notedOnly && index.data(TakeHistoryModel::NoteRole).toString().isEmpty()) return false;
    if (!m_preset.isEmpty() && index.data(TakeHistoryModel::PresetRole).toString() != m_preset) return false;
    const QString haystack = index.data(TakeHistoryModel::SearchTextRole).toString();
    return std::all_of(m_words.begin(), m_words.end(),
                       [&](const QString& w) { return haystack.contains(w, Qt::CaseInsensitive); });
}

bool TakeFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    auto* model = qobject_cast<const TakeHistoryModel*>(sourceModel());
    const TakeRecord* a = model ? model->takeAt(left.row()) : nullptr;
    const TakeRecord* b = model ? model->takeAt(right.row()) : nullptr;
    if (!a || !b) return QSortFilterProxyModel::lessThan(left, right);
    switch (left.column()) {
    case TakeHistoryModel::Star: return a->starred < b->starred;
    case TakeHistoryModel::Seed: return a->seed < b->seed;
    case TakeHistoryModel::Length: return a->samples * std::max(b->sampleRate, 1) < b->samples * std::max(a->sampleRate, 1);
    // The time, then the number: a take restored from its folder may have a newer number than
    // takes made after it.
    case TakeHistoryModel::Created: return a->createdAt != b->createdAt ? a->createdAt < b->createdAt : a->id < b->id;
    default: return QString::localeAwareCompare(left.data(Qt::DisplayRole).toString(), right.data(Qt::DisplayRole).toString()) < 0;
    }
}

}  // namespace mars5::ui::takes
