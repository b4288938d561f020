#pragma once
// StatusColors: the colours of status text (an error in red, success in green, a warning in
// amber, information in blue, a muted remark in grey), chosen for the background they are
// painted on so that they keep a contrast of at least 4.5:1 (WCAG AA) on a light and on a dark
// desktop. No page or model writes a fixed text colour; tst_accessibility checks every page
// under a light and a dark palette. GUI thread (reads palettes only).

#include <QtGui/QColor>
#include <QtGui/QPalette>

namespace Gui::StatusColors {

enum class Tone { Error, Success, Warning, Info, Muted };

// The colour of `tone` for text on `background`: a dark shade on a light background, a light
// shade on a dark one; the palette's text colour when neither would reach 4.5:1.
QColor forBackground(Tone tone, const QColor &background);
// For text on a widget's window (labels, check boxes) or, with QPalette::Base, in a view.
QColor forPalette(Tone tone, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
// For item models (no widget at hand): the application's palette, on Base.
QColor forViews(Tone tone);
// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);
// What a dark desktop (Breeze Dark, Adwaita dark) hands an application: the palette
// tst_accessibility checks the pages under, and the screenshots' dark look.
QPalette darkDesktopPalette();

} // namespace Gui::StatusColors
