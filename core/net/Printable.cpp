#include "Printable.h"

namespace tvpair::net {

QString printableLine(QStringView in, qsizetype maxChars)
{
    in = in.left(maxChars);
    QString out;
    out.reserve(in.size());
    for (const QChar c : in) {
        switch (c.category()) {
        case QChar::Other_Control:
            out += c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ? QChar(' ') : QChar('?');
            break;
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            out += QLatin1Char(' ');
            break;
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
            out += QLatin1Char('?');
            break;
        default:
            out += c;
        }
    }
    return out.simplified();
}

QString printableAscii(QStringView in, qsizetype maxChars)
{
    QString out = in.left(maxChars).toString();
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            c = QLatin1Char('?');
    }
    return out;
}

}  // namespace tvpair::net
