#include "reviewpage.h"

#include "cutoverchecklistwidget.h"
#include "environmentbadge.h"
#include "statuscolors.h"
#include "importwizard.h"
#include "passwordcheckdialog.h"
#include "settingspage.h"
#include "ui_reviewpage.h"

#include <QtCore/QDir>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

#include <limits>

using namespace Qt::StringLiterals;

namespace Gui {

ReviewPage::ReviewPage(QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ReviewPage>())
{
    m_ui->setupUi(this); // layout, title, tab order and accessible names: ui/reviewpage.ui
    m_summary = m_ui->reviewSummary;
    m_confirmCheck = m_ui->confirmProductionCheck;
    setProperty("helpSection", u"6. Review"_s);
    setCommitPage(true);
    connect(m_confirmCheck, &QCheckBox::toggled, this, &ReviewPage::completeChanged);
    // The cutover checklist of a production import (cutoverchecklistwidget.h), read after the summary.
    auto *checklist = new CutoverChecklistWidget(m_ui->summaryContents);
    m_ui->summaryLayout->addWidget(checklist);
    QWidget *before = m_summary;
    for (QWidget *next : checklist->focusOrder())
        QWidget::setTabOrder(std::exchange(before, next), next);
    auto *passwordButton = new QPushButton(tr("Check a &known password…"), this);
    passwordButton->setObjectName(u"checkPasswordButton"_s);
    m_ui->pageLayout->addWidget(passwordButton, 0, Qt::AlignLeft);
    connect(passwordButton, &QPushButton::clicked, this, &ReviewPage::checkKnownPassword);
}

void ReviewPage::checkKnownPassword()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    const Engine::JobSettings settings = w->settings();
    Engine::KnownPasswordRequest request;
    request.csvPath = settings.csvPath;
    request.mapping = settings.mapping;
    request.singleOrg = settings.singleOrg;
    request.source = settings.source; // checked as converted from the export, as the import sends it
    auto *dialog = new PasswordCheckDialog(request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEmail(w->property("knownPasswordEmail").toString());
    // The Finish page offers to sign in as the account checked here (its email only).
    connect(dialog, &PasswordCheckDialog::checked, w, [w, file = settings.csvPath](bool ok, const QString &email) {
        w->setProperty("knownPasswordEmail", email);
        w->setProperty("knownPasswordMatched", ok ? file : QString()); // the Finish page records it with this file's job
    });
    dialog->open();
}

ReviewPage::~ReviewPage() = default;

QString ReviewPage::actionText(qint64 users, const QString &environment)
{
    // %Ln: the count in the UI language's digits, with the plural form the language needs.
    const int n = int(std::min<qint64>(users, std::numeric_limits<int>::max()));
    if (environment == u"production"_s)
        //: The Review page's commit button; "Production" is the WorkOS environment's name
        return tr("Import %Ln users into Production", nullptr, n);
    if (environment == u"rehearsal"_s)
        //: The Review page's commit button for a rehearsal in a local sandbox
        return tr("Rehearse with %Ln users", nullptr, n);
    //: The Review page's commit button; "Staging" is the WorkOS environment's name
    return tr("Import %Ln users into Staging", nullptr, n);
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
        where = u"<span style='color:%1'>%2</span>"_s.arg(StatusColors::forPalette(StatusColors::Tone::Error, palette()).name(), where);
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
                tr("%1 — their %Ln rows are skipped and listed in the error report", nullptr, int(o.rowsOfMissing))
                    .arg(locale.toString(o.missing)).toHtmlEscaped());
    }
    if (!o.rolesToCreate.isEmpty())
        row(tr("Roles to create first"), o.rolesToCreate.join(u", "_s).toHtmlEscaped());
    if (!o.unknownRoles.isEmpty() && o.rolesToCreate.isEmpty())
        row(tr("Unknown roles"), tr("%1 — %Ln memberships will fail", nullptr, int(o.rowsWithUnknownRoles))
                                     .arg(o.unknownRoles.join(u", "_s))
                                     .toHtmlEscaped());
    if (s.invalid > 0)
        row(tr("Rows skipped"), tr("%Ln rows with problems (see the Columns page)", nullptr, int(s.invalid)).toHtmlEscaped());
    if (s.duplicates > 0)
        row(tr("Repeated rows"), tr("%1, imported once").arg(locale.toString(s.duplicates)).toHtmlEscaped());
    if (s.passwordFates.total() > 0) // issue 19, "Counted everywhere": kept, converted, reset needed
        row(tr("Passwords"), s.passwordFates.text().toHtmlEscaped());
    row(tr("How long"),
        SettingsPage::durationText(SettingsPage::planEstimate(*w, settings), settings.rateLimits).toHtmlEscaped());
    row(tr("Parallel workers"), QString::number(settings.workers));
    html += u"</table><p>"_s;
    html += tr("The import can be paused, stopped and resumed from the job list; no user is ever created twice.").toHtmlEscaped();
    html += u"</p>"_s;
    m_summary->setText(html);
    if (auto *checklist = findChild<CutoverChecklistWidget *>()) {
        checklist->reset();
        checklist->setVisible(production);
    }

    // Red that stays readable on a light or a dark desktop (no fixed colour).
    QPalette alert = m_confirmCheck->palette();
    alert.setColor(QPalette::WindowText, StatusColors::forPalette(StatusColors::Tone::Error, palette()));
    m_confirmCheck->setPalette(alert);
    m_confirmCheck->setVisible(production);
    m_confirmCheck->setChecked(false);
    m_confirmCheck->setText(tr("I want to write %Ln real users into my Production environment", nullptr,
                               int(std::min<qint64>(users, std::numeric_limits<int>::max()))));
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
