#include "reviewpage.h"

#include "cutoverchecklistwidget.h"
#include "environmentbadge.h"
#include "statuscolors.h"
#include "importwizard.h"
#include "passwordcheckdialog.h"
#include "settingspage.h"
#include "ui_reviewpage.h"

#include <engine/import/enginecontroller.h>
#include <model/field.h>

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
    m_engine = new Engine::EngineController(this);
    connect(m_engine, &Engine::EngineController::finished, this, &ReviewPage::onDryRunFinished);
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

QString ReviewPage::dryRunActionText(const Engine::JobResult &dryRun, const QString &environment)
{
    const Store::JobCounters &c = dryRun.counters;
    const int created = int(std::min<qint64>(c.created, std::numeric_limits<int>::max()));
    const int memberships = int(std::min<qint64>(c.membershipsAdded, std::numeric_limits<int>::max()));
    if (c.created > 0 && c.existed == 0)
        return actionText(c.created, environment);
    const bool production = environment == u"production"_s;
    const bool rehearsal = environment == u"rehearsal"_s;
    if (c.created > 0) {
        if (production)
            //: The Review page's commit button when some users of the file exist already
            return tr("Import %Ln new users into Production", nullptr, created);
        if (rehearsal)
            return tr("Rehearse with %Ln new users", nullptr, created);
        return tr("Import %Ln new users into Staging", nullptr, created);
    }
    if (c.membershipsAdded > 0) {
        if (production)
            //: The Review page's commit button when every user exists and only memberships are added
            return tr("Add %Ln memberships in Production", nullptr, memberships);
        if (rehearsal)
            return tr("Rehearse adding %Ln memberships", nullptr, memberships);
        return tr("Add %Ln memberships in Staging", nullptr, memberships);
    }
    if (dryRun.usersToUpdate > 0) {
        const int updated = int(std::min<qint64>(dryRun.usersToUpdate, std::numeric_limits<int>::max()));
        if (production)
            //: The Review page's commit button when the only writes are updates of existing users
            return tr("Update %Ln users in Production", nullptr, updated);
        if (rehearsal)
            return tr("Rehearse updating %Ln users", nullptr, updated);
        return tr("Update %Ln users in Staging", nullptr, updated);
    }
    if (dryRun.orgsToCreate > 0)
        return tr("Create %Ln organizations", nullptr, int(dryRun.orgsToCreate));
    if (c.existed > 0)
        //: The Review page's commit button when every user and membership exists already: the job
        //: runs (and records them), but writes nothing
        return tr("Go on: nothing new to write");
    //: The Review page's commit button when the dry run found nothing to write (it is disabled)
    return tr("Nothing to import");
}

bool ReviewPage::dryRunWritesSomething(const Engine::JobResult &dryRun)
{
    // Users that exist already are work too: the job records them (verify and a later undo know
    // them). Only a file whose every row would be skipped offers nothing.
    return dryRun.counters.created > 0 || dryRun.counters.membershipsAdded > 0 || dryRun.orgsToCreate > 0
        || dryRun.counters.existed > 0;
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
    // The dry run: what the import would do with each row, with reads only, in the engine's
    // thread. The button waits for it.
    m_dryRun = {};
    m_dryRunDone = false;
    m_dryRunProblem.clear();
    if (m_engine->isRunning())
        m_engine->cancel();
    Engine::RunRequest request;
    request.kind = Engine::RunRequest::Kind::New;
    request.dryRun = true;
    request.settings = w->settings();
    request.skipUnresolvedOrgs = w->skipUnresolvedOrgs;
    m_checking = w->keyVerified && m_engine->start(w->storePath(), w->apiKey, request);
    if (!m_checking && w->keyVerified)
        m_dryRunProblem = tr("The check could not start. Go back one page and press Next to try again.");
    m_confirmCheck->setChecked(false);
    showSummary();
    w->reviewed = false;
    // Focus on the summary, never on the button: a keyboard user reads, then Tabs to it.
    QTimer::singleShot(0, m_summary, [this] { m_summary->setFocus(Qt::OtherFocusReason); });
}

void ReviewPage::showDryRun(const Engine::JobResult &result)
{
    if (m_engine->isRunning())
        m_engine->cancel();
    onDryRunFinished(result);
    showSummary();
}

void ReviewPage::onDryRunFinished(const Engine::JobResult &result)
{
    m_checking = false;
    m_dryRun = result;
    m_dryRunDone = result.dryRun;
    if (!result.dryRun)
        m_dryRunProblem = tr("The check with WorkOS could not finish: %1 Nothing was written. Go back one page and "
                             "press Next to check again.").arg(result.message);
    if (isVisible() || (wizard() && wizard()->currentPage() == this))
        showSummary();
    Q_EMIT completeChanged();
    Q_EMIT checkFinished();
}

void ReviewPage::showSummary()
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
    const Store::JobCounters &d = m_dryRun.counters;
    if (m_checking) {
        row(tr("Checking"), tr("Looking up each row's user and organization in WorkOS (reads only)…").toHtmlEscaped());
    } else if (!m_dryRunProblem.isEmpty()) {
        row(tr("Check"), u"<span style='color:%1'>%2</span>"_s.arg(
                             StatusColors::forPalette(StatusColors::Tone::Error, palette()).name(),
                             m_dryRunProblem.toHtmlEscaped()));
    }
    if (!w->catchUpOf.isEmpty()) {
        QString caughtUp = tr("“%1” (job %2): its users are recognised, not created again")
                               .arg(w->catchUpName, w->catchUpOf).toHtmlEscaped();
        // A catch-up continues an import into the same environment: say so when it does not.
        if (!w->catchUpEnvironment.isEmpty() && !w->environment.isEmpty() && w->catchUpEnvironment != w->environment)
            caughtUp += u"<br><span style='color:%1'>%2</span>"_s.arg(
                StatusColors::forPalette(StatusColors::Tone::Error, palette()).name(),
                tr("That import went to %1; this one goes to %2.")
                    .arg(ImportWizard::environmentTitle(w->catchUpEnvironment),
                         ImportWizard::environmentTitle(w->environment))
                    .toHtmlEscaped());
        row(tr("Catch-up of"), caughtUp);
    }
    if (settings.updateExisting) {
        row(tr("Users that already exist"),
            tr("Updated where the file differs (first and last name, email verified, metadata, external id); undo "
               "puts the previous values back").toHtmlEscaped());
        if (settings.replaceExistingPasswords)
            row(tr("Their passwords"), u"<span style='color:%1'>%2</span>"_s.arg(
                                           StatusColors::forPalette(StatusColors::Tone::Error, palette()).name(),
                                           tr("Replaced with the file's. This cannot be undone.").toHtmlEscaped()));
    }
    if (m_dryRunDone) {
        // The dry run's numbers, row by row (issue 22.4); with updates (a catch-up), the four
        // counts of the cutover before anything is written: new, to update, unchanged, gone.
        row(tr("Users to create"), locale.toString(d.created));
        const bool split = settings.updateExisting && m_dryRun.usersToUpdate + m_dryRun.usersUnchanged == d.existed;
        if (settings.updateExisting) {
            row(tr("Users to update"), tr("%1 — only the fields that changed are sent")
                                           .arg(locale.toString(m_dryRun.usersToUpdate)).toHtmlEscaped());
            row(tr("Users unchanged"), tr("%1 — nothing is sent for them").arg(locale.toString(m_dryRun.usersUnchanged))
                                           .toHtmlEscaped());
        }
        if (d.existed > 0 && !split)
            row(tr("Users already in WorkOS"), tr("%1 — not created again; their memberships are added")
                                                   .arg(locale.toString(d.existed)).toHtmlEscaped());
        if (!w->catchUpOf.isEmpty()) {
            QString missing = tr("%Ln users from the earlier import are not in this file. They are listed here, not "
                                 "deleted.", nullptr, int(std::min<qint64>(m_dryRun.earlierUsersMissing,
                                                                           std::numeric_limits<int>::max())))
                                  .toHtmlEscaped();
            if (!m_dryRun.earlierUsersMissingSample.isEmpty()) {
                QStringList sample = m_dryRun.earlierUsersMissingSample;
                const qint64 more = m_dryRun.earlierUsersMissing - sample.size();
                for (QString &email : sample)
                    email = email.toHtmlEscaped();
                missing += u"<br><span style='font-weight:normal'>"_s + sample.join(u", "_s);
                if (more > 0)
                    missing += u" "_s + tr("and %1 more").arg(locale.toString(more)).toHtmlEscaped();
                missing += u"</span>"_s;
            }
            row(tr("Not in this file"), missing);
        }
        memberships = d.membershipsAdded;
        if (d.membershipExisted > 0)
            row(tr("Memberships already there"), locale.toString(d.membershipExisted));
    } else {
        row(tr("Users to import"), locale.toString(users));
    }
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
    if (m_dryRunDone && d.failed > 0)
        row(tr("Rows that would fail"), tr("%1 — %2").arg(locale.toString(d.failed), m_dryRun.message).toHtmlEscaped());
    // Every column that will not be imported, by name (issue 22.1).
    QStringList notImported;
    for (const QString &h : std::as_const(w->inspection.header))
        if (!Model::fieldFromName(h) && !w->mapping.fieldFor(h)
            && !(w->mapping.orgNameIsExternalId() && h == w->mapping.headerFor(Model::Field::OrgName)))
            notImported.append(h);
    if (!notImported.isEmpty())
        row(tr("Columns not imported"), notImported.join(u", "_s).toHtmlEscaped());
    if (s.duplicates > 0)
        row(tr("Repeated rows"), tr("%1, imported once").arg(locale.toString(s.duplicates)).toHtmlEscaped());
    if (s.passwordFates.total() > 0) // issue 19, "Counted everywhere": kept, converted, reset needed
        row(tr("Passwords"), s.passwordFates.text().toHtmlEscaped());
    row(tr("How long"),
        SettingsPage::durationText(SettingsPage::planEstimate(*w, settings), settings.rateLimits).toHtmlEscaped());
    row(tr("Parallel connections"), QString::number(settings.workers));
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
    m_confirmCheck->setText(tr("I want to write %Ln real users into my Production environment", nullptr,
                               int(std::min<qint64>(users, std::numeric_limits<int>::max()))));
    setButtonText(QWizard::CommitButton,
                  u"&"_s + (m_dryRunDone ? dryRunActionText(m_dryRun, w->environment) : actionText(users, w->environment)));
}

bool ReviewPage::isComplete() const
{
    ImportWizard *w = importWizardOf(this);
    if (!w || !w->keyVerified || w->inspection.summary.distinctEmails <= 0)
        return false;
    // The button names what the dry run found; nothing to write is nothing to start.
    if (m_checking || !m_dryRunDone || !dryRunWritesSomething(m_dryRun))
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
