#include "aboutdialog.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QAction>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent), m_text(new QLabel(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About WorkOS Migration Wizard"));
    auto *layout = new QVBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    m_text->setObjectName(u"aboutText"_s);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setText(
        u"<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p><p>%5</p>"_s
            .arg(tr("WorkOS Migration Wizard").toHtmlEscaped(),
                 tr("Version %1").arg(QStringLiteral(WIZARD_VERSION)).toHtmlEscaped(),
                 tr("Moves users, their password hashes, organizations and memberships from a CSV file into WorkOS.")
                     .toHtmlEscaped(),
                 tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                     .toHtmlEscaped(),
                 tr("Released under the MIT licence. The same engine runs from a terminal as workos-import "
                    "(see: man workos-import).")
                     .toHtmlEscaped()));
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_text->text();
}

QAction *addHelpMenu(QMainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(AboutDialog::tr("&Help"));
    QAction *about = help->addAction(AboutDialog::tr("&About WorkOS Migration Wizard"));
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window, [window] {
        auto *dialog = new AboutDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return about;
}

} // namespace Gui
