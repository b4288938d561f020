#pragma once
// ConnectPage: the API key (masked, easy to paste, with a show/hide toggle), the environment
// the key's prefix names (sk_test_ staging; sk_live_ production, with a red banner), the API
// URL (advanced), Verify (WorkOsClient::verifyKey on a client in the GUI thread: the network
// is asynchronous, nothing waits) with an answer that says exactly what is wrong, "Remember
// in the system keychain", and "Rehearse on a local sandbox", which starts workos-sandbox and
// fills in its URL and key. Next needs a verified key. The layout is ui/connectpage.ui. GUI thread.

#include <api/apierror.h>

#include <QtWidgets/QWizardPage>

#include <memory>

namespace Gui {

namespace Ui {
class ConnectPage;
}

class ConnectPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectPage(QWidget *parent = nullptr);
    ~ConnectPage() override;

    enum class Environment { Unknown, Staging, Production, Sandbox };
    static Environment environmentOf(const QString &key, const QUrl &url);
    // Plain words for a failed verification.
    static QString explain(const Api::ApiError &error);

    void verify();
    bool isVerifying() const { return m_verifying; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void verified(bool ok, const QString &message);

private:
    void onKeyOrUrlChanged();
    void onVerified(bool ok, const QString &message, quint64 generation);
    void startRehearsal();

    std::unique_ptr<Ui::ConnectPage> m_ui; // ui/connectpage.ui
    bool m_verifying = false;
    bool m_verified = false;
    bool m_userTyped = false;
    quint64 m_generation = 0;
    QString m_sandboxKey; // the rehearsal sandbox's key while it is the one in the field
};

} // namespace Gui
