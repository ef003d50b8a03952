#include "rating/session_list_model.h"

#include "util/notice_text.h"

#include <QLocale>

namespace mars5::ui::rating {

SessionListModel::SessionListModel(RatingStore* store, QObject* parent) : QAbstractTableModel(parent), m_store(store) {}

QString SessionListModel::reload() {
    beginResetModel();
    auto list = m_store->isOpen() ? m_store->sessions() : Result<QList<SessionInfo>>(QList<SessionInfo>{});
    m_sessions = list.ok() ? list.value() : QList<SessionInfo>{};
    endResetModel();
    return list.ok() ? QString() : errorText(list);
}

const SessionInfo* SessionListModel::sessionAt(int row) const {
    return row >= 0 && row < m_sessions.size() ? &m_sessions[row] : nullptr;
}

int SessionListModel::rowOf(qint64 sessionId) const {
    for (int i = 0; i < m_sessions.size(); ++i)
        if (m_sessions[i].id == sessionId) return i;
    return -1;
}

int SessionListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_sessions.size()); }
int SessionListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SessionListModel::data(const QModelIndex& index, int role) const {
    const SessionInfo* s = sessionAt(index.row());
    if (!s) return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return s->name;
        case Rater: return s->rater;
        case Progress: return tr("%L1 / %L2").arg(s->judgedCount).arg(s->trialCount);
        case Source: return s->sourceKind;
        // The day only: the list stays narrow enough for the statistics beside it at 1280
        // pixels. The tooltip has the time.
        case Created: return s->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("%1\nseed %2 · loudness matched to %3 LUFS\ncreated %4")
            .arg(s->sourceDescription)
            .arg(s->seed)
            .arg(s->loudnessTarget)
            .arg(s->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    } else if (role == Qt::UserRole) {
        return s->id;
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Name: return tr("Session");
    case Rater: return tr("Rater");
    case Progress: return tr("Judged");
    case Source: return tr("Source");
    case Created: return tr("Created");
    }
    return {};
}

}  // namespace mars5::ui::rating
