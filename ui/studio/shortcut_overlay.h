// The keyboard help overlay (F1): a card over the window listing every shortcut, built
// from the window's actions so it cannot drift from what the keys really do. Any key or
// click closes it.
#pragma once

#include <QList>
#include <QRect>
#include <QWidget>

#include <vector>

class QAction;
class QKeyEvent;
class QMouseEvent;
class QPaintEvent;

namespace mars5::ui {

class ShortcutOverlay : public QWidget {
    Q_OBJECT
public:
    explicit ShortcutOverlay(QWidget* parent);

    // Sections of (action) rows; an action's text and shortcut(s) are shown.
    void setSections(const QList<QPair<QString, QList<QAction*>>>& sections);
    void showOver();
    QStringList rows() const;  // "Synthesize\tCtrl+Return", for tests

    // Where everything goes at the current size: the card, and per section its title and its
    // rows (in rows() order). Sections stay in order, split into two columns where the taller
    // column is shortest; the card is as tall as that column.
    struct Layout {
        QRect card;
        std::vector<QRect> titles;
        std::vector<QRect> rows;
    };
    Layout layout() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<QPair<QString, QList<QPair<QString, QString>>>> m_sections;
};

}  // namespace mars5::ui
