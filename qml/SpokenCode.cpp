#include "SpokenCode.h"

#include <QRegularExpression>

namespace SpokenCode {
namespace {
// Letters the language's speech engines read as a word when they stand alone, with the name
// the viewer knows the letter by (checked with espeak-ng -x and flite -ps, letter by letter).
QString letterName(QChar letter, const QString &language)
{
    if (language == QLatin1String("es") && letter == QLatin1Char('Y'))
        return QStringLiteral("ye");  // RAE 2010: "ye"; espeak-ng reads "Y" as "i", the conjunction
    return QString(letter);
}
}  // namespace

QStringList sentences(const QString &code, const QString &language)
{
    QStringList out;
    const QStringList groups = code.toUpper().split(QRegularExpression(QStringLiteral("[-\\s]+")), Qt::SkipEmptyParts);
    for (const QString &group : groups) {
        QStringList letters;
        for (const QChar c : group)
            if (c.isLetterOrNumber())
                letters << letterName(c, language);
        if (!letters.isEmpty())
            out << letters.join(QStringLiteral(", ")) + QLatin1Char('.');
    }
    return out;
}
}  // namespace SpokenCode
