#include "helpdialog.h"

#include "ui_helpdialog.h"

#include <QtCore/QFile>
#include <QtCore/QTimer>
#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QTextImageFormat>
#include <QtWidgets/QScrollBar>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextDocument>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTextBrowser>

using namespace Qt::StringLiterals;

// The guide is a resource of a static library: register it before the first use
// (Q_INIT_RESOURCE works only outside a namespace).
static void initGuideResource()
{
    Q_INIT_RESOURCE(userguide);
}

namespace Gui {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HelpDialog>())
{
    initGuideResource();
    m_ui->setupUi(this);
    setObjectName(u"helpDialog"_s);
    m_browser = m_ui->helpBrowser;
    m_browser->setSearchPaths({u":/help"_s});
    QFile guide(u":/help/user-guide.md"_s);
    if (guide.open(QIODevice::ReadOnly)) {
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
        // The screenshots at half size: the text is what the person came for.
        QTextCursor cursor(m_browser->document());
        for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.charFormat().isImageFormat())
                    continue;
                QTextImageFormat image = fragment.charFormat().toImageFormat();
                image.setWidth(470);
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                cursor.setCharFormat(image);
            }
        }
    } else
        m_browser->setPlainText(tr("The user guide is not part of this build."));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
}

HelpDialog::~HelpDialog() = default;

QString HelpDialog::guideText() const
{
    return m_browser->toPlainText();
}

bool HelpDialog::goToSection(const QString &section)
{
    QTextDocument *doc = m_browser->document();
    if (!section.isEmpty()) {
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() > 0 && block.text().trimmed().startsWith(section, Qt::CaseInsensitive)) {
                m_browser->setTextCursor(QTextCursor(block));
                // The heading at the top, once the dialog is shown and laid out.
                const int position = block.position();
                QTimer::singleShot(0, m_browser, [browser = m_browser, position] {
                    QTextDocument *d = browser->document();
                    const QRectF rect = d->documentLayout()->blockBoundingRect(d->findBlock(position));
                    browser->verticalScrollBar()->setValue(int(rect.top()));
                });
                return true;
            }
        }
    }
    m_browser->moveCursor(QTextCursor::Start);
    return false;
}

HelpDialog *HelpDialog::showSection(QWidget *parent, const QString &section)
{
    auto *dialog = parent ? parent->findChild<HelpDialog *>(u"helpDialog"_s, Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        dialog = new HelpDialog(parent);
        dialog->setWindowFlag(Qt::Window);
    }
    dialog->goToSection(section);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace Gui
