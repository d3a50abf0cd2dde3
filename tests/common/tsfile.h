// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a Qt Linguist .ts file (header only; the translation tests use it).

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace ea::test {

struct TsMessage
{
    QString context, source, comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form
    int line = 0;             // in the .ts file
    bool current() const { return type != QLatin1String("vanished") && type != QLatin1String("obsolete"); }
    bool finished() const
    {
        if (type == QLatin1String("unfinished") || translations.isEmpty())
            return false;
        for (const QString &t : translations)
            if (t.isEmpty())
                return false;
        return true;
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when read
};

inline TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + f.errorString();
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = TsMessage{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                m.line = int(xml.lineNumber());
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

} // namespace ea::test
