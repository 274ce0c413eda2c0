#pragma once
// The language of the UI: the catalogue of the chosen language or of the viewer's locale, else
// English. Never none: the sources say "%n item(s)", and only a catalogue gives "1 item" /
// "7 items" (plural forms). The language also sets the default QLocale, so prices, dates and
// times read the way the viewer's language writes them.
#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace UiLanguage {
// Loads the catalogue for `locale` (or English) into `translator`; returns its language ("de",
// "en"), empty when not even the English one is built in.
QString load(QTranslator *translator, const QLocale &locale);

// The languages with a catalogue, as codes ("en", "da", ..., "ar"), in the order a picker shows.
QStringList available();
// A language's name in that language ("Dansk", "Suomi", "العربية").
QString nativeName(const QString &code);
// The locale a language formats with: the system locale when it speaks that language (keeps
// de_AT, fr_BE, en_GB), else the language's main one (da_DK, nb_NO, ar_EG...).
QLocale localeFor(const QString &code);
// The language the UI starts in: the remembered choice, else the system locale's when it has a
// catalogue, else English.
QString startLanguage();
// The UI's own settings: $XDG_CONFIG_HOME/tvpair/ui.conf (language, speech; nothing secret).
QString settingsFile();
// Remembers the viewer's choice ($XDG_CONFIG_HOME/tvpair/ui.conf, key "language"; nothing secret).
void remember(const QString &code);
// Loads `code`'s catalogue into the one UI translator, installs it (replacing the last one) and
// makes its locale the default; returns the language in effect.
QString apply(const QString &code);
}  // namespace UiLanguage
