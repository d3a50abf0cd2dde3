// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ea::trials {

const JsonValue *JsonValue::find(std::string_view key) const
{
    for (const auto &[k, v] : m_members) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

class JsonParser
{
public:
    explicit JsonParser(std::string_view text) : m_text(text) {}

    bool document(JsonValue *out)
    {
        if (!value(out, 0))
            return false;
        skipSpace();
        if (m_pos != m_text.size())
            return fail("unexpected text after the value");
        return true;
    }
    std::string error() const { return "offset " + std::to_string(m_errorPos) + ": " + m_error; }

private:
    bool fail(const char *reason)
    {
        if (m_error.empty()) {
            m_error = reason;
            m_errorPos = m_pos;
        }
        return false;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' ||
                                         m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
            ++m_pos;
    }
    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return fail("invalid literal");
        m_pos += word.size();
        return true;
    }
    bool value(JsonValue *out, int depth)
    {
        if (depth > 200)
            return fail("nesting too deep");
        skipSpace();
        if (m_pos >= m_text.size())
            return fail("unexpected end of text");
        const char c = m_text[m_pos];
        if (c == '{')
            return object(out, depth);
        if (c == '[')
            return array(out, depth);
        if (c == '"') {
            out->m_type = JsonValue::Type::String;
            return string(&out->m_string);
        }
        if (c == 't' || c == 'f') {
            out->m_type = JsonValue::Type::Bool;
            out->m_bool = c == 't';
            return literal(c == 't' ? "true" : "false");
        }
        if (c == 'n')
            return literal("null");
        return number(out);
    }
    bool number(JsonValue *out)
    {
        const size_t start = m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        auto digits = [&] {
            const size_t s = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
                ++m_pos;
            return m_pos > s;
        };
        if (!digits())
            return fail("invalid value");
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (!digits())
                return fail("invalid number");
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return fail("invalid number");
        }
        const std::string token(m_text.substr(start, m_pos - start));
        out->m_type = JsonValue::Type::Number;
        out->m_number = std::strtod(token.c_str(), nullptr);
        return true;
    }
    static void appendUtf8(std::string *s, uint32_t cp)
    {
        if (cp < 0x80) {
            s->push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            s->push_back(static_cast<char>(0xc0 | (cp >> 6)));
            s->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
        } else if (cp < 0x10000) {
            s->push_back(static_cast<char>(0xe0 | (cp >> 12)));
            s->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
            s->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
        } else {
            s->push_back(static_cast<char>(0xf0 | (cp >> 18)));
            s->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
            s->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
            s->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
        }
    }
    bool hex4(uint32_t *cp)
    {
        if (m_pos + 4 > m_text.size())
            return fail("truncated \\u escape");
        *cp = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = m_text[m_pos++];
            *cp <<= 4;
            if (h >= '0' && h <= '9')
                *cp |= static_cast<uint32_t>(h - '0');
            else if (h >= 'a' && h <= 'f')
                *cp |= static_cast<uint32_t>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                *cp |= static_cast<uint32_t>(h - 'A' + 10);
            else
                return fail("invalid \\u escape");
        }
        return true;
    }
    bool string(std::string *out)
    {
        ++m_pos; // opening quote
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("control character in string");
            if (c != '\\') {
                out->push_back(c);
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
                out->push_back('"');
                break;
            case '\\':
                out->push_back('\\');
                break;
            case '/':
                out->push_back('/');
                break;
            case 'b':
                out->push_back('\b');
                break;
            case 'f':
                out->push_back('\f');
                break;
            case 'n':
                out->push_back('\n');
                break;
            case 'r':
                out->push_back('\r');
                break;
            case 't':
                out->push_back('\t');
                break;
            case 'u': {
                uint32_t cp = 0;
                if (!hex4(&cp))
                    return false;
                if (cp >= 0xd800 && cp < 0xdc00 && m_text.substr(m_pos, 2) == "\\u") {
                    m_pos += 2;
                    uint32_t lo = 0;
                    if (!hex4(&lo))
                        return false;
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return fail("invalid escape");
            }
        }
        return fail("unterminated string");
    }
    bool array(JsonValue *out, int depth)
    {
        out->m_type = JsonValue::Type::Array;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            out->m_array.emplace_back();
            if (!value(&out->m_array.back(), depth + 1))
                return false;
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or ']'");
        }
    }
    bool object(JsonValue *out, int depth)
    {
        out->m_type = JsonValue::Type::Object;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail("expected a member name");
            std::string key;
            if (!string(&key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail("expected ':'");
            ++m_pos;
            JsonValue v;
            if (!value(&v, depth + 1))
                return false;
            out->m_members.emplace_back(std::move(key), std::move(v));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }

    std::string_view m_text;
    size_t m_pos = 0;
    std::string m_error;
    size_t m_errorPos = 0;
};

bool JsonValue::parse(std::string_view text, JsonValue *out, std::string *error)
{
    JsonParser parser(text);
    *out = JsonValue();
    if (parser.document(out))
        return true;
    if (error)
        *error = parser.error();
    return false;
}

std::string jsonQuote(std::string_view s)
{
    std::string r = "\"";
    for (const char c : s) {
        switch (c) {
        case '"':
            r += "\\\"";
            break;
        case '\\':
            r += "\\\\";
            break;
        case '\n':
            r += "\\n";
            break;
        case '\r':
            r += "\\r";
            break;
        case '\t':
            r += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                r += buf;
            } else {
                r.push_back(c);
            }
        }
    }
    r += '"';
    return r;
}

std::string jsonNumber(double v)
{
    if (!std::isfinite(v))
        return "null";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.12g", v);
    return buf;
}

} // namespace ea::trials
