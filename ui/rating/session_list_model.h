// The sessions in the rating database as a table model: name, rater, progress, created.
#pragma once

#include "rating/rating_store.h"

#include <QAbstractTableModel>

namespace mars5::ui::rating {

class SessionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Rater, Progress, Source, Created, ColumnCount };

    explicit SessionListModel(RatingStore* store, QObject* parent = nullptr);

    // Re-reads the list; returns the error text ("" when fine).
    QString reload();
    const SessionInfo* sessionAt(int row) const;
    int rowOf(qint64 sessionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    RatingStore* m_store;
    QList<SessionInfo> m_sessions;
};

}  // namespace mars5::ui::rating
