// SPDX-License-Identifier: GPL-3.0-or-later
// HttpRequest, its parser and the ResponsePlan helpers of the loopback server.
#include "engine/probe/loopbackserver.h"

#include <cstring>
#include <string_view>

namespace ea {

const char *httpReason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[k, v] : headers)
        if (k == lowerName)
            return v;
    return {};
}

HttpParse parseHttpRequest(const char *input, size_t size, HttpRequest &out)
{
    HttpParse r;
    const auto bad = [&r](int status) {
        r.status = HttpParse::Status::Bad;
        r.rejectStatus = status;
        return r;
    };
    // The head ends at the first empty line, CRLF or bare LF. Only the head is scanned (a pipelined
    // stream may hold a megabyte of further requests behind it).
    const size_t scan = std::min(size, MaxHttpHeaderBytes + 4);
    size_t headEnd = std::string_view::npos, bodyAt = 0;
    for (const char *nl = static_cast<const char *>(std::memchr(input, '\n', scan)); nl;
         nl = static_cast<const char *>(std::memchr(nl + 1, '\n', scan - size_t(nl + 1 - input)))) {
        const size_t i = size_t(nl - input);
        if (i + 1 < size && input[i + 1] == '\n') { // LF LF
            headEnd = i > 0 && input[i - 1] == '\r' ? i - 1 : i;
            bodyAt = i + 2;
            break;
        }
        if (i + 2 < size && input[i + 1] == '\r' && input[i + 2] == '\n') { // LF CR LF
            headEnd = i > 0 && input[i - 1] == '\r' ? i - 1 : i;
            bodyAt = i + 3;
            break;
        }
        if (i + 1 >= scan)
            break;
    }
    if (headEnd == std::string_view::npos) // refused only once no head within the limit can end here
        return size >= MaxHttpHeaderBytes + 4 ? bad(413) : r;
    if (headEnd > MaxHttpHeaderBytes)
        return bad(413);
    out = HttpRequest{};
    const QByteArray head = QByteArray(input, static_cast<qsizetype>(headEnd));
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || first[0].isEmpty() || first[1].isEmpty() || !first[2].startsWith("HTTP/1."))
        return bad(400);
    out.method = first[0];
    out.path = first[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            out.headers.emplace_back(lines[i].left(colon).trimmed().toLower(),
                                     lines[i].mid(colon + 1).trimmed());
    }
    QByteArray lengthText;
    for (const auto &[name, value] : out.headers) {
        if (name == "transfer-encoding")
            return bad(501);
        if (name == "content-length") {
            if (!lengthText.isNull() && lengthText != value)
                return bad(400); // two lengths: which one frames the next request is ambiguous
            lengthText = value;
        }
    }
    qint64 length = 0;
    if (!lengthText.isNull()) {
        if (lengthText.isEmpty() || lengthText.size() > 18 ||
            std::strspn(lengthText.constData(), "0123456789") != static_cast<size_t>(lengthText.size()))
            return bad(400);
        length = lengthText.toLongLong();
    }
    if (static_cast<size_t>(length) + bodyAt > MaxHttpRequestBytes)
        return bad(413);
    if (size < bodyAt + static_cast<size_t>(length))
        return r; // body incomplete
    out.body = QByteArray(input + bodyAt, static_cast<qsizetype>(length));
    r.status = HttpParse::Status::Complete;
    r.consumed = bodyAt + static_cast<size_t>(length);
    r.closeAfter = out.header("connection").toLower() == "close" || first[2] == "HTTP/1.0";
    return r;
}

ResponsePlan ResponsePlan::fixed(int status, const QByteArray &contentType, const QByteArray &body,
                                 double delayMs, const QByteArray &extraHeaders)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReason(status) +
                   "\r\nContent-Type: " + contentType +
                   "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" +
                   body;
    ResponsePlan p;
    p.steps.push_back({delayMs, r});
    return p;
}

QByteArray ResponsePlan::chunkedHead(int status, const QByteArray &contentType,
                                     const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReason(status) +
           "\r\nContent-Type: " + contentType +
           "\r\nTransfer-Encoding: chunked\r\nCache-Control: no-cache\r\n" + extraHeaders + "\r\n";
}

QByteArray ResponsePlan::chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

} // namespace ea
