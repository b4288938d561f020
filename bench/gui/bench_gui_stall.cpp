// bench_gui_stall: how long the GUI thread's event loop ever stalls while the wizard's run
// page shows a 10,000-row import against workos-sandbox (rate limits off). A 5 ms timer
// records how late each tick fires; the longest lateness is the longest stall a user could
// feel. Prints one JSON line. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
//   bench_gui_stall [ROWS]
#include "importwizard.h"
#include "runpage.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"users.csv"_s);
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        QByteArray out = "email,first_name,org_external_id,org_name\n";
        for (int i = 0; i < rows; ++i)
            out += "user" + QByteArray::number(i) + "@example.com,U" + QByteArray::number(i) + ",org-"
                + QByteArray::number(i % 50) + ",Org " + QByteArray::number(i % 50) + "\n";
        f.write(out);
    }

    QProcess sandbox;
    sandbox.start(QStringLiteral(WORKOS_SANDBOX_PATH), {u"--port"_s, u"0"_s, u"--rate-limits"_s, u"off"_s});
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(15000))
        return 2;
    const QJsonObject handshake = QJsonDocument::fromJson(sandbox.readLine()).object();
    const QUrl url(handshake.value(u"url"_s).toString());
    const QString key = handshake.value(u"keys"_s).toArray().first().toString();

    Gui::ImportWizard wizard(dir.filePath(u"jobs.sqlite"_s));
    wizard.apiKey = Api::ApiKey(key);
    wizard.apiUrl = url;
    wizard.runRequest.kind = Engine::RunRequest::Kind::New;
    wizard.runRequest.settings.csvPath = csv;
    wizard.runRequest.settings.apiUrl = url;
    wizard.runRequest.settings.workers = 4;
    wizard.runRequest.settings.rateLimits = *Api::RateLimits::parse(u"writes=1000000/10,reads=1000000/10,all=1000000/60"_s, nullptr);
    wizard.setStartId(Gui::ImportWizard::RunPageId);

    std::vector<qint64> lateness;
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    qint64 expected = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;
        lateness.push_back(std::max<qint64>(0, now - expected));
        expected = now + 5000;
    });
    bool done = false;
    Engine::JobResult result;
    wizard.show();
    wizard.restart();
    auto *run = qobject_cast<Gui::RunPage *>(wizard.page(Gui::ImportWizard::RunPageId));
    QObject::connect(run, &Gui::RunPage::runFinished, [&](const Engine::JobResult &r) {
        result = r;
        done = true;
        QApplication::quit();
    });
    clock.start();
    expected = 5000;
    tick.start(5);
    QApplication::exec();
    tick.stop();
    sandbox.terminate();
    sandbox.waitForFinished(3000);

    std::sort(lateness.begin(), lateness.end());
    const auto pct = [&](double p) { return lateness.empty() ? 0 : lateness[size_t(p * double(lateness.size() - 1))]; };
    const QJsonObject report{
        {u"rows"_s, rows},
        {u"state"_s, Store::jobStateId(result.state)},
        {u"elapsed_ms"_s, qint64(clock.elapsed())},
        {u"ticks"_s, qint64(lateness.size())},
        {u"max_stall_ms"_s, double(lateness.empty() ? 0 : lateness.back()) / 1000.0},
        {u"p99_stall_ms"_s, double(pct(0.99)) / 1000.0},
        {u"p50_stall_ms"_s, double(pct(0.50)) / 1000.0},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return done && (result.state == Store::JobState::Finished) ? 0 : 1;
}
