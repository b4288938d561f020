#include "organizationspage.h"

#include "importwizard.h"

#include <api/ratelimiter.h>
#include <api/workosclient.h>

#include <QCoro/QCoroTask>

#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// Everything the check needs outlives the page's interest in it: the task owns it.
struct OrgCheck {
    std::unique_ptr<Api::WorkOsClient> client;
    Engine::OrgDirectory directory;
    std::shared_ptr<std::atomic_bool> stop;
};

QCoro::Task<void> runOrgCheck(std::shared_ptr<OrgCheck> check, QList<Model::OrgRef> orgs,
                              QPointer<OrganizationsPage> page)
{
    Engine::PreWarmer warmer(check->client.get(), &check->directory, true, check->stop.get());
    // A named callback: GCC 12 destroys a temporary passed to a coroutine parameter twice
    // (GCC bug 99576), and this one holds a QPointer.
    std::function<void(const Engine::OrgState &)> onResolved = [page](const Engine::OrgState &s) {
        if (page)
            page->onResolved(s);
    };
    const Engine::PrewarmResult result = co_await warmer.run(orgs, 8, std::move(onResolved));
    // QCoro 0.8 resumes inside QNetworkReply::finished: let the client go later.
    check->client.release()->deleteLater();
    if (page)
        page->onCheckDone(result);
}

} // namespace

OrganizationsPage::OrganizationsPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Organizations"));
    setSubTitle(tr("Every organization the file names, looked up in WorkOS (reads only). Missing ones are created "
                   "when the import starts, before any user is sent."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Start import"));
    auto *layout = new QVBoxLayout(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"orgSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Organization"), tr("Id / external id"), tr("What will happen")});
    m_view = new QTableView(this);
    m_view->setObjectName(u"orgView"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
}

OrganizationsPage::~OrganizationsPage()
{
    stopCheck();
}

void OrganizationsPage::stopCheck()
{
    if (m_stop)
        *m_stop = true;
    m_checking = false;
}

void OrganizationsPage::initializePage()
{
    stopCheck();
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    QList<Model::OrgRef> orgs = w->inspection.organizations;
    if (!w->singleOrg.isEmpty())
        orgs = {w->singleOrg};
    m_model->removeRows(0, m_model->rowCount());
    m_rowOfKey.clear();
    QHash<QString, QStringList> sameName;
    for (const auto &[name, ids] : std::as_const(w->inspection.sameNameOrganizations))
        sameName.insert(name.trimmed().toCaseFolded(), ids);
    for (const Model::OrgRef &o : std::as_const(orgs)) {
        auto *name = new QStandardItem(o.name.isEmpty() ? tr("(no name in the file)") : o.name);
        auto *id = new QStandardItem(o.id.isEmpty() ? tr("external id %1").arg(o.externalId) : o.id);
        auto *outcome = new QStandardItem(tr("checking…"));
        const auto same = sameName.constFind(o.name.trimmed().toCaseFolded());
        if (!o.name.isEmpty() && same != sameName.constEnd()) {
            name->setText(tr("%1 ⚠").arg(o.name));
            name->setToolTip(tr("The same name is used with different external ids (%1): these become separate "
                                "organizations. Check that this is meant.").arg(same->join(u", "_s)));
            name->setForeground(QColor(0xa0, 0x5a, 0x00));
        }
        m_rowOfKey.insert(o.key(), m_model->rowCount());
        m_model->appendRow({name, id, outcome});
    }
    m_view->resizeColumnsToContents();
    m_resolved = 0;
    const QLocale locale;
    QString summary = tr("%1 organizations.").arg(locale.toString(orgs.size()));
    if (!w->inspection.sameNameOrganizations.isEmpty())
        summary += u" "_s + tr("%n name(s) appear with more than one external id (marked ⚠).", nullptr,
                               int(w->inspection.sameNameOrganizations.size()));
    m_summaryLabel->setText(summary);
    if (orgs.isEmpty())
        return;

    Api::ClientConfig config;
    config.baseUrl = w->apiUrl;
    config.apiKey = w->apiKey;
    config.rateLimiter = std::make_shared<Api::RateLimiter>(w->settings().rateLimits);
    auto check = std::make_shared<OrgCheck>();
    check->client = std::make_unique<Api::WorkOsClient>(config);
    m_stop = std::make_shared<std::atomic_bool>(false);
    check->stop = m_stop;
    m_checking = true;
    m_progress->setRange(0, int(orgs.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    // Named arguments only: GCC 12 destroys a temporary passed to a coroutine parameter twice
    // (GCC bug 99576), which corrupts the QPointer's reference count.
    QPointer<OrganizationsPage> self(this);
    runOrgCheck(check, orgs, self);
}

void OrganizationsPage::cleanupPage()
{
    stopCheck();
}

void OrganizationsPage::onResolved(const Engine::OrgState &state)
{
    ++m_resolved;
    m_progress->setValue(int(m_resolved));
    const int row = m_rowOfKey.value(state.entry.key, -1);
    if (row < 0)
        return;
    QStandardItem *outcome = m_model->item(row, OutcomeColumn);
    switch (state.entry.resolution) {
    case Store::OrgResolution::Existed:
        outcome->setText(tr("exists (%1)").arg(state.entry.organizationId));
        outcome->setForeground(QColor(0x1e, 0x7b, 0x34));
        break;
    case Store::OrgResolution::Created:
        outcome->setText(tr("will be created"));
        outcome->setForeground(QColor(0x1a, 0x5f, 0xb4));
        break;
    case Store::OrgResolution::Failed:
        outcome->setText(tr("not found: its rows will fail — %1").arg(state.entry.error));
        outcome->setToolTip(state.entry.error);
        outcome->setForeground(QColor(0xb3, 0x26, 0x1e));
        break;
    }
}

void OrganizationsPage::onCheckDone(const Engine::PrewarmResult &result)
{
    m_checking = false;
    m_progress->setVisible(false);
    const QLocale locale;
    QString text = tr("%1 exist, %2 will be created, %3 cannot be resolved (their rows will fail).")
                       .arg(locale.toString(result.existed), locale.toString(result.wouldCreate),
                            locale.toString(result.failed));
    if (result.fatalError)
        text = tr("The organizations could not be checked: %1").arg(result.fatalError->userMessage());
    m_summaryLabel->setText(m_summaryLabel->text() + u" "_s + text);
    m_view->resizeColumnToContents(NameColumn);
    Q_EMIT checkFinished();
}

int OrganizationsPage::nextId() const
{
    return ImportWizard::RunPageId;
}

} // namespace Gui
