#include "environmentbadge.h"

#include "importwizard.h"

#include <QtGui/QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace Gui {

EnvironmentBadge::EnvironmentBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"environmentBadge"_s);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAccessibleDescription(tr("Where this import writes"));
}

void EnvironmentBadge::setEnvironment(const QString &environment)
{
    m_environment = environment;
    QString text;
    QString style;
    // Fixed colours on purpose: the badge brings its own background, and white on each of
    // these is at least 6:1 (tst_accessibility checks it under a light and a dark palette).
    if (environment == u"production"_s) {
        text = tr("<b>Production</b> — this import writes to your live WorkOS environment.");
        style = u"background:#b3261e;color:white;"_s;
    } else if (environment == u"staging"_s) {
        text = tr("<b>Staging</b> — a test environment: your live users are not touched.");
        style = u"background:#1a5fb4;color:white;"_s;
    } else if (environment == u"rehearsal"_s) {
        text = tr("<b>Rehearsal</b> — a local sandbox on this computer: nothing reaches WorkOS.");
        style = u"background:#5e5c64;color:white;"_s;
    }
    setText(text);
    // Its words are its name (a label's accessible name replaces its text for screen readers).
    setAccessibleName(QTextDocumentFragment::fromHtml(text).toPlainText());
    setStyleSheet(u"QLabel { %1 padding: 4px 8px; border-radius: 4px; }"_s.arg(style));
    setVisible(!text.isEmpty());
}

void EnvironmentBadge::showEvent(QShowEvent *event)
{
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *wizard = qobject_cast<ImportWizard *>(w)) {
            if (wizard->environment != m_environment)
                setEnvironment(wizard->environment);
            break;
        }
    }
    QLabel::showEvent(event);
}

} // namespace Gui
