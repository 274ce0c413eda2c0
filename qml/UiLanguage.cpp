#include "UiLanguage.h"

#include <QTranslator>

namespace UiLanguage {

QString load(QTranslator *translator, const QLocale &locale)
{
    const QString dir = QStringLiteral(":/tvpair/i18n");
    if (translator->load(locale, QStringLiteral("tvpair"), QStringLiteral("_"), dir)
        || translator->load(QStringLiteral("tvpair_en"), dir))
        return translator->language().section(QLatin1Char('_'), 0, 0);
    return QString();
}

}  // namespace UiLanguage
