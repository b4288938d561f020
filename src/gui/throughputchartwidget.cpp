#include "throughputchartwidget.h"

#include "statuscolors.h"

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

ThroughputChartWidget::ThroughputChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::TabFocus); // so a keyboard and screen-reader user reaches its figures
    setAccessibleName(tr("Throughput chart"));
    updateDescription();
}

QString ThroughputChartWidget::figuresText() const
{
    const QLocale locale;
    auto speed = [&](double v) { return locale.toString(v, 'f', 1); };
    QString text;
    if (m_samples.isEmpty()) {
        text = tr("Users imported per second over the last five minutes: no figures yet.");
    } else {
        double sum = 0;
        double highest = 0;
        for (const QPointF &s : m_samples) {
            sum += s.y();
            highest = std::max(highest, s.y());
        }
        text = tr("Users imported per second over the last five minutes: now %1, average %2, highest %3.")
                   .arg(speed(m_samples.last().y()), speed(sum / double(m_samples.size())), speed(highest));
    }
    if (m_ceiling > 0)
        text += u" "_s + tr("The rate limit allows %1 users per second.").arg(speed(m_ceiling));
    return text;
}

void ThroughputChartWidget::updateDescription()
{
    setAccessibleDescription(figuresText());
    setToolTip(figuresText());
}

QColor ThroughputChartWidget::ceilingColor(const QPalette &palette)
{
    return StatusColors::forPalette(StatusColors::Tone::Error, palette, QPalette::Base);
}

void ThroughputChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange)
        update();
    if (event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Throughput chart"));
        updateDescription();
    }
    QWidget::changeEvent(event);
}

void ThroughputChartWidget::addSample(double usersPerSecond)
{
    if (!m_clock.isValid())
        m_clock.start();
    const double t = double(m_clock.elapsed()) / 1000.0;
    m_samples.append({t, usersPerSecond});
    while (m_samples.size() > 2 && m_samples.first().x() < t - WindowSeconds)
        m_samples.removeFirst();
    updateDescription();
    update();
}

void ThroughputChartWidget::setCeiling(double usersPerSecond)
{
    m_ceiling = usersPerSecond;
    updateDescription();
    update();
}

void ThroughputChartWidget::clear()
{
    m_samples.clear();
    m_clock.invalidate();
    updateDescription();
    update();
}

QSize ThroughputChartWidget::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 7};
}

QSize ThroughputChartWidget::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 5};
}

void ThroughputChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    p.setPen(pal.mid().color());
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    if (hasFocus()) {
        // Drawn by the chart itself: some styles show a focus rectangle only after a Tab press.
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
    const QLocale locale;

    const QFontMetrics fm = fontMetrics();
    double top = m_ceiling * 1.15;
    for (const QPointF &s : std::as_const(m_samples))
        top = std::max(top, s.y() * 1.1);
    if (top <= 0)
        top = 10;
    const QString topLabel = locale.toString(top, 'f', top < 10 ? 1 : 0);
    const int left = fm.horizontalAdvance(topLabel) + fm.averageCharWidth() * 2;
    const QRectF plot(left, fm.height() * 0.6, width() - left - fm.averageCharWidth(), height() - fm.height() * 1.8);
    if (plot.width() < 10 || plot.height() < 10)
        return;

    auto yFor = [&](double v) { return plot.bottom() - v / top * plot.height(); };
    p.setPen(pal.text().color());
    p.drawText(QRectF(0, plot.top() - fm.height() / 2.0, left - fm.averageCharWidth(), fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, topLabel);
    p.drawText(QRectF(0, plot.bottom() - fm.height() / 2.0, left - fm.averageCharWidth(), fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, locale.toString(0));
    p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignLeft,
               tr("users/s, last 5 minutes"));

    p.setPen(QPen(pal.mid().color(), 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    if (m_ceiling > 0) {
        QPen pen(ceilingColor(pal), 1, Qt::DashLine);
        p.setPen(pen);
        const double y = yFor(m_ceiling);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.drawText(QRectF(plot.left(), y - fm.height(), plot.width() - 4, fm.height()), Qt::AlignRight | Qt::AlignBottom,
                   //: The dashed line of the chart: the most users per second WorkOS's rate limit allows
                   tr("rate limit %1/s").arg(locale.toString(m_ceiling, 'f', m_ceiling < 10 ? 1 : 0)));
    }
    if (m_samples.size() < 2)
        return;
    const double tEnd = m_samples.last().x();
    const double tStart = std::max(m_samples.first().x(), tEnd - WindowSeconds);
    const double span = std::max(1.0, tEnd - tStart);
    QPainterPath line;
    QPainterPath area;
    bool first = true;
    for (const QPointF &s : std::as_const(m_samples)) {
        const QPointF pt(plot.left() + (s.x() - tStart) / span * plot.width(), yFor(s.y()));
        if (first) {
            line.moveTo(pt);
            area.moveTo(pt.x(), plot.bottom());
            area.lineTo(pt);
            first = false;
        } else {
            line.lineTo(pt);
            area.lineTo(pt);
        }
    }
    area.lineTo(line.currentPosition().x(), plot.bottom());
    area.closeSubpath();
    QColor fill = pal.highlight().color();
    fill.setAlpha(50);
    p.fillPath(area, fill);
    p.setPen(QPen(pal.highlight().color(), 2));
    p.drawPath(line);
}

} // namespace Gui
