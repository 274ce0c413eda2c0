#pragma once
// The language of the UI: the catalogue of the viewer's locale, else English. Never none: the
// sources say "%n item(s)", and only a catalogue gives "1 item" / "7 items" (plural forms).
#include <QLocale>
#include <QString>

class QTranslator;

namespace UiLanguage {
// Loads the catalogue for `locale` (or English) into `translator`; returns its language ("de",
// "en"), empty when not even the English one is built in.
QString load(QTranslator *translator, const QLocale &locale);
}  // namespace UiLanguage
