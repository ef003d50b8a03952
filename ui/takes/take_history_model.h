// The take history as Qt models: TakeHistoryModel (one row per take, newest first, over a
// TakeStore) and TakeFilterProxy (search, preset, star and note filters, sorting). Renaming
// (edit the Name cell), starring (the star cell's check state) and the note (NoteRole on
// any cell of the row) write through to the store at once; delete hides the take and can be undone (an undo stack of the model's).
#pragma once

#include "takes/take_store.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <functional>

class QMimeData;
class QUndoStack;

namespace mars5::ui::takes {

class TakeHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Star, Name, Text, Preset, Seed, Length, Created, ColumnCount };
    enum Role { TakeIdRole = Qt::UserRole + 1, SearchTextRole, PresetRole, StarredRole, NoteRole };

    explicit TakeHistoryModel(TakeStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Rows dragged out of the view: `makeData` gives what the drag carries for these takes
    // (their files), or nullptr to refuse the drag (it says why itself). Without it rows do
    // not drag.
    using DragData = std::function<QMimeData*(const QList<qint64>& ids)>;
    void setDragData(DragData makeData) { m_dragData = std::move(makeData); }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    // Re-reads the store (an error leaves the list as it was and is returned in plain words).
    QString reload();
    // A new take from the store (at the top).
    void prepend(const TakeRecord& take);
    const TakeRecord* takeAt(int row) const;
    const TakeRecord* takeById(qint64 id) const;
    int rowOf(qint64 id) const;
    QStringList presetNames() const;  // distinct, sorted

    // Deletes these takes as one undoable step. Empty on success, else why not.
    QString removeTakes(const QList<qint64>& ids);
    QUndoStack* undoStack() const { return m_undo; }
    QString lastError() const { return m_lastError; }

    // Used by the undo command.
    QString setTakesDeleted(const QList<qint64>& ids, bool deleted);

signals:
    void errorOccurred(const QString& message);

private:
    // The store's answer to a change of the take at `index`: written, the row shows it (`show`
    // updates the kept record) and says so; refused, the row stays and errorOccurred says why.
    bool writtenThrough(const QModelIndex& index, const Result<void>& written, const std::function<void()>& show);

    TakeStore* m_store;
    QList<TakeRecord> m_takes;
    QUndoStack* m_undo;
    QString m_lastError;
    DragData m_dragData;
};

class TakeFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TakeFilterProxy(QObject* parent = nullptr);
    void setSearchText(const QString& text);   // words that must all appear in name, note, text or transcript
    void setPresetFilter(const QString& preset);  // "" = every preset
    void setStarredOnly(bool on);
    void setNotedOnly(bool on);  // the takes with a note
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search;
    QStringList m_words;
    QString m_preset;
    bool m_starredOnly = false;
    bool m_notedOnly = false;
};

}  // namespace mars5::ui::takes
