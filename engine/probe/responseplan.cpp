// SPDX-License-Identifier: GPL-3.0-or-later
// HttpRequest and ResponsePlan helpers of the loopback server.
#include "engine/probe/loopbackserver.h"

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
