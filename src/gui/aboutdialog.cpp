#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QAction>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMenuBar>

using namespace Qt::StringLiterals;

namespace Gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_text = m_ui->aboutText;
    setObjectName(u"aboutDialog"_s);
    m_ui->iconLabel->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    m_text->setText(
        u"<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p><p>%5</p>"_s
            .arg(tr("WorkOS Migration Wizard").toHtmlEscaped(),
                 tr("Version %1").arg(QStringLiteral(WIZARD_VERSION)).toHtmlEscaped(),
                 tr("Moves users, their password hashes, organizations and memberships into WorkOS from a CSV file or another provider's export (Auth0, Firebase, Clerk, Supabase, Cognito, Okta).")
                     .toHtmlEscaped(),
                 tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                     .toHtmlEscaped(),
                 tr("Released under the MIT licence. The same engine runs from a terminal as workos-import "
                    "(see: man workos-import).")
                     .toHtmlEscaped()));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

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
