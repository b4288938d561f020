// Api::WorkOsClient over HTTPS: a certificate authority and a server certificate made at test
// time (openssl CLI into a QTemporaryDir), one HTTPS endpoint on 127.0.0.1 (QSslServer), a
// client that trusts the CA and clients that do not; the TLS support check the programs run at
// start-up; and the system proxy (HTTPS_PROXY) being honoured.

#include "api/tlscheck.h"
#include "api/workosclient.h"

#include "../testsupport/fakehttpserver.h"

#include <QCoro/QCoroTask>

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslSocket>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Kind = Api::ApiError::Kind;

namespace {

const QString kKey = u"sk_test_tls_0123456789"_s;

// The body of a GET /organizations?limit=1 answer.
const QByteArray kEmptyList = R"({"object":"list","data":[],"list_metadata":{"before":null,"after":null}})"_ba;

} // namespace

class TestClientTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tlsSupportIsReported();
    void trustedCertificateAuthority();
    void untrustedCertificate_data();
    void untrustedCertificate();
    void closedProxyIsAProxyError();

private:
    bool openssl(const QStringList &arguments);
    bool makeAuthority(const QString &name);

    QTemporaryDir m_dir;
    QString m_openssl;
    QSslCertificate m_ca;
    QSslCertificate m_otherCa;
    QSslConfiguration m_serverTls;
};

bool TestClientTls::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << "openssl" << arguments.join(u' ') << "failed:" << process.readAll();
        return false;
    }
    return true;
}

bool TestClientTls::makeAuthority(const QString &name)
{
    return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-sha256"_s,
                    u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".crt"_s, u"-days"_s, u"2"_s,
                    u"-subj"_s, u"/CN=Wizard Test "_s + name,
                    u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                    u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s});
}

void TestClientTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no working TLS backend here; tlsSupportIsReported covers the message");
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (m_openssl.isEmpty())
        QSKIP("the openssl command is not installed (apt install openssl); it makes the test certificates");
    QVERIFY(m_dir.isValid());

    QFile extensions(m_dir.filePath(u"server.ext"_s));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                     "basicConstraints=CA:FALSE\n"
                     "keyUsage=critical,digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();

    QVERIFY(makeAuthority(u"ca"_s));
    QVERIFY(makeAuthority(u"other-ca"_s));
    QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"server.key"_s,
                     u"-out"_s, u"server.csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s}));
    QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s,
                     u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.crt"_s, u"-days"_s, u"2"_s,
                     u"-sha256"_s, u"-extfile"_s, u"server.ext"_s}));

    const auto load = [this](const QString &file) {
        QFile f(m_dir.filePath(file));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    m_ca = QSslCertificate(load(u"ca.crt"_s));
    m_otherCa = QSslCertificate(load(u"other-ca.crt"_s));
    const QSslCertificate serverCertificate(load(u"server.crt"_s));
    const QSslKey serverKey(load(u"server.key"_s), QSsl::Rsa);
    QVERIFY(!m_ca.isNull());
    QVERIFY(!m_otherCa.isNull());
    QVERIFY(!serverCertificate.isNull());
    QVERIFY(!serverKey.isNull());

    m_serverTls = QSslConfiguration::defaultConfiguration();
    m_serverTls.setLocalCertificateChain({serverCertificate, m_ca});
    m_serverTls.setPrivateKey(serverKey);
    m_serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
}

void TestClientTls::tlsSupportIsReported()
{
    const Api::TlsSupport support = Api::checkTlsSupport();
    QCOMPARE(support.available, QSslSocket::supportsSsl());
    if (support.available) {
        QVERIFY(!support.backend.isEmpty());
        QVERIFY(!support.libraryVersion.isEmpty());
        QVERIFY(support.message.isEmpty());
    } else {
        QVERIFY(support.message.contains(u"HTTPS"_s));
        QVERIFY(support.message.contains(u"OpenSSL"_s));
    }
}

void TestClientTls::trustedCertificateAuthority()
{
    TestSupport::FakeHttpServer server(m_serverTls);
    QVERIFY(server.isListening());
    server.setDefaultAnswer({200, kEmptyList});

    Api::ClientConfig config;
    config.baseUrl = server.url(u"https"_s);
    config.apiKey = Api::ApiKey(kKey);
    config.extraCaCertificates = {m_ca};
    Api::WorkOsClient client(config);
    QVERIFY(!client.configurationError());
    const auto result = QCoro::waitFor(client.verifyKey());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalSummary()));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().target, "/organizations?limit=1"_ba);
    QCOMPARE(server.requests().constFirst().headers.value("authorization"), "Bearer "_ba + kKey.toLatin1());
}

void TestClientTls::untrustedCertificate_data()
{
    QTest::addColumn<bool>("trustOtherCa");
    QTest::addRow("a different private CA") << true;
    QTest::addRow("the system's CAs only") << false;
}

void TestClientTls::untrustedCertificate()
{
    QFETCH(bool, trustOtherCa);
    TestSupport::FakeHttpServer server(m_serverTls);
    QVERIFY(server.isListening());

    Api::ClientConfig config;
    config.baseUrl = server.url(u"https"_s);
    config.apiKey = Api::ApiKey(kKey);
    config.retryPolicy.baseDelay = 10ms;
    if (trustOtherCa)
        config.extraCaCertificates = {m_otherCa};
    Api::WorkOsClient client(config);
    const auto result = QCoro::waitFor(client.verifyKey());
    QVERIFY(!result.ok());
    const Api::ApiError &error = result.error();
    QCOMPARE(error.kind(), Kind::TlsError);
    QVERIFY(!error.retryable());
    QVERIFY(error.blocksAllRequests());
    QCOMPARE(error.attempts(), 1);
    QVERIFY2(error.message().contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(error.message()));
    QVERIFY2(error.userMessage().contains(u"secure connection"_s), qPrintable(error.userMessage()));
    QVERIFY(!error.userMessage().contains(kKey));
    QVERIFY(server.requests().isEmpty()); // nothing, least of all the key, went over the wire
}

void TestClientTls::closedProxyIsAProxyError()
{
    // A port that was free a moment ago: nothing listens there.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const QByteArray proxy = "http://127.0.0.1:" + QByteArray::number(closedPort);
    const QByteArray names[] = {"HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"};
    QHash<QByteArray, std::optional<QByteArray>> saved;
    for (const QByteArray &name : names)
        saved.insert(name, qEnvironmentVariableIsSet(name.constData()) ? std::optional(qgetenv(name.constData()))
                                                                        : std::nullopt);
    qputenv("HTTPS_PROXY", proxy);
    qputenv("https_proxy", proxy);
    qunsetenv("NO_PROXY");
    qunsetenv("no_proxy");
    const auto restore = qScopeGuard([&saved] {
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            if (it.value())
                qputenv(it.key().constData(), *it.value());
            else
                qunsetenv(it.key().constData());
        }
    });

    // The real API's address: with the proxy honoured, the client only ever dials the proxy.
    Api::ClientConfig config;
    config.apiKey = Api::ApiKey(kKey);
    config.retryPolicy.maxRetries = 0;
    config.inactivityTimeout = 10s;
    Api::WorkOsClient client(config);
    const auto result = QCoro::waitFor(client.verifyKey());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().kind() == Kind::ProxyError, qPrintable(result.error().technicalSummary()));
    QVERIFY(result.error().blocksAllRequests());
    QVERIFY2(result.error().userMessage().contains(u"proxy"_s), qPrintable(result.error().userMessage()));
}

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_clienttls.moc"
