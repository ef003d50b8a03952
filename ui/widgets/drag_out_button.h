// A button that can also be pulled out: dragged past the start distance, it carries what its
// source gives (a take's files) to wherever it is dropped (a folder, a DAW); clicked, it is an
// ordinary button (the studio copies the same files then). An open hand over it says so.
#pragma once

#include <QPoint>
#include <QToolButton>

#include <functional>

class QMimeData;

namespace mars5::ui {

class DragOutButton : public QToolButton {
    Q_OBJECT
public:
    // What a drag carries, made when the drag starts; nullptr refuses the drag (the source says
    // why itself).
    using Source = std::function<QMimeData*()>;

    explicit DragOutButton(QWidget* parent = nullptr);
    void setSource(Source source) { m_source = std::move(source); }

signals:
    // Before the drag's own loop runs, with what it carries (for tests: the drop target is the user's).
    void dragStarted(const QMimeData* data);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    Source m_source;
    QPoint m_pressedAt;
    bool m_pressed = false;
    // This press became a drag, or tried to: the rest of it is not a click, even if the
    // drag was refused and the mouse comes back over the button.
    bool m_dragTried = false;
};

}  // namespace mars5::ui
