#include "reviewpage.h"

#include "environmentbadge.h"
#include "importwizard.h"
#include "settingspage.h"

#include <QtCore/QDir>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

ReviewPage::ReviewPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Review and start"));
    setSubTitle(tr("Nothing has been written yet. Check what will happen; the import starts only with the button below."));
    setProperty("helpSection", u"6. Review"_s);
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EnvironmentBadge(this));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    m_confirmCheck = new QCheckBox(this);
    m_confirmCheck->setObjectName(u"confirmProductionCheck"_s);
    m_confirmCheck->setStyleSheet(u"QCheckBox { font-weight: bold; color: #b3261e; }"_s);
    layout->addWidget(m_confirmCheck);
    connect(m_confirmCheck, &QCheckBox::toggled, this, &ReviewPage::completeChanged);
}

QString ReviewPage::actionText(qint64 users, const QString &environment)
{
    const QString count = QLocale().toString(users);
    if (environment == u"production"_s)
        return users == 1 ? tr("Import 1 user into Production") : tr("Import %1 users into Production").arg(count);
    if (environment == u"rehearsal"_s)
        return users == 1 ? tr("Rehearse with 1 user") : tr("Rehearse with %1 users").arg(count);
    return users == 1 ? tr("Import 1 user into Staging") : tr("Import %1 users into Staging").arg(count);
}

QString ReviewPage::summaryText() const
{
    return m_summary->text();
}

void ReviewPage::initializePage()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    const QLocale locale;
    const Model::ValidationSummary &s = w->inspection.summary;
    const OrgCheckResult &o = w->orgCheck;
    const bool production = w->environment == u"production"_s;
    const qint64 users = s.distinctEmails;
    qint64 memberships = w->singleOrg.isEmpty() ? s.memberships : s.distinctEmails;
    const Engine::JobSettings settings = w->settings();

    QString html = u"<table cellspacing='6'>"_s;
    auto row = [&](const QString &label, const QString &value) {
        html += u"<tr><td valign='top'>%1</td><td><b>%2</b></td></tr>"_s.arg(label.toHtmlEscaped(), value);
    };
    QString where = ImportWizard::environmentTitle(w->environment).toHtmlEscaped();
    if (production)
        where = u"<span style='color:#b3261e'>%1</span>"_s.arg(where);
    if (!w->keyHint().isEmpty())
        where += u" "_s + tr("(key ending %1)").arg(w->keyHint()).toHtmlEscaped();
    row(tr("Where"), where);
    if (w->environment != u"rehearsal"_s)
        row(tr("API address"), w->apiUrl.toString().toHtmlEscaped());
    row(tr("File"), QDir::toNativeSeparators(w->inspection.path).toHtmlEscaped());
    row(tr("Users to import"), locale.toString(users));
    if (!w->singleOrg.isEmpty())
        row(tr("Organization for everyone"),
            (w->singleOrg.id.isEmpty() ? w->singleOrg.externalId : w->singleOrg.id).toHtmlEscaped());
    row(tr("Memberships to add"), locale.toString(memberships));
    if (s.distinctOrganizations > 0 || !w->singleOrg.isEmpty()) {
        row(tr("Organizations that exist"), locale.toString(o.existed));
        row(tr("Organizations to create"), locale.toString(o.toCreate));
        if (o.missing > 0)
            row(tr("Organizations not found"),
                tr("%1 — their %2 rows are skipped and listed in the error report")
                    .arg(locale.toString(o.missing), locale.toString(o.rowsOfMissing)).toHtmlEscaped());
    }
    if (!o.unknownRoles.isEmpty())
        row(tr("Unknown roles"), tr("%1 — %2 memberships will fail")
                                     .arg(o.unknownRoles.join(u", "_s), locale.toString(o.rowsWithUnknownRoles))
                                     .toHtmlEscaped());
    if (s.invalid > 0)
        row(tr("Rows skipped"), tr("%1 rows with problems (see the Columns page)").arg(locale.toString(s.invalid)).toHtmlEscaped());
    if (s.duplicates > 0)
        row(tr("Repeated rows"), tr("%1, imported once").arg(locale.toString(s.duplicates)).toHtmlEscaped());
    row(tr("How long"),
        SettingsPage::durationText(SettingsPage::planEstimate(*w, settings), settings.rateLimits).toHtmlEscaped());
    row(tr("Parallel workers"), QString::number(settings.workers));
    html += u"</table><p>"_s;
    html += tr("The import can be paused, stopped and resumed from the job list; no user is ever created twice.").toHtmlEscaped();
    html += u"</p>"_s;
    m_summary->setText(html);

    m_confirmCheck->setVisible(production);
    m_confirmCheck->setChecked(false);
    m_confirmCheck->setText(tr("I want to write %1 real users into my Production environment")
                                .arg(locale.toString(users)));
    setButtonText(QWizard::CommitButton, u"&"_s + actionText(users, w->environment));
    w->reviewed = false;
    // Focus on the summary, never on the button: a keyboard user reads, then Tabs to it.
    QTimer::singleShot(0, m_summary, [this] { m_summary->setFocus(Qt::OtherFocusReason); });
}

bool ReviewPage::isComplete() const
{
    ImportWizard *w = importWizardOf(this);
    if (!w || !w->keyVerified || w->inspection.summary.distinctEmails <= 0)
        return false;
    if (w->environment == u"production"_s && !m_confirmCheck->isChecked())
        return false;
    return true;
}

bool ReviewPage::validatePage()
{
    ImportWizard *w = importWizardOf(this);
    if (!w || !isComplete())
        return false;
    w->runRequest = {};
    w->runRequest.kind = Engine::RunRequest::Kind::New;
    w->runRequest.settings = w->settings();
    w->reviewed = true;
    return true;
}

int ReviewPage::nextId() const
{
    return ImportWizard::RunPageId;
}

} // namespace Gui
