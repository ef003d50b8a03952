#include "util/wrapped_text_height.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLayout>
#include <QPointer>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace mars5::ui {

namespace {

class WrappedTextHeightGuard : public QObject {
public:
    explicit WrappedTextHeightGuard(QWidget* window) : QObject(window), m_window(window) {
        window->installEventFilter(this);
        schedule();
    }

    bool eventFilter(QObject* watched, QEvent* event) override {
        // A text change arrives as a layout request, a narrower window as a resize. The check
        // waits until the layout has settled, and runs once for a burst of events.
        if (watched == m_window && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize ||
                                    event->type() == QEvent::Show))
            schedule();
        return false;
    }

private:
    void schedule() {
        if (m_pending) return;
        m_pending = true;
        QMetaObject::invokeMethod(this, [this] { fit(); }, Qt::QueuedConnection);
    }

    void fit() {
        m_pending = false;
        QLayout* layout = m_window ? m_window->layout() : nullptr;
        if (!layout || !layout->hasHeightForWidth()) return;
        int needed = layout->totalMinimumHeightForWidth(m_window->width());
        if (const QScreen* screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen())
            needed = std::min(needed, screen->availableGeometry().height());
        // Only the minimum follows the text; a window taller than needed stays as the user made it.
        if (needed != m_window->minimumHeight()) m_window->setMinimumHeight(needed);
    }

    QPointer<QWidget> m_window;
    bool m_pending = false;
};

}  // namespace

void keepWrappedTextWhole(QWidget* window) { new WrappedTextHeightGuard(window); }

}  // namespace mars5::ui
