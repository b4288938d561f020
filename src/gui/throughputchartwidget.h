#pragma once
// ThroughputChartWidget: a small live line chart of users per second over the last minutes of
// a run, with the rate limit's ceiling drawn as a dashed line, painted with QPainter (no
// QtCharts). The run page appends a sample on every progress update. GUI thread.

#include <QtCore/QElapsedTimer>
#include <QtCore/QList>
#include <QtCore/QPointF>
#include <QtWidgets/QWidget>

namespace Gui {

class ThroughputChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ThroughputChartWidget(QWidget *parent = nullptr);

    void addSample(double usersPerSecond);
    void setCeiling(double usersPerSecond);
    void clear();
    qsizetype sampleCount() const { return m_samples.size(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPointF> m_samples; // (seconds since start, users/s)
    QElapsedTimer m_clock;
    double m_ceiling = 0;
    static constexpr double WindowSeconds = 300;
};

} // namespace Gui
