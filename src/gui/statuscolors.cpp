#include "statuscolors.h"

#include <QtGui/QGuiApplication>

#include <algorithm>
#include <cmath>

namespace Gui::StatusColors {

namespace {
double relativeLuminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// {for a light background, for a dark background}
std::pair<QColor, QColor> shades(Tone tone)
{
    switch (tone) {
    case Tone::Error: return {QColor(0xb3, 0x26, 0x1e), QColor(0xff, 0xb4, 0xab)};
    case Tone::Success: return {QColor(0x1a, 0x6e, 0x2e), QColor(0x8f, 0xd1, 0x9e)};
    case Tone::Warning: return {QColor(0x8a, 0x4b, 0x00), QColor(0xff, 0xc1, 0x7a)};
    case Tone::Info: return {QColor(0x1a, 0x5f, 0xb4), QColor(0x99, 0xc1, 0xf1)};
    case Tone::Muted: return {QColor(0x5e, 0x5c, 0x64), QColor(0xc0, 0xbf, 0xc5)};
    }
    return {Qt::black, Qt::white};
}
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor forBackground(Tone tone, const QColor &background)
{
    const auto [onLight, onDark] = shades(tone);
    const QColor best = contrastRatio(onLight, background) >= contrastRatio(onDark, background) ? onLight : onDark;
    if (contrastRatio(best, background) >= 4.5)
        return best;
    // A background in the middle of the range: plain black or white text, whichever reads.
    return contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background) ? QColor(Qt::black)
                                                                                          : QColor(Qt::white);
}

QColor forPalette(Tone tone, const QPalette &palette, QPalette::ColorRole background)
{
    return forBackground(tone, palette.color(QPalette::Active, background));
}

QColor forViews(Tone tone)
{
    const QPalette palette = QGuiApplication::palette();
    // Alternating rows: the shade that reads on both Base and AlternateBase.
    const QColor onBase = forPalette(tone, palette, QPalette::Base);
    const QColor alternate = palette.color(QPalette::Active, QPalette::AlternateBase);
    if (contrastRatio(onBase, alternate) >= 4.5)
        return onBase;
    return forBackground(tone, alternate);
}

QPalette darkDesktopPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32), base(0x1b, 0x1e, 0x20), text(0xfc, 0xfc, 0xfc);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
    p.setColor(QPalette::Mid, QColor(0x65, 0x6d, 0x75));
    p.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x72, 0x76));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x72, 0x76));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x72, 0x76));
    return p;
}

} // namespace Gui::StatusColors
