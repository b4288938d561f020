// workos-sandbox: the handshake line, API keys, the WorkOS endpoints the importer uses with
// their validation and errors, list paging, per-key rate limits, fault injection and the
// /_sandbox inspection endpoints. The test starts the built program on 127.0.0.1 with a free
// port and talks to it over HTTP, like the importer does.
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QtTest>

#include <memory>

#include "../testsupport/sandboxsecret.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray KeyA = "sk_test_a"_ba;
const QByteArray KeyB = "sk_test_b"_ba;

// One running workos-sandbox process; stopped (SIGTERM) when destroyed.
class SandboxProcess
{
public:
    ~SandboxProcess() { stop(); }

    bool start(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(WORKOS_SANDBOX_PATH));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        // The secret /_sandbox/* needs; call() sends it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WORKOS_SANDBOX_ADMIN_SECRET"_s, QString::fromLatin1(TestSupport::sandboxAdminSecret()));
        m_process.setProcessEnvironment(env);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < 10000)
            m_process.waitForReadyRead(500);
        if (!m_process.canReadLine())
            return false;
        const QJsonDocument handshake = QJsonDocument::fromJson(m_process.readLine());
        m_handshake = handshake.object();
        m_url = QUrl(m_handshake.value(u"url"_s).toString());
        return m_url.isValid();
    }

    // Sends SIGTERM and returns the exit code (-1 when it had to be killed).
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    // SIGKILL: no chance to write anything more.
    void killHard()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    QUrl url() const { return m_url; }
    QJsonObject handshake() const { return m_handshake; }

private:
    QProcess m_process;
    QJsonObject m_handshake;
    QUrl m_url;
};

struct Answer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QString code() const { return json.value(u"code"_s).toString(); }
    QString firstErrorCode() const
    {
        return json.value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString();
    }
    QString firstErrorField() const
    {
        return json.value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString();
    }
};

QJsonObject parseObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TstSandbox : public QObject
{
    Q_OBJECT

private:
    Answer call(const QUrl &base, const QByteArray &method, const QString &path,
                const QJsonObject &body = {}, const QByteArray &key = KeyA);
    Answer call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                const QByteArray &key = KeyA)
    {
        return call(m_sandbox.url(), method, path, body, key);
    }
    QJsonObject createUser(const QString &email, const QJsonObject &extra = {});
    QJsonObject createOrganization(const QString &name, const QString &externalId = {});
    QStringList collectIds(const QString &path, int limit, const QString &cursorName);

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
    QByteArray m_idempotencyKey; // sent with POSTs when set

private slots:
    void initTestCase();
    void init();

    void handshakeLine();
    void keys_data();
    void keys();
    void requestIdOnEveryAnswer();

    void createUser();
    void duplicateEmailInOtherCase();
    void externalIdTaken();
    void invalidUser_data();
    void invalidUser();
    void emailRuleSameAsTheFileCheck();
    void limitsAreInclusive_data();
    void limitsAreInclusive();
    void malformedBody();
    void findUserByEmail();
    void getUser();

    void organizations();
    void organizationExternalIdTaken();
    void organizationPaging();

    void memberships();
    void membershipErrors_data();
    void membershipErrors();
    void membershipPaging();
    void multipleRolesWhenEnabled();

    void rateLimitRefusesOverBudget();
    void rateLimitSlotFreesAfterRetryAfter();
    void failRateAnswers5xx();
    void resetRateDropsConnection();
    void stallRateAnswersNothing();
    void switchesSimulateJobLevelFailures();
    void latencyStillAnswersEveryRequest();

    void stateAndStats();

    void deleteUserDeletesItsMemberships();
    void deleteOrganizationDeletesItsMemberships();
    void deleteMembership();
    void listsSkipDeletedObjects_data();
    void listsSkipDeletedObjects();
    void deletesUseTheirRateFamilies();
    void manyDeletesCompactAndListsStayRight();
    void idempotencyKeyReplaysTheFirstAnswer();
    void ignoredIdempotencyKeyRunsEveryPost();
    void stopsOnSigterm();
    void journalKeepsEveryAnsweredChangeAcrossKills();
};

Answer TstSandbox::call(const QUrl &base, const QByteArray &method, const QString &path,
                        const QJsonObject &body, const QByteArray &key)
{
    QNetworkRequest request = TestSupport::sandboxRequest(QUrl(base.toString() + path));
    if (!key.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + key);
    QByteArray data;
    if (method == "POST" || method == "PUT") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (method == "POST" && !m_idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key"_ba, m_idempotencyKey);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, data);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, reply, &QNetworkReply::abort);
    if (!reply->isFinished())
        loop.exec();

    Answer answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = parseObject(answer.body);
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

QJsonObject TstSandbox::createUser(const QString &email, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"email"_s, email);
    const Answer answer = call("POST"_ba, u"/user_management/users"_s, body);
    if (answer.status != 201)
        qWarning() << "creating user failed:" << answer.status << answer.body;
    return answer.json;
}

QJsonObject TstSandbox::createOrganization(const QString &name, const QString &externalId)
{
    QJsonObject body {{u"name"_s, name}};
    if (!externalId.isEmpty())
        body.insert(u"external_id"_s, externalId);
    const Answer answer = call("POST"_ba, u"/organizations"_s, body);
    if (answer.status != 201)
        qWarning() << "creating organization failed:" << answer.status << answer.body;
    return answer.json;
}

// Follows list_metadata cursors from the first page to the end; returns the ids in order.
QStringList TstSandbox::collectIds(const QString &path, int limit, const QString &cursorName)
{
    QStringList ids;
    QString cursor;
    const QChar joiner = path.contains(u'?') ? u'&' : u'?';
    for (int page = 0; page < 100; ++page) {
        QString url = path + joiner + u"limit="_s + QString::number(limit);
        if (!cursor.isEmpty())
            url += u'&' + cursorName + u'=' + cursor;
        const Answer answer = call("GET"_ba, url);
        if (answer.status != 200)
            return {u"<status %1>"_s.arg(answer.status)};
        const QJsonArray data = answer.json.value(u"data"_s).toArray();
        if (data.size() > limit)
            return {u"<page too long>"_s};
        for (const QJsonValue item : data)
            ids.append(item.toObject().value(u"id"_s).toString());
        cursor = answer.json.value(u"list_metadata"_s).toObject().value(cursorName).toString();
        if (cursor.isEmpty())
            break;
    }
    return ids;
}

void TstSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start({u"--port"_s, u"0"_s, u"--keys"_s, u"sk_test_a,sk_test_b"_s, u"--seed"_s, u"1"_s}),
             "workos-sandbox did not start or print its handshake line");
}

void TstSandbox::init()
{
    const Answer reset = call("POST"_ba, u"/_sandbox/reset"_s, {}, {});
    QCOMPARE(reset.status, 200);
}

void TstSandbox::handshakeLine()
{
    const QJsonObject handshake = m_sandbox.handshake();
    const QUrl url(handshake.value(u"url"_s).toString());
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() > 0);
    QCOMPARE(handshake.value(u"keys"_s).toArray(), (QJsonArray {u"sk_test_a"_s, u"sk_test_b"_s}));
    QCOMPARE(handshake.value(u"seed"_s).toInteger(), 1);
}

void TstSandbox::keys_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addRow("first key") << "Bearer sk_test_a"_ba << 200;
    QTest::addRow("second key") << "Bearer sk_test_b"_ba << 200;
    QTest::addRow("unknown key") << "Bearer sk_test_other"_ba << 401;
    QTest::addRow("no header") << QByteArray() << 401;
    QTest::addRow("not bearer") << "Basic c2tfdGVzdF9hOg=="_ba << 401;
    QTest::addRow("key prefix only") << "Bearer sk_test"_ba << 401;
}

void TstSandbox::keys()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QNetworkRequest request(QUrl(m_sandbox.url().toString() + u"/organizations"_s));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization"_ba, authorization);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    const QJsonObject body = parseObject(reply->readAll());
    if (status == 401) {
        QCOMPARE(body.value(u"code"_s).toString(), u"unauthorized"_s);
        QVERIFY(!body.value(u"message"_s).toString().isEmpty());
        // The key the client sent is never echoed back.
        QVERIFY(!QJsonDocument(body).toJson().contains("sk_test"));
    } else {
        QCOMPARE(body.value(u"object"_s).toString(), u"list"_s);
    }
    reply->deleteLater();
}

void TstSandbox::requestIdOnEveryAnswer()
{
    QSet<QByteArray> ids;
    const QList<Answer> answers {
        call("POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"rid@example.com"_s}}),
        call("GET"_ba, u"/organizations"_s, {}, "sk_bad"_ba),
        call("GET"_ba, u"/organizations/org_missing"_s),
        call("GET"_ba, u"/no/such/endpoint"_s),
        call("GET"_ba, u"/_sandbox/state"_s, {}, {}),
    };
    const QList<int> statuses {201, 401, 404, 404, 200};
    for (qsizetype i = 0; i < answers.size(); ++i) {
        QCOMPARE(answers[i].status, statuses[i]);
        const QByteArray id = answers[i].headers.value("x-request-id"_ba);
        QVERIFY2(id.startsWith("req_"), id.constData());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), answers.size());
}

void TstSandbox::createUser()
{
    const QJsonObject metadata {{u"timezone"_s, u"Europe/Berlin"_s}};
    const Answer answer = call("POST"_ba, u"/user_management/users"_s,
                               {{u"email"_s, u"marcelina@example.com"_s},
                                {u"first_name"_s, u"Marcelina"_s},
                                {u"last_name"_s, u"Davis"_s},
                                {u"email_verified"_s, true},
                                {u"password_hash"_s, u"$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"_s},
                                {u"password_hash_type"_s, u"bcrypt"_s},
                                {u"external_id"_s, u"ext-1"_s},
                                {u"metadata"_s, metadata}});
    QCOMPARE(answer.status, 201);
    const QJsonObject &user = answer.json;
    QCOMPARE(user.value(u"object"_s).toString(), u"user"_s);
    const QString id = user.value(u"id"_s).toString();
    QVERIFY2(QRegularExpression(u"^user_[0-9A-HJKMNP-TV-Z]{26}$"_s).match(id).hasMatch(), qPrintable(id));
    QCOMPARE(user.value(u"email"_s).toString(), u"marcelina@example.com"_s);
    QCOMPARE(user.value(u"first_name"_s).toString(), u"Marcelina"_s);
    QCOMPARE(user.value(u"last_name"_s).toString(), u"Davis"_s);
    QCOMPARE(user.value(u"email_verified"_s).toBool(), true);
    QCOMPARE(user.value(u"external_id"_s).toString(), u"ext-1"_s);
    QCOMPARE(user.value(u"metadata"_s).toObject(), metadata);
    QVERIFY(QDateTime::fromString(user.value(u"created_at"_s).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(QDateTime::fromString(user.value(u"updated_at"_s).toString(), Qt::ISODateWithMs).isValid());
    // Never echoes the password or its hash.
    QVERIFY(!user.contains(u"password"_s));
    QVERIFY(!user.contains(u"password_hash"_s));
    QVERIFY(!answer.body.contains("N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"));

    // Optional fields come back as null / false / {} when not given.
    const QJsonObject minimal = createUser(u"min@example.com"_s);
    QVERIFY(minimal.value(u"first_name"_s).isNull());
    QVERIFY(minimal.value(u"external_id"_s).isNull());
    QCOMPARE(minimal.value(u"email_verified"_s).toBool(true), false);
    QCOMPARE(minimal.value(u"metadata"_s).toObject(), QJsonObject());
    QVERIFY(minimal.value(u"id"_s).toString() != id);
}

void TstSandbox::duplicateEmailInOtherCase()
{
    QVERIFY(!createUser(u"Jane.Doe@Example.com"_s).isEmpty());
    const Answer answer = call("POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"jane.doe@EXAMPLE.COM"_s}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), u"user_creation_error"_s);
    QCOMPARE(answer.firstErrorCode(), u"email_not_available"_s);
    QVERIFY(!answer.json.value(u"message"_s).toString().isEmpty());
}

void TstSandbox::externalIdTaken()
{
    QVERIFY(!createUser(u"one@example.com"_s, {{u"external_id"_s, u"crm-42"_s}}).isEmpty());
    const Answer answer = call("POST"_ba, u"/user_management/users"_s,
                               {{u"email"_s, u"two@example.com"_s}, {u"external_id"_s, u"crm-42"_s}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), u"external_id_already_used"_s);
    QCOMPARE(answer.firstErrorCode(), u"external_id_already_used"_s);
    // Nothing was created.
    const Answer list = call("GET"_ba, u"/user_management/users?email=two%40example.com"_s);
    QCOMPARE(list.json.value(u"data"_s).toArray().size(), 0);
}

void TstSandbox::invalidUser_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    const auto user = [](std::initializer_list<QPair<QString, QJsonValue>> fields) {
        QJsonObject object {{u"email"_s, u"valid@example.com"_s}};
        for (const auto &[name, value] : fields)
            object.insert(name, value);
        return object;
    };
    QJsonObject manyKeys;
    for (int i = 0; i < 51; ++i)
        manyKeys.insert(u"k%1"_s.arg(i), u"v"_s);

    QTest::addRow("no email") << QJsonObject {{u"first_name"_s, u"A"_s}} << u"email"_s << u"email_required"_s;
    QTest::addRow("email without at") << QJsonObject {{u"email"_s, u"nobody.example.com"_s}} << u"email"_s << u"email_invalid"_s;
    QTest::addRow("email without dot") << QJsonObject {{u"email"_s, u"a@localhost"_s}} << u"email"_s << u"email_invalid"_s;
    QTest::addRow("email with space") << QJsonObject {{u"email"_s, u"a b@example.com"_s}} << u"email"_s << u"email_invalid"_s;
    QTest::addRow("email not a string") << QJsonObject {{u"email"_s, 5}} << u"email"_s << u"email_required"_s;
    QTest::addRow("unknown hash type")
        << user({{u"password_hash"_s, u"abc"_s}, {u"password_hash_type"_s, u"md5"_s}})
        << u"password_hash_type"_s << u"password_hash_type_invalid"_s;
    QTest::addRow("hash without type") << user({{u"password_hash"_s, u"abc"_s}})
                                       << u"password_hash_type"_s << u"password_hash_type_required"_s;
    QTest::addRow("type without hash") << user({{u"password_hash_type"_s, u"bcrypt"_s}})
                                       << u"password_hash"_s << u"password_hash_required"_s;
    QTest::addRow("password and hash")
        << user({{u"password"_s, u"secret-pw-1"_s}, {u"password_hash"_s, u"abc"_s}, {u"password_hash_type"_s, u"bcrypt"_s}})
        << u"password"_s << u"password_and_password_hash_exclusive"_s;
    QTest::addRow("metadata not an object") << user({{u"metadata"_s, u"x"_s}}) << u"metadata"_s << u"metadata_invalid"_s;
    QTest::addRow("metadata 51 keys") << user({{u"metadata"_s, manyKeys}}) << u"metadata"_s << u"metadata_too_many_keys"_s;
    QTest::addRow("metadata key 41 chars")
        << user({{u"metadata"_s, QJsonObject {{QString(41, u'k'), u"v"_s}}}}) << u"metadata"_s << u"metadata_key_invalid"_s;
    QTest::addRow("metadata value 601 chars")
        << user({{u"metadata"_s, QJsonObject {{u"k"_s, QString(601, u'v')}}}}) << u"metadata"_s << u"metadata_value_too_long"_s;
    QTest::addRow("metadata value a number")
        << user({{u"metadata"_s, QJsonObject {{u"k"_s, 3}}}}) << u"metadata"_s << u"metadata_value_invalid"_s;
    QTest::addRow("external_id 129 chars") << user({{u"external_id"_s, QString(129, u'x')}})
                                           << u"external_id"_s << u"external_id_too_long"_s;
    QTest::addRow("email_verified a string") << user({{u"email_verified"_s, u"yes"_s}})
                                             << u"email_verified"_s << u"email_verified_boolean_required"_s;
}

void TstSandbox::invalidUser()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const Answer answer = call("POST"_ba, u"/user_management/users"_s, body);
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.code(), u"invalid_request_parameters"_s);
    QCOMPARE(answer.firstErrorField(), field);
    QCOMPARE(answer.firstErrorCode(), code);
    QVERIFY(answer.json.value(u"message"_s).toString().contains(field));
    // Secrets in a refused request are not echoed either.
    QVERIFY(!answer.body.contains("secret-pw-1"));
    QCOMPARE(call("GET"_ba, u"/_sandbox/state"_s, {}, {}).json.value(u"users"_s).toArray().size(), 0);
}

// The sandbox applies the very rule the CSV check applies (src/core/model/emailrule.h): every
// address of the shared list that tst_validator accepts is created, every one it refuses is
// answered email_invalid. (An accented address once passed the check and failed mid-run.)
void TstSandbox::emailRuleSameAsTheFileCheck()
{
    QFile f(QStringLiteral(WIZARD_TEST_DATA_DIR "/csv/email_rule.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    int accepted = 0, refused = 0;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (!line.startsWith(u"accept "_s) && !line.startsWith(u"refuse "_s))
            continue;
        const QString email = line.mid(7);
        const Answer answer = call("POST"_ba, u"/user_management/users"_s, {{u"email"_s, email}});
        if (line.startsWith(u"accept"_s)) {
            QVERIFY2(answer.status == 201, qPrintable(u"%1: %2"_s.arg(email, QString::fromUtf8(answer.body))));
            ++accepted;
        } else {
            QVERIFY2(answer.status == 422 && answer.firstErrorCode() == u"email_invalid"_s,
                     qPrintable(u"%1: %2 %3"_s.arg(email).arg(answer.status).arg(QString::fromUtf8(answer.body))));
            ++refused;
        }
    }
    QVERIFY(accepted >= 10 && refused >= 20);
    QCOMPARE(call("GET"_ba, u"/_sandbox/state"_s, {}, {}).json.value(u"users"_s).toArray().size(), accepted);
}

void TstSandbox::limitsAreInclusive_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QJsonObject fiftyKeys;
    for (int i = 0; i < 50; ++i)
        fiftyKeys.insert(u"k%1"_s.arg(i), u"v"_s);
    QTest::addRow("metadata 50 keys") << QJsonObject {{u"metadata"_s, fiftyKeys}};
    QTest::addRow("metadata key 40 chars") << QJsonObject {{u"metadata"_s, QJsonObject {{QString(40, u'k'), u"v"_s}}}};
    QTest::addRow("metadata value 600 chars") << QJsonObject {{u"metadata"_s, QJsonObject {{u"k"_s, QString(600, u'v')}}}};
    QTest::addRow("external_id 128 chars") << QJsonObject {{u"external_id"_s, QString(128, u'x')}};
    QTest::addRow("password") << QJsonObject {{u"password"_s, u"correct horse"_s}};
    for (const char *type : {"bcrypt", "firebase-scrypt", "ssha", "ssha256", "scrypt", "pbkdf2", "argon2"}) {
        QTest::addRow("hash type %s", type)
            << QJsonObject {{u"password_hash"_s, u"h"_s}, {u"password_hash_type"_s, QString::fromLatin1(type)}};
    }
}

void TstSandbox::limitsAreInclusive()
{
    QFETCH(QJsonObject, extra);
    QJsonObject body = extra;
    body.insert(u"email"_s, u"edge+case@sub.example.org"_s);
    const Answer answer = call("POST"_ba, u"/user_management/users"_s, body);
    QCOMPARE(answer.status, 201);
}

void TstSandbox::malformedBody()
{
    QNetworkRequest request(QUrl(m_sandbox.url().toString() + u"/user_management/users"_s));
    request.setRawHeader("Authorization"_ba, "Bearer "_ba + KeyA);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.post(request, "{\"email\": "_ba);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QCOMPARE(parseObject(reply->readAll()).value(u"code"_s).toString(), u"invalid_request"_s);
    reply->deleteLater();
}

void TstSandbox::findUserByEmail()
{
    const QJsonObject created = createUser(u"Find.Me+tag@Example.com"_s);
    createUser(u"other@example.com"_s);

    const Answer found = call("GET"_ba, u"/user_management/users?email=find.me%2Btag%40EXAMPLE.com"_s);
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json.value(u"object"_s).toString(), u"list"_s);
    const QJsonArray data = found.json.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().toObject().value(u"id"_s), created.value(u"id"_s));
    const QJsonObject metadata = found.json.value(u"list_metadata"_s).toObject();
    QVERIFY(metadata.contains(u"before"_s) && metadata.value(u"before"_s).isNull());
    QVERIFY(metadata.contains(u"after"_s) && metadata.value(u"after"_s).isNull());

    // A '+' that is not percent-encoded is still a plus sign.
    const Answer literalPlus = call("GET"_ba, u"/user_management/users?email=find.me+tag%40example.com"_s);
    QCOMPARE(literalPlus.json.value(u"data"_s).toArray().size(), 1);

    const Answer none = call("GET"_ba, u"/user_management/users?email=nobody%40example.com"_s);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json.value(u"data"_s).toArray().size(), 0);
}

void TstSandbox::getUser()
{
    const QJsonObject created = createUser(u"get@example.com"_s, {{u"external_id"_s, u"ext/with space"_s}});
    const QString id = created.value(u"id"_s).toString();
    const Answer byId = call("GET"_ba, u"/user_management/users/"_s + id);
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.json, created);
    const Answer byExternalId = call("GET"_ba, u"/user_management/users/external_id/ext%2Fwith%20space"_s);
    QCOMPARE(byExternalId.status, 200);
    QCOMPARE(byExternalId.json.value(u"id"_s).toString(), id);
    const Answer missing = call("GET"_ba, u"/user_management/users/user_01NOTTHERE"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.code(), u"entity_not_found"_s);
}

void TstSandbox::organizations()
{
    const Answer created = call("POST"_ba, u"/organizations"_s,
                                {{u"name"_s, u"Foo Corp"_s},
                                 {u"external_id"_s, u"acct-7"_s},
                                 {u"domains"_s, QJsonArray {u"foo-corp.com"_s}}});
    QCOMPARE(created.status, 201);
    const QJsonObject &organization = created.json;
    QCOMPARE(organization.value(u"object"_s).toString(), u"organization"_s);
    const QString id = organization.value(u"id"_s).toString();
    QVERIFY2(id.startsWith(u"org_"_s) && id.size() == 30, qPrintable(id));
    QCOMPARE(organization.value(u"name"_s).toString(), u"Foo Corp"_s);
    QCOMPARE(organization.value(u"external_id"_s).toString(), u"acct-7"_s);
    const QJsonObject domain = organization.value(u"domains"_s).toArray().first().toObject();
    QCOMPARE(domain.value(u"domain"_s).toString(), u"foo-corp.com"_s);
    QCOMPARE(domain.value(u"object"_s).toString(), u"organization_domain"_s);

    const Answer byId = call("GET"_ba, u"/organizations/"_s + id);
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.json, organization);
    const Answer byExternalId = call("GET"_ba, u"/organizations/external_id/acct-7"_s);
    QCOMPARE(byExternalId.status, 200);
    QCOMPARE(byExternalId.json.value(u"id"_s).toString(), id);

    QCOMPARE(call("GET"_ba, u"/organizations/org_01MISSING"_s).status, 404);
    const Answer missingExternal = call("GET"_ba, u"/organizations/external_id/acct-8"_s);
    QCOMPARE(missingExternal.status, 404);
    QCOMPARE(missingExternal.code(), u"entity_not_found"_s);

    const Answer noName = call("POST"_ba, u"/organizations"_s, {{u"external_id"_s, u"x"_s}});
    QCOMPARE(noName.status, 422);
    QCOMPARE(noName.firstErrorField(), u"name"_s);
}

void TstSandbox::organizationExternalIdTaken()
{
    QVERIFY(!createOrganization(u"First"_s, u"acct-1"_s).isEmpty());
    const Answer answer = call("POST"_ba, u"/organizations"_s, {{u"name"_s, u"Second"_s}, {u"external_id"_s, u"acct-1"_s}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), u"external_id_already_used"_s);
    // The name alone need not be unique.
    QVERIFY(!createOrganization(u"First"_s).isEmpty());
}

void TstSandbox::organizationPaging()
{
    QStringList created;
    for (int i = 0; i < 7; ++i)
        created.append(createOrganization(u"Org %1"_s.arg(i)).value(u"id"_s).toString());

    // Default order is newest first; following `after` visits every organization once.
    QStringList newestFirst = created;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(collectIds(u"/organizations"_s, 3, u"after"_s), newestFirst);
    QCOMPARE(collectIds(u"/organizations?order=asc"_s, 2, u"after"_s), created);

    // `before` pages back from a cursor.
    const Answer back = call("GET"_ba, u"/organizations?order=asc&limit=2&before="_s + created[4]);
    QCOMPARE(back.status, 200);
    const QJsonArray data = back.json.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data[0].toObject().value(u"id"_s).toString(), created[2]);
    QCOMPARE(data[1].toObject().value(u"id"_s).toString(), created[3]);
    QCOMPARE(back.json.value(u"list_metadata"_s).toObject().value(u"before"_s).toString(), created[2]);
    QCOMPARE(back.json.value(u"list_metadata"_s).toObject().value(u"after"_s).toString(), created[3]);

    QCOMPARE(call("GET"_ba, u"/organizations?limit=0"_s).status, 422);
    QCOMPARE(call("GET"_ba, u"/organizations?limit=101"_s).status, 422);
    QCOMPARE(call("GET"_ba, u"/organizations?after=org_unknown"_s).status, 422);
}

void TstSandbox::memberships()
{
    const QJsonObject user = createUser(u"member@example.com"_s);
    const QJsonObject organization = createOrganization(u"Acme"_s);
    const QString userId = user.value(u"id"_s).toString();
    const QString organizationId = organization.value(u"id"_s).toString();

    const Answer created = call("POST"_ba, u"/user_management/organization_memberships"_s,
                                {{u"user_id"_s, userId}, {u"organization_id"_s, organizationId}});
    QCOMPARE(created.status, 201);
    const QJsonObject &membership = created.json;
    QCOMPARE(membership.value(u"object"_s).toString(), u"organization_membership"_s);
    QVERIFY(membership.value(u"id"_s).toString().startsWith(u"om_"_s));
    QCOMPARE(membership.value(u"user_id"_s).toString(), userId);
    QCOMPARE(membership.value(u"organization_id"_s).toString(), organizationId);
    QCOMPARE(membership.value(u"organization_name"_s).toString(), u"Acme"_s);
    QCOMPARE(membership.value(u"status"_s).toString(), u"active"_s);
    // Default role: member.
    QCOMPARE(membership.value(u"role"_s).toObject().value(u"slug"_s).toString(), u"member"_s);
    QCOMPARE(membership.value(u"roles"_s).toArray(), (QJsonArray {QJsonObject {{u"slug"_s, u"member"_s}}}));
    QVERIFY(membership.contains(u"created_at"_s));

    const Answer again = call("POST"_ba, u"/user_management/organization_memberships"_s,
                              {{u"user_id"_s, userId}, {u"organization_id"_s, organizationId}, {u"role_slug"_s, u"admin"_s}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.code(), u"organization_membership_already_exists"_s);

    const QJsonObject second = createOrganization(u"Beta"_s);
    const Answer admin = call("POST"_ba, u"/user_management/organization_memberships"_s,
                              {{u"user_id"_s, userId},
                               {u"organization_id"_s, second.value(u"id"_s).toString()},
                               {u"role_slugs"_s, QJsonArray {u"admin"_s}}});
    QCOMPARE(admin.status, 201);
    QCOMPARE(admin.json.value(u"role"_s).toObject().value(u"slug"_s).toString(), u"admin"_s);

    const Answer byId = call("GET"_ba, u"/user_management/organization_memberships/"_s + membership.value(u"id"_s).toString());
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.json, membership);
}

void TstSandbox::membershipErrors_data()
{
    QTest::addColumn<bool>("knownUser");
    QTest::addColumn<bool>("knownOrganization");
    QTest::addColumn<QJsonObject>("roles");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("unknown user") << false << true << QJsonObject() << 404 << u"entity_not_found"_s;
    QTest::addRow("unknown organization") << true << false << QJsonObject() << 404 << u"entity_not_found"_s;
    QTest::addRow("unknown role slug") << true << true << QJsonObject {{u"role_slug"_s, u"owner"_s}} << 422 << u"invalid_role"_s;
    QTest::addRow("unknown role in role_slugs")
        << true << true << QJsonObject {{u"role_slugs"_s, QJsonArray {u"owner"_s}}} << 422 << u"invalid_role"_s;
    QTest::addRow("two role slugs")
        << true << true << QJsonObject {{u"role_slugs"_s, QJsonArray {u"member"_s, u"admin"_s}}} << 422
        << u"multiple_roles_not_enabled"_s;
    QTest::addRow("role_slug and role_slugs")
        << true << true << QJsonObject {{u"role_slug"_s, u"member"_s}, {u"role_slugs"_s, QJsonArray {u"member"_s}}}
        << 422 << u"invalid_request_parameters"_s;
}

void TstSandbox::membershipErrors()
{
    QFETCH(bool, knownUser);
    QFETCH(bool, knownOrganization);
    QFETCH(QJsonObject, roles);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString userId = knownUser ? createUser(u"m@example.com"_s).value(u"id"_s).toString() : u"user_01UNKNOWN"_s;
    const QString organizationId = knownOrganization ? createOrganization(u"O"_s).value(u"id"_s).toString() : u"org_01UNKNOWN"_s;
    QJsonObject body = roles;
    body.insert(u"user_id"_s, userId);
    body.insert(u"organization_id"_s, organizationId);
    const Answer answer = call("POST"_ba, u"/user_management/organization_memberships"_s, body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    QVERIFY(!answer.json.value(u"message"_s).toString().isEmpty());
    QCOMPARE(call("GET"_ba, u"/_sandbox/state"_s, {}, {}).json.value(u"organization_memberships"_s).toArray().size(), 0);
}

void TstSandbox::membershipPaging()
{
    const QString userId = createUser(u"pager@example.com"_s).value(u"id"_s).toString();
    const QString otherUser = createUser(u"other@example.com"_s).value(u"id"_s).toString();
    QStringList memberships;
    QString firstOrganization;
    for (int i = 0; i < 12; ++i) {
        const QString organizationId = createOrganization(u"Org %1"_s.arg(i)).value(u"id"_s).toString();
        if (i == 0)
            firstOrganization = organizationId;
        const Answer answer = call("POST"_ba, u"/user_management/organization_memberships"_s,
                                   {{u"user_id"_s, userId}, {u"organization_id"_s, organizationId}});
        QCOMPARE(answer.status, 201);
        memberships.append(answer.json.value(u"id"_s).toString());
    }
    QCOMPARE(call("POST"_ba, u"/user_management/organization_memberships"_s,
                  {{u"user_id"_s, otherUser}, {u"organization_id"_s, firstOrganization}}).status, 201);

    // Default limit 10, newest first, `after` for the rest.
    const Answer first = call("GET"_ba, u"/user_management/organization_memberships?user_id="_s + userId);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"data"_s).toArray().size(), 10);
    QCOMPARE(first.json.value(u"list_metadata"_s).toObject().value(u"after"_s).toString(), memberships[2]);
    const Answer second = call("GET"_ba, u"/user_management/organization_memberships?user_id="_s + userId
                                             + u"&after="_s + memberships[2]);
    QCOMPARE(second.json.value(u"data"_s).toArray().size(), 2);
    QVERIFY(second.json.value(u"list_metadata"_s).toObject().value(u"after"_s).isNull());
    QCOMPARE(second.json.value(u"list_metadata"_s).toObject().value(u"before"_s).toString(), memberships[1]);

    QCOMPARE(collectIds(u"/user_management/organization_memberships?order=asc&user_id="_s + userId, 5, u"after"_s),
             memberships);
    QCOMPARE(collectIds(u"/user_management/organization_memberships?organization_id="_s + firstOrganization, 100,
                        u"after"_s).size(), 2);
    QCOMPARE(call("GET"_ba, u"/user_management/organization_memberships?user_id="_s + userId + u"&limit=101"_s).status, 422);
    QCOMPARE(call("GET"_ba, u"/user_management/organization_memberships"_s).status, 422);
}

void TstSandbox::multipleRolesWhenEnabled()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({u"--roles"_s, u"member,admin,billing"_s, u"--multiple-roles"_s, u"--keys"_s, u"sk_test_a"_s}));
    const QString userId = call(sandbox.url(), "POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"r@example.com"_s}})
                               .json.value(u"id"_s).toString();
    const QString organizationId = call(sandbox.url(), "POST"_ba, u"/organizations"_s, {{u"name"_s, u"R"_s}})
                                       .json.value(u"id"_s).toString();
    const Answer answer = call(sandbox.url(), "POST"_ba, u"/user_management/organization_memberships"_s,
                               {{u"user_id"_s, userId},
                                {u"organization_id"_s, organizationId},
                                {u"role_slugs"_s, QJsonArray {u"admin"_s, u"billing"_s}}});
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.json.value(u"roles"_s).toArray(),
             (QJsonArray {QJsonObject {{u"slug"_s, u"admin"_s}}, QJsonObject {{u"slug"_s, u"billing"_s}}}));
    QCOMPARE(sandbox.stop(), 0);
}

void TstSandbox::rateLimitRefusesOverBudget()
{
    // A window far longer than the test, so all 21 writes surely fall into one window.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({u"--rate-limits"_s, u"writes=20/60"_s, u"--keys"_s, u"sk_test_a,sk_test_b"_s}));
    for (int i = 0; i < 20; ++i) {
        const Answer answer = call(sandbox.url(), "POST"_ba, u"/user_management/users"_s,
                                   {{u"email"_s, u"w%1@example.com"_s.arg(i)}});
        QCOMPARE(answer.status, 201);
        QCOMPARE(answer.headers.value("x-ratelimit-limit"_ba), "20"_ba);
        QCOMPARE(answer.headers.value("x-ratelimit-remaining"_ba).toInt(), 19 - i);
    }
    const Answer refused = call(sandbox.url(), "POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"w20@example.com"_s}});
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.code(), u"rate_limit_exceeded"_s);
    bool ok = false;
    const int retryAfter = refused.headers.value("retry-after"_ba).toInt(&ok);
    QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 60, refused.headers.value("retry-after"_ba).constData());
    QCOMPARE(refused.headers.value("x-ratelimit-limit"_ba), "20"_ba);
    QCOMPARE(refused.headers.value("x-ratelimit-remaining"_ba), "0"_ba);
    QVERIFY(refused.headers.value("x-ratelimit-reset"_ba).toInt() >= 1);
    QVERIFY(refused.headers.contains("x-request-id"_ba));

    // Memberships are writes too; reads and other keys have their own budgets.
    QCOMPARE(call(sandbox.url(), "POST"_ba, u"/user_management/organization_memberships"_s, {}).status, 429);
    QCOMPARE(call(sandbox.url(), "GET"_ba, u"/user_management/users?email=w1%40example.com"_s).status, 200);
    QCOMPARE(call(sandbox.url(), "POST"_ba, u"/organizations"_s, {{u"name"_s, u"general family"_s}}).status, 201);
    QCOMPARE(call(sandbox.url(), "POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"b@example.com"_s}}, KeyB).status, 201);

    const QJsonObject stats = call(sandbox.url(), "GET"_ba, u"/_sandbox/stats"_s, {}, {}).json;
    QCOMPARE(stats.value(u"rate_limited"_s).toInteger(), 2);
    const QJsonObject writes = stats.value(u"families"_s).toObject().value(u"writes"_s).toObject();
    QCOMPARE(writes.value(u"limit"_s).toInteger(), 20);
    QCOMPARE(writes.value(u"max_in_window"_s).toInteger(), 20);
    QCOMPARE(writes.value(u"max_attempted_in_window"_s).toInteger(), 22);
    QCOMPARE(writes.value(u"rate_limited"_s).toInteger(), 2);
    QCOMPARE(stats.value(u"statuses"_s).toObject().value(u"429"_s).toInteger(), 2);
    // The refused write created nothing.
    QCOMPARE(stats.value(u"counts"_s).toObject().value(u"users"_s).toInteger(), 21);
    QCOMPARE(sandbox.stop(), 0);
}

void TstSandbox::rateLimitSlotFreesAfterRetryAfter()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({u"--rate-limits"_s, u"reads=3/1"_s, u"--keys"_s, u"sk_test_a"_s}));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call(sandbox.url(), "GET"_ba, u"/user_management/users"_s).status, 200);
    const Answer refused = call(sandbox.url(), "GET"_ba, u"/user_management/users"_s);
    QCOMPARE(refused.status, 429);
    const int retryAfter = refused.headers.value("retry-after"_ba).toInt();
    QCOMPARE(retryAfter, 1);
    // Waiting as long as Retry-After says is always enough.
    QTest::qWait(retryAfter * 1000 + 50);
    QCOMPARE(call(sandbox.url(), "GET"_ba, u"/user_management/users"_s).status, 200);
    QCOMPARE(sandbox.stop(), 0);
}

void TstSandbox::failRateAnswers5xx()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({u"--fail-rate"_s, u"1.0"_s, u"--seed"_s, u"3"_s, u"--keys"_s, u"sk_test_a"_s}));
    QSet<int> statuses;
    for (int i = 0; i < 8; ++i) {
        const Answer answer = call(sandbox.url(), "POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"f@example.com"_s}});
        QVERIFY2(answer.status == 500 || answer.status == 503, qPrintable(QString::number(answer.status)));
        QVERIFY(!answer.code().isEmpty());
        QVERIFY(answer.headers.contains("x-request-id"_ba));
        statuses.insert(answer.status);
    }
    QCOMPARE(statuses, (QSet<int> {500, 503})); // seed 3 draws both kinds in 8 requests
    // Faults never touch /_sandbox, and a 5xx changed nothing.
    const Answer state = call(sandbox.url(), "GET"_ba, u"/_sandbox/state"_s, {}, {});
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json.value(u"users"_s).toArray().size(), 0);
    const QJsonObject stats = call(sandbox.url(), "GET"_ba, u"/_sandbox/stats"_s, {}, {}).json;
    QCOMPARE(stats.value(u"faults"_s).toObject().value(u"failed"_s).toInteger(), 8);
    QCOMPARE(sandbox.stop(), 0);
}

void TstSandbox::resetRateDropsConnection()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({u"--reset-rate"_s, u"1.0"_s, u"--keys"_s, u"sk_test_a"_s}));
    const Answer answer = call(sandbox.url(), "POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"r@example.com"_s}});
    QVERIFY(answer.error != QNetworkReply::NoError);
    QCOMPARE(answer.status, 0); // no HTTP answer at all
    QVERIFY(answer.body.isEmpty());
    // The write took effect before the connection dropped: exactly one user, however many
    // times the client library resent the request.
    const Answer state = call(sandbox.url(), "GET"_ba, u"/_sandbox/state"_s, {}, {});
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json.value(u"users"_s).toArray().size(), 1);
    QVERIFY(call(sandbox.url(), "GET"_ba, u"/_sandbox/stats"_s, {}, {}).json.value(u"faults"_s).toObject()
                .value(u"reset"_s).toInteger() >= 1);
    QCOMPARE(sandbox.stop(), 0);
}

void TstSandbox::stallRateAnswersNothing()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({u"--stall-rate"_s, u"1.0"_s, u"--stall-seconds"_s, u"1"_s, u"--keys"_s, u"sk_test_a"_s}));
    const Answer answer = call(sandbox.url(), "GET"_ba, u"/organizations"_s);
    QVERIFY(answer.error != QNetworkReply::NoError);
    QCOMPARE(answer.status, 0);
    // Meanwhile the server keeps answering other connections.
    QCOMPARE(call(sandbox.url(), "GET"_ba, u"/_sandbox/stats"_s, {}, {}).status, 200);
    QCOMPARE(sandbox.stop(), 0);
}

// POST /_sandbox/switches: a revoked key gets 401 while others work; "unreachable" drops every
// API connection before anything runs, keeping the data; reset turns both off.
void TstSandbox::switchesSimulateJobLevelFailures()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({u"--keys"_s, u"sk_test_a,sk_test_b"_s}));
    const QUrl url = sandbox.url();
    QCOMPARE(call(url, "POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"one@example.com"_s}}).status, 201);

    QCOMPARE(call(url, "POST"_ba, u"/_sandbox/switches"_s, {{u"refused_keys"_s, QJsonArray {u"sk_test_a"_s}}}, {}).status, 200);
    QCOMPARE(call(url, "GET"_ba, u"/organizations"_s, {}, KeyA).status, 401);
    QCOMPARE(call(url, "GET"_ba, u"/organizations"_s, {}, KeyB).status, 200);

    QCOMPARE(call(url, "POST"_ba, u"/_sandbox/switches"_s,
                  {{u"unreachable"_s, true}, {u"refused_keys"_s, QJsonArray()}}, {}).status, 200);
    const Answer down = call(url, "POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"two@example.com"_s}}, KeyA);
    QVERIFY(down.error != QNetworkReply::NoError);
    QCOMPARE(down.status, 0); // no HTTP answer at all
    QCOMPARE(call(url, "POST"_ba, u"/_sandbox/switches"_s, {{u"unreachable"_s, false}}, {}).status, 200);
    QCOMPARE(call(url, "GET"_ba, u"/organizations"_s, {}, KeyA).status, 200);
    const QJsonArray users = call(url, "GET"_ba, u"/_sandbox/state"_s, {}, {}).json.value(u"users"_s).toArray();
    QCOMPARE(users.size(), 1); // the request sent while "down" never ran; the data stayed

    QCOMPARE(call(url, "POST"_ba, u"/_sandbox/switches"_s, {{u"unreachable"_s, true}}, {}).status, 200);
    QCOMPARE(call(url, "POST"_ba, u"/_sandbox/reset"_s, {}, {}).status, 200);
    QCOMPARE(call(url, "GET"_ba, u"/organizations"_s, {}, KeyA).status, 200);
    QCOMPARE(sandbox.stop(), 0);
}

void TstSandbox::latencyStillAnswersEveryRequest()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({u"--latency-ms"_s, u"20"_s, u"--seed"_s, u"9"_s, u"--keys"_s, u"sk_test_a"_s}));
    // Many requests in flight at once over keep-alive connections: each gets its own answer.
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 30; ++i) {
        QNetworkRequest request(QUrl(sandbox.url().toString() + u"/user_management/users"_s));
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + KeyA);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        replies.append(m_network.post(request, QJsonDocument(QJsonObject {{u"email"_s, u"l%1@example.com"_s.arg(i)}}).toJson()));
    }
    for (int i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies[i];
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(20000));
        }
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(parseObject(reply->readAll()).value(u"email"_s).toString(), u"l%1@example.com"_s.arg(i));
        reply->deleteLater();
    }
    QCOMPARE(sandbox.stop(), 0);
}

void TstSandbox::stateAndStats()
{
    const QJsonObject user = createUser(u"state@example.com"_s, {{u"password"_s, u"do-not-store-me"_s}});
    const QJsonObject organization = createOrganization(u"State Org"_s, u"state-ext"_s);
    QCOMPARE(call("POST"_ba, u"/user_management/organization_memberships"_s,
                  {{u"user_id"_s, user.value(u"id"_s)}, {u"organization_id"_s, organization.value(u"id"_s)}}).status,
             201);
    call("GET"_ba, u"/organizations/"_s + organization.value(u"id"_s).toString());
    call("GET"_ba, u"/organizations"_s, {}, "sk_wrong"_ba);

    const Answer state = call("GET"_ba, u"/_sandbox/state"_s, {}, {});
    QCOMPARE(state.status, 200);
    const QJsonArray users = state.json.value(u"users"_s).toArray();
    const QJsonArray organizations = state.json.value(u"organizations"_s).toArray();
    const QJsonArray memberships = state.json.value(u"organization_memberships"_s).toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject(), user);
    QCOMPARE(organizations.size(), 1);
    QCOMPARE(organizations.first().toObject(), organization);
    QCOMPARE(memberships.size(), 1);
    QCOMPARE(memberships.first().toObject().value(u"user_id"_s), user.value(u"id"_s));
    QVERIFY(!state.body.contains("do-not-store-me"));

    const QJsonObject stats = call("GET"_ba, u"/_sandbox/stats"_s, {}, {}).json;
    const QJsonObject endpoints = stats.value(u"endpoints"_s).toObject();
    QCOMPARE(endpoints.value(u"POST /user_management/users"_s).toInteger(), 1);
    QCOMPARE(endpoints.value(u"POST /organizations"_s).toInteger(), 1);
    QCOMPARE(endpoints.value(u"POST /user_management/organization_memberships"_s).toInteger(), 1);
    QCOMPARE(endpoints.value(u"GET /organizations/:id"_s).toInteger(), 1);
    QCOMPARE(endpoints.value(u"GET /organizations"_s).toInteger(), 1);
    QCOMPARE(stats.value(u"requests"_s).toInteger(), 5);
    QCOMPARE(stats.value(u"unauthorized"_s).toInteger(), 1);
    QCOMPARE(stats.value(u"rate_limited"_s).toInteger(), 0);
    const QJsonObject families = stats.value(u"families"_s).toObject();
    QCOMPARE(families.value(u"writes"_s).toObject().value(u"max_in_window"_s).toInteger(), 2);
    QCOMPARE(families.value(u"writes"_s).toObject().value(u"limit"_s).toInteger(), 500);
    QCOMPARE(families.value(u"all"_s).toObject().value(u"max_in_window"_s).toInteger(), 2);
    QCOMPARE(families.value(u"all"_s).toObject().value(u"limit"_s).toInteger(), 6000);

    // Reset empties everything.
    QCOMPARE(call("POST"_ba, u"/_sandbox/reset"_s, {}, {}).status, 200);
    const Answer empty = call("GET"_ba, u"/_sandbox/state"_s, {}, {});
    QCOMPARE(empty.json.value(u"users"_s).toArray().size(), 0);
    QCOMPARE(call("GET"_ba, u"/_sandbox/stats"_s, {}, {}).json.value(u"requests"_s).toInteger(), 0);
}

void TstSandbox::stopsOnSigterm()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({u"--keys"_s, u"sk_test_a"_s}));
    QCOMPARE(call(sandbox.url(), "GET"_ba, u"/organizations"_s).status, 200);
    QCOMPARE(sandbox.stop(), 0);
    // The port is closed afterwards.
    const Answer after = call(sandbox.url(), "GET"_ba, u"/organizations"_s);
    QCOMPARE(after.status, 0);
    QVERIFY(after.error != QNetworkReply::NoError);
}

// --journal: the wizard's rehearsals resume after the program was killed, so a sandbox started
// again on its journal must hold exactly what the killed one had answered — users,
// organizations, memberships, updates and deletes, with the same ids — and the journal must
// never hold a password or a hash. Random changes, a SIGKILL after each round, a torn last
// line, then a reset that empties it.
void TstSandbox::journalKeepsEveryAnsweredChangeAcrossKills()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString journal = dir.filePath(u"sandbox.journal"_s);
    const QStringList arguments {u"--port"_s, u"0"_s, u"--keys"_s, u"sk_test_a"_s, u"--journal"_s, journal,
                                 u"--rate-limits"_s, u"off"_s};
    QRandomGenerator random(20261129);
    QStringList users;
    QStringList organizations;
    QStringList memberships;
    const QString secretHash = u"$2b$10$SECRETSECRETSECRETSECRuJ3m8b2Y5xS7U9uFpQF1Z5E0m8y9K1y"_s;
    QJsonObject before;
    int emailNumber = 0;
    for (int round = 0; round < 6; ++round) {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(arguments), "workos-sandbox did not start on its journal");
        const QJsonObject after = call(sandbox.url(), "GET"_ba, u"/_sandbox/state"_s, {}, {}).json;
        if (round > 0)
            QCOMPARE(after, before);
        for (int step = 0; step < 40; ++step) {
            const int what = int(random.bounded(10));
            if (what < 4 || users.isEmpty()) {
                const QString email = u"user%1.é@example.com"_s.arg(++emailNumber).replace(u"é"_s, u"e"_s);
                QJsonObject body {{u"email"_s, email}, {u"first_name"_s, u"Zoë %1"_s.arg(emailNumber)},
                                  {u"external_id"_s, u"ext-%1"_s.arg(emailNumber)},
                                  {u"metadata"_s, QJsonObject {{u"dept"_s, u"n°%1"_s.arg(round)}}}};
                if (random.bounded(2) == 0) {
                    body.insert(u"password_hash"_s, secretHash);
                    body.insert(u"password_hash_type"_s, u"bcrypt"_s);
                } else {
                    body.insert(u"password"_s, u"Secret-Password-%1"_s.arg(emailNumber));
                }
                const Answer created = call(sandbox.url(), "POST"_ba, u"/user_management/users"_s, body);
                QCOMPARE(created.status, 201);
                users.append(created.json.value(u"id"_s).toString());
            } else if (what < 5 || organizations.isEmpty()) {
                const Answer created = call(sandbox.url(), "POST"_ba, u"/organizations"_s,
                                            {{u"name"_s, u"Org %1"_s.arg(organizations.size())},
                                             {u"external_id"_s, u"org-%1-%2"_s.arg(round).arg(step)}});
                QCOMPARE(created.status, 201);
                organizations.append(created.json.value(u"id"_s).toString());
            } else if (what < 8) {
                const Answer created = call(sandbox.url(), "POST"_ba, u"/user_management/organization_memberships"_s,
                                            {{u"user_id"_s, users.at(int(random.bounded(users.size())))},
                                             {u"organization_id"_s, organizations.at(int(random.bounded(organizations.size())))},
                                             {u"role_slug"_s, random.bounded(2) ? u"admin"_s : u"member"_s}});
                QVERIFY2(created.status == 201 || created.status == 409 || created.status == 404, created.body.constData());
                if (created.status == 201)
                    memberships.append(created.json.value(u"id"_s).toString());
            } else if (what < 9) {
                const QString id = users.at(int(random.bounded(users.size())));
                const Answer updated = call(sandbox.url(), "PUT"_ba, u"/user_management/users/"_s + id,
                                            {{u"last_name"_s, u"Renamed %1"_s.arg(step)}});
                QVERIFY(updated.status == 200 || updated.status == 404);
            } else {
                // A delete of each kind in turn (404 when it went with its user or organization).
                static const QStringList paths {u"/user_management/users/"_s, u"/organizations/"_s,
                                                u"/user_management/organization_memberships/"_s};
                const int kind = step % 3;
                const QStringList &ids = kind == 0 ? users : kind == 1 ? organizations : memberships;
                if (ids.isEmpty())
                    continue;
                const Answer deleted = call(sandbox.url(), "DELETE"_ba, paths.at(kind) + ids.at(int(random.bounded(ids.size()))));
                QVERIFY(deleted.status == 204 || deleted.status == 404);
            }
        }
        before = call(sandbox.url(), "GET"_ba, u"/_sandbox/state"_s, {}, {}).json;
        QVERIFY(before.value(u"users"_s).toArray().size() > 0);
        sandbox.killHard();
    }

    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(!bytes.contains("SECRET"));
    QVERIFY(!bytes.contains("Secret-Password"));
    QCOMPARE(int(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);

    // A line cut short by a crash is dropped; everything before it stays.
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"route\": 1, \"body\": {\"email\"");
    file.close();
    SandboxProcess sandbox;
    QVERIFY(sandbox.start(arguments));
    QCOMPARE(call(sandbox.url(), "GET"_ba, u"/_sandbox/state"_s, {}, {}).json, before);
    QCOMPARE(call(sandbox.url(), "POST"_ba, u"/organizations"_s, {{u"name"_s, u"After the tear"_s}}).status, 201);
    QCOMPARE(call(sandbox.url(), "POST"_ba, u"/_sandbox/reset"_s, {}, {}).status, 200);
    sandbox.killHard();
    SandboxProcess empty;
    QVERIFY(empty.start(arguments));
    const QJsonObject counts = call(empty.url(), "GET"_ba, u"/_sandbox/state"_s, {}, {}).json.value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"users"_s).toInteger(), 0);
    QCOMPARE(counts.value(u"organizations"_s).toInteger(), 0);
}

// WorkOS answers a POST repeated with the same Idempotency-Key with the first answer: a retry
// after a lost answer (a connection reset after the user was created) creates nothing twice.
void TstSandbox::idempotencyKeyReplaysTheFirstAnswer()
{
    m_idempotencyKey = "idem-1"_ba;
    const Answer first = call("POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"once@example.com"_s}});
    const Answer again = call("POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"once@example.com"_s}});
    m_idempotencyKey = "idem-2"_ba;
    const Answer other = call("POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"once@example.com"_s}});
    m_idempotencyKey.clear();
    QCOMPARE(first.status, 201);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json.value(u"id"_s), first.json.value(u"id"_s));
    QCOMPARE(other.status, 400); // a new key is a new request: the email is taken now
    QCOMPARE(other.firstErrorCode(), u"email_not_available"_s);
    const Answer found = call("GET"_ba, u"/user_management/users?email=once@example.com"_s);
    QCOMPARE(found.json.value(u"data"_s).toArray().size(), 1);
}

// With --ignore-idempotency-key every POST runs, as if the header were absent: a replay after a
// lost answer meets the record the first attempt made (a taken email, an existing membership),
// which is the path the importer's replay handles. The stats count those answers by code.
void TstSandbox::ignoredIdempotencyKeyRunsEveryPost()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({u"--ignore-idempotency-key"_s, u"--keys"_s, u"sk_test_a"_s}));
    m_idempotencyKey = "same-key"_ba;
    const Answer first = call(sandbox.url(), "POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"twice@example.com"_s}});
    const Answer again = call(sandbox.url(), "POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"twice@example.com"_s}});
    QCOMPARE(first.status, 201);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.firstErrorCode(), u"email_not_available"_s);

    m_idempotencyKey = "org-key"_ba;
    const QString orgId = call(sandbox.url(), "POST"_ba, u"/organizations"_s, {{u"name"_s, u"Twice"_s}}).json.value(u"id"_s).toString();
    m_idempotencyKey = "membership-key"_ba;
    const QJsonObject membership {{u"user_id"_s, first.json.value(u"id"_s)}, {u"organization_id"_s, orgId}};
    const Answer added = call(sandbox.url(), "POST"_ba, u"/user_management/organization_memberships"_s, membership);
    const Answer addedAgain = call(sandbox.url(), "POST"_ba, u"/user_management/organization_memberships"_s, membership);
    m_idempotencyKey.clear();
    QCOMPARE(added.status, 201);
    QCOMPARE(addedAgain.status, 409);
    QCOMPARE(addedAgain.code(), u"organization_membership_already_exists"_s);

    const QJsonObject stats = call(sandbox.url(), "GET"_ba, u"/_sandbox/stats"_s, {}, {}).json;
    QCOMPARE(stats.value(u"idempotent_replays"_s).toInteger(), 0);
    const QJsonObject codes = stats.value(u"error_codes"_s).toObject();
    QCOMPARE(codes.value(u"email_not_available"_s).toInteger(), 1);
    QCOMPARE(codes.value(u"user_creation_error"_s).toInteger(), 1);
    QCOMPARE(codes.value(u"organization_membership_already_exists"_s).toInteger(), 1);
    QCOMPARE(stats.value(u"counts"_s).toObject().value(u"users"_s).toInteger(), 1);
    QCOMPARE(sandbox.stop(), 0);
}
// ---- deletes ------------------------------------------------------------------------------

namespace {
QStringList idsOf(const QJsonArray &array)
{
    QStringList ids;
    for (const QJsonValue item : array)
        ids.append(item.toObject().value(u"id"_s).toString());
    return ids;
}
} // namespace

void TstSandbox::deleteUserDeletesItsMemberships()
{
    const QJsonObject user = createUser(u"Gone@Example.com"_s, {{u"external_id"_s, u"gone-1"_s}});
    const QJsonObject stays = createUser(u"stays@example.com"_s);
    const QString userId = user.value(u"id"_s).toString();
    const QString a = createOrganization(u"A"_s).value(u"id"_s).toString();
    const QString b = createOrganization(u"B"_s).value(u"id"_s).toString();
    for (const QString &org : {a, b})
        QCOMPARE(call("POST"_ba, u"/user_management/organization_memberships"_s,
                      {{u"user_id"_s, userId}, {u"organization_id"_s, org}}).status, 201);
    QCOMPARE(call("POST"_ba, u"/user_management/organization_memberships"_s,
                  {{u"user_id"_s, stays.value(u"id"_s)}, {u"organization_id"_s, a}}).status, 201);

    const Answer deleted = call("DELETE"_ba, u"/user_management/users/"_s + userId);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QVERIFY(deleted.headers.contains("x-request-id"_ba));

    QCOMPARE(call("GET"_ba, u"/user_management/users/"_s + userId).status, 404);
    QCOMPARE(call("GET"_ba, u"/user_management/users/external_id/gone-1"_s).status, 404);
    QCOMPARE(call("GET"_ba, u"/user_management/users?email=gone%40example.com"_s).json.value(u"data"_s).toArray().size(), 0);
    // Its memberships went with it; the other user's did not.
    const Answer ofA = call("GET"_ba, u"/user_management/organization_memberships?organization_id="_s + a);
    QCOMPARE(ofA.json.value(u"data"_s).toArray().size(), 1);
    QCOMPARE(ofA.json.value(u"data"_s).toArray().first().toObject().value(u"user_id"_s), stays.value(u"id"_s));
    QCOMPARE(call("GET"_ba, u"/user_management/organization_memberships?user_id="_s + userId).json
                 .value(u"data"_s).toArray().size(), 0);
    const QJsonObject state = call("GET"_ba, u"/_sandbox/state"_s, {}, {}).json;
    QCOMPARE(state.value(u"counts"_s).toObject().value(u"users"_s).toInteger(), 1);
    QCOMPARE(state.value(u"counts"_s).toObject().value(u"organization_memberships"_s).toInteger(), 1);
    QCOMPARE(state.value(u"users"_s).toArray().size(), 1);

    // A second delete is a 404; the email and the external id are free again.
    const Answer again = call("DELETE"_ba, u"/user_management/users/"_s + userId);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.code(), u"entity_not_found"_s);
    const Answer recreated = call("POST"_ba, u"/user_management/users"_s,
                                  {{u"email"_s, u"gone@example.com"_s}, {u"external_id"_s, u"gone-1"_s}});
    QCOMPARE(recreated.status, 201);
    QVERIFY(recreated.json.value(u"id"_s).toString() != userId);
    // Memberships cannot name the deleted user.
    QCOMPARE(call("POST"_ba, u"/user_management/organization_memberships"_s,
                  {{u"user_id"_s, userId}, {u"organization_id"_s, b}}).status, 404);
}

void TstSandbox::deleteOrganizationDeletesItsMemberships()
{
    const QString organizationId = createOrganization(u"Doomed"_s, u"doomed-ext"_s).value(u"id"_s).toString();
    const QString other = createOrganization(u"Other"_s).value(u"id"_s).toString();
    const QString u1 = createUser(u"o1@example.com"_s).value(u"id"_s).toString();
    const QString u2 = createUser(u"o2@example.com"_s).value(u"id"_s).toString();
    for (const QString &user : {u1, u2})
        QCOMPARE(call("POST"_ba, u"/user_management/organization_memberships"_s,
                      {{u"user_id"_s, user}, {u"organization_id"_s, organizationId}}).status, 201);
    QCOMPARE(call("POST"_ba, u"/user_management/organization_memberships"_s,
                  {{u"user_id"_s, u1}, {u"organization_id"_s, other}}).status, 201);

    const Answer deleted = call("DELETE"_ba, u"/organizations/"_s + organizationId);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(call("GET"_ba, u"/organizations/"_s + organizationId).status, 404);
    QCOMPARE(call("GET"_ba, u"/organizations/external_id/doomed-ext"_s).status, 404);
    QCOMPARE(collectIds(u"/organizations"_s, 10, u"after"_s), QStringList {other});
    QCOMPARE(call("GET"_ba, u"/user_management/organization_memberships?organization_id="_s + organizationId).json
                 .value(u"data"_s).toArray().size(), 0);
    QCOMPARE(call("GET"_ba, u"/user_management/users?organization_id="_s + organizationId).json
                 .value(u"data"_s).toArray().size(), 0);
    // The users stay, with their other memberships.
    QCOMPARE(call("GET"_ba, u"/user_management/users/"_s + u1).status, 200);
    QCOMPARE(call("GET"_ba, u"/user_management/users/"_s + u2).status, 200);
    QCOMPARE(call("GET"_ba, u"/user_management/organization_memberships?user_id="_s + u1).json
                 .value(u"data"_s).toArray().size(), 1);
    QCOMPARE(call("DELETE"_ba, u"/organizations/"_s + organizationId).status, 404);
    QCOMPARE(call("POST"_ba, u"/organizations"_s, {{u"name"_s, u"Again"_s}, {u"external_id"_s, u"doomed-ext"_s}}).status, 201);
}

void TstSandbox::deleteMembership()
{
    const QString userId = createUser(u"dm@example.com"_s).value(u"id"_s).toString();
    const QString organizationId = createOrganization(u"DM"_s).value(u"id"_s).toString();
    const Answer created = call("POST"_ba, u"/user_management/organization_memberships"_s,
                                {{u"user_id"_s, userId}, {u"organization_id"_s, organizationId}});
    QCOMPARE(created.status, 201);
    const QString id = created.json.value(u"id"_s).toString();

    const Answer deleted = call("DELETE"_ba, u"/user_management/organization_memberships/"_s + id);
    QCOMPARE(deleted.status, 204);
    QCOMPARE(call("GET"_ba, u"/user_management/organization_memberships/"_s + id).status, 404);
    QCOMPARE(call("DELETE"_ba, u"/user_management/organization_memberships/"_s + id).status, 404);
    QCOMPARE(call("DELETE"_ba, u"/user_management/organization_memberships/om_01UNKNOWN"_s).code(), u"entity_not_found"_s);
    // The user and the organization stay; the pair may be joined again.
    QCOMPARE(call("GET"_ba, u"/user_management/users/"_s + userId).status, 200);
    QCOMPARE(call("GET"_ba, u"/organizations/"_s + organizationId).status, 200);
    QCOMPARE(call("POST"_ba, u"/user_management/organization_memberships"_s,
                  {{u"user_id"_s, userId}, {u"organization_id"_s, organizationId}}).status, 201);
}

void TstSandbox::listsSkipDeletedObjects_data()
{
    QTest::addColumn<int>("stride"); // delete every stride-th object (from the first)
    QTest::addColumn<int>("limit");
    for (const int stride : {1, 2, 3, 5})
        for (const int limit : {1, 2, 7, 100})
            QTest::addRow("every %d, limit %d", stride, limit) << stride << limit;
}

// A property of every list: following cursors in either order visits exactly the live
// objects, once each, in creation order, wherever the deleted ones were.
void TstSandbox::listsSkipDeletedObjects()
{
    QFETCH(int, stride);
    QFETCH(int, limit);
    const QString organizationId = createOrganization(u"Paged"_s).value(u"id"_s).toString();
    QStringList liveUsers;
    QStringList liveMemberships;
    QStringList liveOrganizations {organizationId};
    for (int i = 0; i < 17; ++i) {
        const QString userId = createUser(u"p%1@example.com"_s.arg(i)).value(u"id"_s).toString();
        const QString membershipId = call("POST"_ba, u"/user_management/organization_memberships"_s,
                                          {{u"user_id"_s, userId}, {u"organization_id"_s, organizationId}})
                                         .json.value(u"id"_s).toString();
        const QString extraOrganization = createOrganization(u"Extra %1"_s.arg(i)).value(u"id"_s).toString();
        if (i % stride == 0) {
            // Users and organizations go by their own delete; memberships by theirs (or with the user).
            QCOMPARE(call("DELETE"_ba, (i % 2 ? u"/user_management/organization_memberships/"_s + membershipId
                                              : u"/user_management/users/"_s + userId)).status, 204);
            if (i % 2)
                liveUsers.append(userId);
            QCOMPARE(call("DELETE"_ba, u"/organizations/"_s + extraOrganization).status, 204);
        } else {
            liveUsers.append(userId);
            liveMemberships.append(membershipId);
            liveOrganizations.append(extraOrganization);
        }
    }
    QStringList newestFirst = liveUsers;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(collectIds(u"/user_management/users?order=asc"_s, limit, u"after"_s), liveUsers);
    QCOMPARE(collectIds(u"/user_management/users"_s, limit, u"after"_s), newestFirst);
    QCOMPARE(collectIds(u"/organizations?order=asc"_s, limit, u"after"_s), liveOrganizations);
    QCOMPARE(collectIds(u"/user_management/organization_memberships?order=asc&organization_id="_s + organizationId,
                        limit, u"after"_s), liveMemberships);
    // Paging back with `before` from past the newest object gives the same objects.
    if (!liveUsers.isEmpty()) {
        QStringList back;
        QString cursor = createUser(u"zz-cursor@example.com"_s).value(u"id"_s).toString();
        for (int page = 0; page < 100 && !cursor.isEmpty(); ++page) {
            const Answer answer = call("GET"_ba, u"/user_management/users?order=asc&limit=%1&before=%2"_s.arg(limit).arg(cursor));
            QCOMPARE(answer.status, 200);
            back = idsOf(answer.json.value(u"data"_s).toArray()) + back;
            cursor = answer.json.value(u"list_metadata"_s).toObject().value(u"before"_s).toString();
        }
        QCOMPARE(back, liveUsers);
    }
}

void TstSandbox::deletesUseTheirRateFamilies()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({u"--keys"_s, u"sk_test_a"_s, u"--rate-limits"_s, u"writes=3/60,reads=100/60,all=2/60"_s}));
    const QString userId = call(sandbox.url(), "POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"f@example.com"_s}})
                               .json.value(u"id"_s).toString();
    const QString organizationId = call(sandbox.url(), "POST"_ba, u"/organizations"_s, {{u"name"_s, u"F"_s}})
                                       .json.value(u"id"_s).toString();
    // /user_management/* deletes are writes (2 of 3 used so far after this one)...
    QCOMPARE(call(sandbox.url(), "DELETE"_ba, u"/user_management/users/"_s + userId).status, 204);
    QCOMPARE(call(sandbox.url(), "POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"g@example.com"_s}}).status, 201);
    QCOMPARE(call(sandbox.url(), "DELETE"_ba, u"/user_management/users/"_s + userId).status, 429);
    // ... and /organizations deletes are "everything else" (2 of 2).
    QCOMPARE(call(sandbox.url(), "DELETE"_ba, u"/organizations/"_s + organizationId).status, 204);
    const Answer refused = call(sandbox.url(), "DELETE"_ba, u"/organizations/"_s + organizationId);
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.headers.contains("retry-after"_ba));
    const QJsonObject stats = call(sandbox.url(), "GET"_ba, u"/_sandbox/stats"_s, {}, {}).json;
    QCOMPARE(stats.value(u"endpoints"_s).toObject().value(u"DELETE /user_management/users/:id"_s).toInteger(), 2);
    QCOMPARE(stats.value(u"endpoints"_s).toObject().value(u"DELETE /organizations/:id"_s).toInteger(), 2);
}

void TstSandbox::manyDeletesCompactAndListsStayRight()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({u"--keys"_s, u"sk_test_a"_s, u"--rate-limits"_s, u"off"_s}));
    const QString organizationId = call(sandbox.url(), "POST"_ba, u"/organizations"_s, {{u"name"_s, u"Big"_s}})
                                       .json.value(u"id"_s).toString();
    QStringList kept;
    QStringList keptMemberships;
    constexpr int Users = 4200;
    for (int i = 0; i < Users; ++i) {
        const QString userId = call(sandbox.url(), "POST"_ba, u"/user_management/users"_s,
                                    {{u"email"_s, u"c%1@example.com"_s.arg(i)}}).json.value(u"id"_s).toString();
        QVERIFY(!userId.isEmpty());
        const QString membershipId = call(sandbox.url(), "POST"_ba, u"/user_management/organization_memberships"_s,
                                          {{u"user_id"_s, userId}, {u"organization_id"_s, organizationId}})
                                         .json.value(u"id"_s).toString();
        if (i % 100 == 7) {
            kept.append(userId);
            keptMemberships.append(membershipId);
        }
    }
    const QJsonArray users = call(sandbox.url(), "GET"_ba, u"/_sandbox/state"_s, {}, {}).json.value(u"users"_s).toArray();
    for (const QJsonValue user : users) {
        const QString id = user.toObject().value(u"id"_s).toString();
        if (!kept.contains(id))
            QCOMPARE(call(sandbox.url(), "DELETE"_ba, u"/user_management/users/"_s + id).status, 204);
    }
    const QJsonObject state = call(sandbox.url(), "GET"_ba, u"/_sandbox/state"_s, {}, {}).json;
    QCOMPARE(idsOf(state.value(u"users"_s).toArray()), kept);
    QCOMPARE(idsOf(state.value(u"organization_memberships"_s).toArray()), keptMemberships);
    // The kept users are still found by id, email and list, and new ones join them.
    QCOMPARE(call(sandbox.url(), "GET"_ba, u"/user_management/users/"_s + kept.first()).status, 200);
    QCOMPARE(call(sandbox.url(), "GET"_ba, u"/user_management/users?email=c7%40example.com"_s).json.value(u"data"_s)
                 .toArray().size(), 1);
    const QJsonObject page = call(sandbox.url(), "GET"_ba,
                                  u"/user_management/organization_memberships?order=asc&limit=100&organization_id="_s
                                      + organizationId).json;
    QCOMPARE(idsOf(page.value(u"data"_s).toArray()), keptMemberships);
    QCOMPARE(call(sandbox.url(), "POST"_ba, u"/user_management/users"_s, {{u"email"_s, u"c8@example.com"_s}}).status, 201);
}

QTEST_GUILESS_MAIN(TstSandbox)
#include "tst_sandbox.moc"
