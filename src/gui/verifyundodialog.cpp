#include "verifyundodialog.h"

#include "rehearsalsandbox.h"

#include "ui_verifyundodialog.h"

#include "engine/followup/verifier.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLayout>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>

namespace Gui {

VerifyUndoDialog::VerifyUndoDialog(QString storePath, QString jobId, Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VerifyUndoDialog>()), m_storePath(std::move(storePath)),
      m_jobId(std::move(jobId)), m_mode(mode)
{
    m_ui->setupUi(this);
    // Wide enough that the explanation reads as a paragraph, not a column cut off at the top,
    // and never smaller than what its wrapped texts need.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    setWindowTitle(mode == Mode::Verify ? tr("Verify job %1").arg(m_jobId) : tr("Undo job %1").arg(m_jobId));
    m_ui->introLabel->setText(mode == Mode::Verify
                                  ? tr("Verify reads WorkOS (it changes nothing) and checks that every row this job "
                                       "imported is there: users, their fields, memberships and roles, and the "
                                       "organizations the job created.")
                                  : tr("Undo deletes exactly what this job created: the memberships it added, then "
                                       "the users it created, then the organizations it created. Nothing that existed "
                                       "before the import is touched. Users or organizations that have gained other "
                                       "memberships since are kept and listed."));
    m_preview = m_ui->preview;
    m_key = m_ui->apiKey;
    m_confirmLabel = m_ui->confirmLabel;
    //: %1 is the word to type, "production"
    m_confirmLabel->setText(tr("This is Production: the people in it lose what this deletes. &Type %1 to confirm:")
                                .arg(productionConfirmation()));
    m_confirm = m_ui->confirmation;
    m_progress = m_ui->progress;
    m_summary = m_ui->summary;
    m_run = m_ui->buttonBox->addButton(mode == Mode::Verify ? tr("&Verify") : tr("&Delete what this job created"),
                                       QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    connect(m_run, &QPushButton::clicked, this, &VerifyUndoDialog::run);
    connect(m_close, &QPushButton::clicked, this, &VerifyUndoDialog::reject);
    connect(m_key, &QLineEdit::textChanged, this, &VerifyUndoDialog::updateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &VerifyUndoDialog::updateState);

    m_thread.setObjectName(QStringLiteral("verify-undo"));
    m_thread.start();
    if (mode == Mode::Undo) {
        m_preview->setText(tr("Counting what the job created…"));
        connect(&m_previewWatcher, &QFutureWatcher<Engine::UndoPreview>::finished, this, [this] {
            m_undoPreview = m_previewWatcher.result();
            updatePreview();
            updateState();
            Q_EMIT previewLoaded();
        });
        const QString store = m_storePath;
        const QString job = m_jobId;
        m_previewWatcher.setFuture(QtConcurrent::run([store, job] { return Engine::Undoer::preview(store, job); }));
    } else {
        m_preview->setText(tr("Job %1.").arg(m_jobId));
    }
    updateState();
}

VerifyUndoDialog::~VerifyUndoDialog()
{
    m_previewWatcher.waitForFinished();
    if (auto *verifier = qobject_cast<Engine::Verifier *>(m_worker))
        verifier->cancel();
    else if (auto *undoer = qobject_cast<Engine::Undoer *>(m_worker))
        undoer->cancel();
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void VerifyUndoDialog::setApiKey(const QString &key)
{
    m_key->setText(key);
}

void VerifyUndoDialog::useRehearsal(const QString &journal)
{
    if (journal.isEmpty())
        return; // a local server of its own (or an earlier version's rehearsal): its address and a key, as usual
    m_ui->keyLabel->setVisible(false);
    m_key->setVisible(false);
    adjustSize();
    m_summary->setText(tr("Starting the rehearsal's local sandbox…"));
    m_rehearsal = new RehearsalSandbox(this);
    connect(m_rehearsal, &RehearsalSandbox::ready, this, [this](const QUrl &url, const QString &key) {
        m_rehearsalUrl = url;
        updatePreview();
        m_summary->setText(tr("The rehearsal's local sandbox is running again with everything the rehearsal created."));
        setApiKey(key);
    });
    connect(m_rehearsal, &RehearsalSandbox::failed, this, [this](const QString &message) {
        m_summary->setText(message);
        updateState();
    });
    m_rehearsal->start(journal);
}

bool VerifyUndoDialog::canRun() const
{
    if (m_running || m_key->text().trimmed().isEmpty())
        return false;
    if (m_rehearsal && !m_rehearsalUrl.isValid())
        return false;
    if (m_mode == Mode::Verify)
        return true;
    if (!m_undoPreview || !m_undoPreview->ok)
        return false;
    return !isProduction() || m_confirm->text().trimmed().compare(productionConfirmation(), Qt::CaseInsensitive) == 0;
}

bool VerifyUndoDialog::isProduction() const
{
    if (m_mode != Mode::Undo)
        return false;
    return m_key->text().trimmed().startsWith(QStringLiteral("sk_live_"))
        || (m_undoPreview && m_undoPreview->environment == QStringLiteral("production"));
}

void VerifyUndoDialog::updatePreview()
{
    if (!m_undoPreview)
        return;
    const Engine::UndoPreview &p = *m_undoPreview;
    if (!p.ok) {
        m_preview->setText(tr("Cannot read the job: %1").arg(p.error));
    } else {
        // The address actually used: the rehearsal's sandbox once it is running again, else the job's.
        const QString address = m_rehearsalUrl.isValid() ? m_rehearsalUrl.toString() : p.apiUrl.toString();
        const QString environment = isProduction() ? Engine::environmentTitle(QStringLiteral("production"))
                                  : p.environment.isEmpty()
                                      ? Engine::environmentTitle(Engine::environmentFor(m_key->text(), p.apiUrl))
                                      : Engine::environmentTitle(p.environment);
        //: %1 is the environment (Production, Staging, ...), %2 the address undo uses, %3 %4 %5 the counts below
        m_preview->setText(tr("%1 at %2: this deletes %3, %4 and %5.%6%7")
                               .arg(environment, address, tr("%n memberships", nullptr, int(p.memberships)),
                                    tr("%n users", nullptr, int(p.users)),
                                    tr("%n organizations", nullptr, int(p.organizations)))
                               .arg(p.refused > 0 ? tr(" %n objects have no WorkOS id and are left alone.", nullptr,
                                                       int(p.refused))
                                                  : QString())
                               .arg(p.alreadyUndone ? tr(" The job was undone already; running it again only "
                                                         "checks what is left.")
                                                    : QString()));
    }
    adjustSize();
}

void VerifyUndoDialog::updateState()
{
    const bool production = isProduction();
    const bool changed = m_confirm->isVisibleTo(this) != production;
    m_confirmLabel->setVisible(production);
    m_confirm->setVisible(production);
    m_run->setEnabled(canRun());
    m_key->setEnabled(!m_running);
    if (changed) {
        updatePreview(); // the environment named may have changed with the key
        adjustSize();
    }
}

void VerifyUndoDialog::run()
{
    if (!canRun())
        return;
    m_running = true;
    m_closeWhenDone = false;
    m_summary->clear();
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    updateState();
    if (m_worker)
        m_worker->deleteLater(); // in its own thread
    const Api::ApiKey key(m_key->text().trimmed());
    if (m_mode == Mode::Verify) {
        auto *verifier = new Engine::Verifier(m_storePath, key);
        verifier->moveToThread(&m_thread);
        connect(verifier, &Engine::Verifier::progress, this, [this](const Engine::FollowUpProgress &p) {
            m_progress->setRange(0, int(std::max<qint64>(p.total, 0)));
            m_progress->setValue(int(p.done));
            m_progress->setFormat(p.step + QStringLiteral(" %v / %m"));
        });
        connect(verifier, &Engine::Verifier::finished, this, &VerifyUndoDialog::onFinished);
        m_worker = verifier;
    } else {
        auto *undoer = new Engine::Undoer(m_storePath, key);
        undoer->moveToThread(&m_thread);
        connect(undoer, &Engine::Undoer::progress, this, [this](const Engine::FollowUpProgress &p) {
            m_progress->setRange(0, int(std::max<qint64>(p.total, 0)));
            m_progress->setValue(int(p.done));
            m_progress->setFormat(p.step + QStringLiteral(" %v / %m"));
        });
        connect(undoer, &Engine::Undoer::finished, this, &VerifyUndoDialog::onFinished);
        m_worker = undoer;
    }
    Engine::FollowUpRequest request;
    request.jobId = m_jobId;
    request.apiUrl = m_rehearsalUrl; // empty: the job's own address
    QObject *worker = m_worker;
    const Mode mode = m_mode;
    QMetaObject::invokeMethod(m_worker, [worker, mode, request] {
        if (mode == Mode::Verify)
            static_cast<Engine::Verifier *>(worker)->start(request);
        else
            static_cast<Engine::Undoer *>(worker)->start(request);
    }, Qt::QueuedConnection);
}

void VerifyUndoDialog::onFinished(const Engine::FollowUpResult &result)
{
    m_running = false;
    m_progress->setVisible(false);
    m_summary->setText(result.completed ? result.message
                                        : tr("%1 Nothing more was done; you can run it again.").arg(result.message));
    updateState();
    Q_EMIT runFinished(result);
    if (m_closeWhenDone)
        QDialog::reject();
}

void VerifyUndoDialog::reject()
{
    if (m_running) {
        // Stop first; the dialog closes when the run has ended (an undo continues next time).
        m_closeWhenDone = true;
        m_summary->setText(tr("Stopping…"));
        if (m_mode == Mode::Verify)
            static_cast<Engine::Verifier *>(m_worker)->cancel();
        else
            static_cast<Engine::Undoer *>(m_worker)->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Gui
