// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/printable.h"

#include <QRegularExpression>

namespace ea {

namespace {
bool unprintable(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true; // C0, DEL, C1
    switch (QChar::category(c)) {
    case QChar::Other_Format:        // bidi embeddings and overrides, zero-width characters, BOM
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
    case QChar::Other_Surrogate:     // a lone surrogate
        return true;
    default:
        return false;
    }
}
} // namespace

bool hasUnprintable(const QString &text)
{
    for (const char32_t c : text.toUcs4())
        if (unprintable(c))
            return true;
    return false;
}

QString printable(const QString &text)
{
    if (!hasUnprintable(text))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const char32_t c : text.toUcs4()) {
        if (!unprintable(c))
            out += QString::fromUcs4(&c, 1);
        else if (c <= 0xff)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

QString redacted(const QString &text, const QByteArray &secret)
{
    static const QString mark = QStringLiteral("[redacted]");
    QString out = text;
    if (!secret.isEmpty()) {
        const QString key = QString::fromUtf8(secret);
        out.replace(key, mark);
        // A quote of the key cut short (the start of the key, at least 8 characters of it).
        const qsizetype minPiece = std::min<qsizetype>(8, key.size());
        for (qsizetype i = 0; i + minPiece <= out.size(); ++i) {
            qsizetype n = 0;
            while (i + n < out.size() && n < key.size() && out[i + n] == key[n])
                ++n;
            if (n >= minPiece) {
                out.replace(i, n, mark);
                i += mark.size() - 1;
            }
        }
    }
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"',;}]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1") + mark);
    return out;
}

} // namespace ea
