#pragma once
// ThroughputChartWidget: a small live line chart of users per second over the last minutes of
// a run, with the rate limit's ceiling drawn as a dashed line, painted with QPainter (no
// QtCharts). The run page appends a sample on every progress update. Its figures are also text:
// the accessible description says the current, average and highest speed and the limit, so a
// screen reader (and tst_accessibility) reads what the picture shows. Takes keyboard focus
// (Tab) and draws a focus frame. GUI thread.

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
    // The chart's figures in words (also its accessibleDescription).
    QString figuresText() const;
    // The colour of the rate limit's line and label on `palette`'s base: readable (4.5:1) on
    // a light and a dark base.
    static QColor ceilingColor(const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDescription();
    QList<QPointF> m_samples; // (seconds since start, users/s)
    QElapsedTimer m_clock;
    double m_ceiling = 0;
    static constexpr double WindowSeconds = 300;
};

} // namespace Gui
