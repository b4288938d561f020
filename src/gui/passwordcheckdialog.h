#pragma once
// PasswordCheckDialog: the wizard's two password proofs, for one account whose password the
// person knows (their own test account).
//  - CheckFile (Review page, "Check a known password…"): the password against that account's
//    hash in the file, locally, exactly as the import reads the file (Engine::checkKnownPassword,
//    run off the GUI thread with QtConcurrent). Nothing is sent anywhere.
//  - SignIn (Finish page, "Sign in as…"): a sign-in with WorkOS after the import
//    (Api::SignInClient, asynchronous). A rehearsal signs in against its local sandbox and needs
//    no client id; otherwise the client id is asked, with where to find it.
// The password field is cleared as soon as a check starts; the typed bytes live in a
// Passwords::SecretBytes until the check is done and are never stored. GUI thread.

#include "engine/planning/knownpasswordcheck.h"
#include "api/apitypes.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QUrl>
#include <QtWidgets/QDialog>

#include <memory>

class QPushButton;

namespace Api {
class SignInClient;
struct SignInAnswer;
}

namespace Gui {

namespace Ui {
class PasswordCheckDialog;
}

class PasswordCheckDialog : public QDialog
{
    Q_OBJECT
public:
    // Before the import: the file as the import will read it.
    PasswordCheckDialog(Engine::KnownPasswordRequest file, QWidget *parent = nullptr);
    // After the import: sign in at `apiUrl` with `key`; `rehearsal` needs no client id.
    PasswordCheckDialog(QUrl apiUrl, Api::ApiKey key, bool rehearsal, QWidget *parent = nullptr);
    ~PasswordCheckDialog() override;

    void setEmail(const QString &email);
    QString email() const;
    QString resultText() const;
    bool isRunning() const;

Q_SIGNALS:
    // The check or sign-in finished; `ok` when the password was proved.
    void checked(bool ok, const QString &email);

private:
    enum class Mode { CheckFile, SignIn };
    void setUp();
    void start();
    void showResult(bool ok, const QString &text);
    void onSignedIn(const Api::SignInAnswer &answer);

    std::unique_ptr<Ui::PasswordCheckDialog> m_ui; // ui/passwordcheckdialog.ui
    Mode m_mode;
    Engine::KnownPasswordRequest m_file;
    QUrl m_apiUrl;
    Api::ApiKey m_key;
    bool m_rehearsal = false;
    QPushButton *m_startButton = nullptr;
    QFutureWatcher<Engine::KnownPasswordResult> m_watcher;
    Api::SignInClient *m_signIn = nullptr;
    bool m_running = false;
};

} // namespace Gui
